import type { ImportReport, TableReport } from '../../../domain/import-report.js';
import { type ImportOriginRepository, originKey } from '../../ports/import-origin.repository.js';

/** The report's tables, in the order the import goes through them. */
export const TABLES = [
  'users → accounts',
  'groups → bands',
  'memberships → members',
  'suggestions',
  'suggestion_votes → votes',
  'rehearsals → songs',
  'levels_json, notes_json → levels and notes',
  'performances → gigs',
  'rehearsal_events → rehearsals',
] as const;
export type Table = (typeof TABLES)[number];

/**
 * One import under way: what earlier imports of the same source brought (so nothing comes twice),
 * the counts table by table, and the notices of what was changed to fit.
 */
export class ImportRun {
  private readonly counts = new Map<Table, { added: number; already: number }>(
    TABLES.map((table) => [table, { added: 0, already: 0 }]),
  );
  private readonly renames: { from: string; to: string }[] = [];
  private readonly notices: string[] = [];

  constructor(
    private readonly source: string,
    private readonly known: Map<string, string>,
    private readonly origins: ImportOriginRepository,
  ) {}

  /** The new id of an original row: brought in now by `bring`, unless an earlier import did. */
  async once(table: Table, kind: string, originalId: string | number, bring: () => Promise<string>): Promise<string> {
    const key = originKey(kind, String(originalId));
    const count = this.counts.get(table)!;
    const known = this.known.get(key);
    if (known !== undefined) {
      count.already += 1;
      return known;
    }
    const newId = await bring();
    await this.origins.record({ source: this.source, kind, originalId: String(originalId), newId });
    this.known.set(key, newId);
    count.added += 1;
    return newId;
  }

  /** The new id of an original row brought in by this import or an earlier one. */
  idOf(kind: string, originalId: string | number): string | undefined {
    return this.known.get(originKey(kind, String(originalId)));
  }

  renamed(from: string, to: string): void {
    this.renames.push({ from, to });
  }

  notice(text: string): void {
    this.notices.push(text);
  }

  report(): ImportReport {
    const tables: TableReport[] = TABLES.map((table) => ({ table, ...this.counts.get(table)! }));
    return { tables, renames: [...this.renames], notices: [...this.notices] };
  }
}
