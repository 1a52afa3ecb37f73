export interface BackupFile {
  readonly name: string;
  readonly takenAt: Date;
  readonly bytes: number;
}

/** Where the instance's backups are taken to and kept (BACKUP_DIR). */
export interface BackupArchives {
  /** Takes a backup of the whole database now; aborted with `signal`, it leaves nothing. */
  take(now: Date, signal: AbortSignal): Promise<BackupFile>;
  /** The backups kept, newest first. */
  list(): Promise<BackupFile[]>;
  remove(name: string): Promise<void>;
}

export const BACKUP_ARCHIVES = Symbol('BackupArchives');
