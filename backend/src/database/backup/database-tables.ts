import { BackupError } from './backup-archive.js';

/** Runs one statement, returning its rows: a pg client's or a MikroORM transaction's, whichever holds the snapshot. */
export type Query = <Row>(sql: string, params?: unknown[]) => Promise<Row[]>;

/**
 * Tables of the schema that are not the band's data: the migrator's own (rebuilt by the migrations a
 * restore runs) and the runs of periodic jobs (the state of the instances, not of the bands).
 */
const NOT_BACKED_UP = new Set(['mikro_orm_migrations', 'scheduled_jobs']);

export interface TableColumns {
  readonly table: string;
  readonly columns: string[];
}

/** Every application table of the current schema with its writable columns, parents before children. */
export async function applicationTables(query: Query): Promise<TableColumns[]> {
  const columns = await query<{ table_name: string; column_name: string }>(
    `select c.table_name, c.column_name from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = current_schema() and t.table_type = 'BASE TABLE' and c.is_generated = 'NEVER'
      order by c.table_name, c.ordinal_position`,
  );
  const byTable = new Map<string, string[]>();
  for (const { table_name, column_name } of columns) {
    if (NOT_BACKED_UP.has(table_name)) continue;
    byTable.set(table_name, [...(byTable.get(table_name) ?? []), column_name]);
  }
  const references = await query<{ child: string; parent: string }>(
    `select child.relname as child, parent.relname as parent from pg_constraint k
       join pg_class child on child.oid = k.conrelid
       join pg_class parent on parent.oid = k.confrelid
       join pg_namespace n on n.oid = child.relnamespace
      where k.contype = 'f' and n.nspname = current_schema() and k.conrelid <> k.confrelid`,
  );
  return parentsFirst([...byTable.keys()], references).map((table) => ({ table, columns: byTable.get(table)! }));
}

/** Tables ordered so that each comes after those its foreign keys point to (alphabetically among equals). */
export function parentsFirst(tables: string[], references: { child: string; parent: string }[]): string[] {
  const waitingFor = new Map(tables.map((table) => [table, new Set<string>()]));
  for (const { child, parent } of references) {
    if (waitingFor.has(child) && waitingFor.has(parent)) waitingFor.get(child)!.add(parent);
  }
  const ordered: string[] = [];
  while (waitingFor.size > 0) {
    const ready = [...waitingFor].filter(([, parents]) => parents.size === 0).map(([table]) => table);
    if (ready.length === 0) {
      throw new BackupError(
        `the foreign keys of ${[...waitingFor.keys()].join(', ')} form a cycle: no order to load them in`,
      );
    }
    for (const table of ready.sort()) {
      ordered.push(table);
      waitingFor.delete(table);
      waitingFor.forEach((parents) => parents.delete(table));
    }
  }
  return ordered;
}

/** The name of the last migration applied, as the migrator records it. */
export async function lastMigration(query: Query): Promise<string> {
  const [row] = await query<{ name: string }>('select name from mikro_orm_migrations order by id desc limit 1').catch(
    () => [],
  );
  if (!row) throw new BackupError('the database has no migration applied: nothing of BandTrack to back up');
  return row.name;
}

export const quoteIdentifier = (name: string): string => `"${name.replace(/"/g, '""')}"`;
