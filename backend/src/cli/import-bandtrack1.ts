// `npm run import:bandtrack1 -- path/to/bandtrack.db`: brings a database of the original BandTrack
// (Python + SQLite) into this one, beside a running BandTrack or alone, with the same environment
// (see operator-app.ts). Prints what it brought in, table by table, on stdout; a problem on stderr.
// Exit code 0; 1 when the file is refused or a rule refuses the import (then nothing is written);
// 2 on wrong usage.
import 'reflect-metadata';
import { resolve } from 'node:path';
import { CommandBus } from '@nestjs/cqrs';
import { ConfigError } from '../config/app-config.js';
import { ImportBandtrack1Command, type ImportReport } from '../modules/imports/public-api.js';
import { DomainError } from '../shared/domain/domain-error.js';
import { withOperatorApp } from './operator-app.js';

const USAGE = `usage: npm run import:bandtrack1 -- FILE

  FILE   the SQLite database of the original BandTrack (bandtrack.db), read only; running the
         import again brings in only what is new`;

function printed(path: string, report: ImportReport): string {
  const width = Math.max(...report.tables.map(({ table }) => table.length));
  const lines = [`Imported from ${path}:`];
  for (const { table, added, already } of report.tables) {
    const earlier = already > 0 ? ` (${already} already brought in by an earlier import)` : '';
    lines.push(`  ${table.padEnd(width)}  ${String(added).padStart(4)} brought in${earlier}`);
  }
  if (report.renames.length > 0) {
    lines.push('Usernames renamed to fit the rules here (3 to 32 of a-z 0-9 . _ -):');
    lines.push(...report.renames.map(({ from, to }) => `  ${from} → ${to}`));
  }
  if (report.notices.length > 0) {
    lines.push('Changed or left out:');
    lines.push(...report.notices.map((notice) => `  - ${notice}`));
  }
  return lines.join('\n');
}

async function main(args: string[]): Promise<number> {
  const [file, ...rest] = args;
  if (!file || rest.length > 0 || file.startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  const path = resolve(file);
  try {
    const report = await withOperatorApp('import into', (app) =>
      app.get(CommandBus).execute(new ImportBandtrack1Command(path)),
    );
    console.log(printed(path, report));
    return 0;
  } catch (error) {
    if (error instanceof DomainError || error instanceof ConfigError) {
      console.error(`Nothing was imported. ${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
