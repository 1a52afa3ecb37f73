import type { JobOutcome } from '../../../../../shared/jobs/job-runs.js';
import type { BackupFile } from '../../ports/backup-archives.js';

export interface BackupStatusView {
  /** The nightly backup's time on the server clock; null when there is none (BACKUP_TIME=off, or no database). */
  dailyAt: string | null;
  keepDaily: number;
  keepWeekly: number;
  lastRun: {
    startedAt: Date;
    finishedAt: Date | null;
    outcome: JobOutcome;
    message: string | null;
  } | null;
  /** Newest first. */
  backups: BackupFile[];
}
