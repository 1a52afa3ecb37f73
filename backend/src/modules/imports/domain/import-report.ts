/** What one import did, table by table, and every change it made to fit this app's rules. */
export interface ImportReport {
  readonly tables: readonly TableReport[];
  /** Usernames the rules here refused, and what each became. */
  readonly renames: readonly { readonly from: string; readonly to: string }[];
  readonly notices: readonly string[];
}

/** For one original table: how many rows came in now, and how many an earlier import had brought. */
export interface TableReport {
  readonly table: string;
  readonly added: number;
  readonly already: number;
}
