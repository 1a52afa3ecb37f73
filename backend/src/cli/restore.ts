// `npm run restore -- [--yes] FILE`: restores an archive of `npm run backup` into the database of
// this environment (DATABASE_URL, or the embedded PostgreSQL under DATA_DIR, created when missing),
// then migrates it to this BandTrack's schema (ADR 0048). Refuses a database holding data unless
// --yes. Exit code 0, 1 on a refusal or a bad archive (nothing changed), 2 on wrong usage.
import { ConfigError, loadConfig } from '../config/app-config.js';
import { BackupError } from '../database/backup/backup-archive.js';
import { restoreBackup } from '../database/backup/restore-backup.js';
import { withOperatorDatabase } from './operator-database.js';

const USAGE = `usage: npm run restore -- [--yes] FILE

  Restores FILE (written by npm run backup) into an empty database: DATABASE_URL, or the embedded
  PostgreSQL under DATA_DIR. A backup of an older BandTrack is brought to this version's schema.
  --yes   replace a database that holds data (everything in it goes). Stop the app first.`;

async function main(args: string[]): Promise<number> {
  const replace = args.includes('--yes') || args.includes('-y');
  const files = args.filter((arg) => arg !== '--yes' && arg !== '-y' && arg !== '--');
  if (files.length !== 1 || files[0]!.startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  const file = files[0]!;
  try {
    const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
    const { header, rows } = await withOperatorDatabase(config, (databaseUrl) =>
      restoreBackup({ clientUrl: databaseUrl, file, replace, log: (message) => console.error(message) }),
    );
    const total = Object.values(rows).reduce((sum, count) => sum + count, 0);
    console.error(`Restored ${total} rows of the backup taken ${header.takenAt} (BandTrack ${header.app}).`);
    return 0;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof BackupError) {
      console.error(`Nothing restored: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
