import { MikroORM } from '@mikro-orm/postgresql';
import { migrationsList } from '../../../../migrations/index.js';
import { withMigrationLock } from '../migrate.js';
import { createOrmConfig } from '../mikro-orm.config.js';
import { type ArchiveRecord, BackupError, type BackupHeader, readArchive, type Row } from './backup-archive.js';
import { applicationTables, type Query, quoteIdentifier } from './database-tables.js';

export interface RestoreOptions {
  clientUrl: string;
  file: string;
  /** Replace a database that holds data (`--yes`); otherwise such a database is refused. */
  replace: boolean;
  log?: (message: string) => void;
}

export interface RestoreSummary {
  readonly header: BackupHeader;
  readonly rows: Record<string, number>;
}

const MIGRATIONS_TABLE = 'mikro_orm_migrations';

/** Bound on the values of one INSERT (PostgreSQL takes 65,535 parameters; MikroORM inlines them). */
const VALUES_PER_INSERT = 5000;

/**
 * Restores an archive into the database at `clientUrl` (ADR 0048). The archive is read through once
 * first, so a damaged or truncated one is refused before anything is written. Then, in ONE
 * transaction under the migration lock: whatever the schema holds goes, the migrations run up to the
 * one the archive was taken at, the rows are loaded parents first with the tables' own triggers off
 * (the figures they maintain are in the rows already), sequences are set past their values, and the
 * remaining migrations bring the data to today's schema. Any failure rolls all of it back.
 */
export async function restoreBackup({
  clientUrl,
  file,
  replace,
  log = () => undefined,
}: RestoreOptions): Promise<RestoreSummary> {
  const header = await checkArchive(file);
  if (!migrationsList.some((migration) => migration.name === header.migration)) {
    throw new BackupError(
      `the backup was taken at migration ${header.migration}, which this BandTrack does not know: ` +
        `restore it with BandTrack ${header.app} or later`,
    );
  }
  return withMigrationLock(clientUrl, async () => {
    const orm = await MikroORM.init(createOrmConfig({ clientUrl, logger: () => undefined }));
    try {
      return await orm.em.fork().transactional(async (em) => {
        const query: Query = (sql, params) => em.execute(sql, params);
        await emptySchema(query, replace);
        const transaction = em.getTransactionContext();
        await orm.migrator.up({ to: header.migration, transaction });
        log(`schema at ${header.migration}; loading the rows taken ${header.takenAt}`);
        const rows = await loadRows(query, file, log);
        await orm.migrator.up({ transaction });
        return { header, rows };
      });
    } finally {
      await orm.close(true);
    }
  });
}

/** Reads the whole archive, checking it; its header. */
async function checkArchive(file: string): Promise<BackupHeader> {
  let header: BackupHeader | undefined;
  for await (const record of readArchive(file, (read) => (header = read))) void record;
  return header!;
}

/**
 * Refuses a database with data unless told to replace it; then drops the tables and functions the
 * migrations made (extensions stay: the migrations create them only if missing).
 */
async function emptySchema(query: Query, replace: boolean): Promise<void> {
  if (!replace) {
    const filled: string[] = [];
    for (const { table } of await applicationTables(query)) {
      const [row] = await query<{ filled: boolean }>(`select exists (select from ${quoteIdentifier(table)}) as filled`);
      if (row?.filled) filled.push(table);
    }
    if (filled.length > 0) {
      throw new BackupError(
        `the database is not empty (${filled.join(', ')} hold rows): pass --yes to replace everything in it`,
      );
    }
  }
  const tables = await query<{ name: string }>(
    `select tablename as name from pg_tables where schemaname = current_schema()`,
  );
  for (const { name } of tables) {
    // The migrator checks its own table outside this transaction: emptied, not dropped, it runs every migration again.
    if (name === MIGRATIONS_TABLE) await query(`delete from ${quoteIdentifier(name)}`);
    else await query(`drop table if exists ${quoteIdentifier(name)} cascade`);
  }
  const functions = await query<{ signature: string }>(
    `select p.oid::regprocedure::text as signature from pg_proc p
       join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = current_schema() and p.prokind = 'f'
        and not exists (select from pg_depend d where d.objid = p.oid and d.deptype = 'e')`,
  );
  for (const { signature } of functions) await query(`drop function if exists ${signature} cascade`);
}

async function loadRows(query: Query, file: string, log: (message: string) => void): Promise<Record<string, number>> {
  const schema = new Map((await applicationTables(query)).map(({ table, columns }) => [table, new Set(columns)]));
  for (const table of schema.keys()) await query(`alter table ${quoteIdentifier(table)} disable trigger user`);
  let insert: { table: string; columns: string[]; batch: Row[] } | undefined;
  const flush = async () => {
    if (!insert || insert.batch.length === 0) return;
    const { table, columns, batch } = insert;
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    await query(
      `insert into ${quoteIdentifier(table)} (${columns.map(quoteIdentifier).join(', ')}) overriding system value values ${batch.map(() => tuple).join(', ')}`,
      batch.flat(),
    );
    insert.batch = [];
  };
  let rows: Record<string, number> = {};
  for await (const record of readArchive(file, () => undefined)) {
    if (record.kind === 'table') {
      await flush();
      checkColumns(schema, record);
      insert = { table: record.table, columns: record.columns, batch: [] };
    } else if (record.kind === 'row') {
      insert!.batch.push(record.row);
      if (insert!.batch.length * insert!.columns.length >= VALUES_PER_INSERT) await flush();
    } else {
      await flush();
      rows = record.rows;
    }
  }
  for (const table of schema.keys()) await query(`alter table ${quoteIdentifier(table)} enable trigger user`);
  await resetSequences(query);
  for (const [table, count] of Object.entries(rows)) log(`${table}: ${count} rows`);
  return rows;
}

function checkColumns(schema: Map<string, Set<string>>, record: Extract<ArchiveRecord, { kind: 'table' }>): void {
  const columns = schema.get(record.table);
  if (!columns) throw new BackupError(`the archive has a table ${record.table} that its migration does not create`);
  const unknown = record.columns.filter((column) => !columns.has(column));
  if (unknown.length > 0) {
    throw new BackupError(
      `the archive's ${record.table} has columns its migration does not create: ${unknown.join(', ')}`,
    );
  }
}

/** Sequences behind serial or identity columns continue after the restored values. */
async function resetSequences(query: Query): Promise<void> {
  const owned = await query<{ sequence: string; table_name: string; column_name: string }>(
    `select pg_get_serial_sequence(quote_ident(table_name), column_name) as sequence, table_name, column_name
       from information_schema.columns where table_schema = current_schema()
        and pg_get_serial_sequence(quote_ident(table_name), column_name) is not null`,
  );
  for (const { sequence, table_name, column_name } of owned) {
    await query(
      `select setval(?, coalesce((select max(${quoteIdentifier(column_name)}) from ${quoteIdentifier(table_name)}), 0) + 1, false)`,
      [sequence],
    );
  }
}
