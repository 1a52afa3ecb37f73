// `npm run backup`: writes a consistent snapshot of a running (or stopped) BandTrack's database to
// BACKUP_DIR (default DATA_DIR/backups) while people keep using it (ADR 0048). Same environment as the
// server: DATABASE_URL, or the embedded PostgreSQL under DATA_DIR. Prints the archive's path on stdout;
// exit code 0, 1 on a failure, 2 on wrong usage.
import pg from 'pg';
import { ConfigError, loadConfig } from '../config/app-config.js';
import { appVersion } from '../config/app-version.js';
import { BackupError } from '../database/backup/backup-archive.js';
import { takeBackup } from '../database/backup/take-backup.js';
import { withOperatorDatabase } from './operator-database.js';

const USAGE = `usage: npm run backup [-- --output-dir DIR]

  Writes bandtrack-<UTC time>.ndjson.gz (gzip'd NDJSON: every table as of one instant) to DIR,
  else BACKUP_DIR, else DATA_DIR/backups. Restore it with npm run restore -- FILE.`;

async function main(args: string[]): Promise<number> {
  let directory: string | undefined;
  if (args.length === 2 && (args[0] === '--output-dir' || args[0] === '-o')) directory = args[1];
  else if (args.length > 0) {
    console.error(USAGE);
    return 2;
  }
  try {
    const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
    const backup = await withOperatorDatabase(config, async (databaseUrl) => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        return await takeBackup({
          client,
          directory: directory ?? config.backups.directory,
          appVersion: appVersion(),
          now: new Date(),
        });
      } finally {
        await client.end();
      }
    });
    const rows = Object.values(backup.rows).reduce((sum, count) => sum + count, 0);
    console.error(`Backup written at ${backup.migration}: ${rows} rows, ${backup.bytes} bytes.`);
    console.log(backup.file);
    return 0;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof BackupError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
