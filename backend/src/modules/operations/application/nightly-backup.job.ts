import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { CLOCK, type Clock } from '../../../shared/application/clock.js';
import { type JobContext, Periodic, type PeriodicJob } from '../../../shared/jobs/periodic-job.js';
import { backupsToRemove } from '../domain/backup-retention.js';
import { BACKUP_ARCHIVES, type BackupArchives } from './ports/backup-archives.js';

export const NIGHTLY_BACKUP = 'nightly-backup';

/** Every night at BACKUP_TIME, one instance backs the database up, then lets go of what the retention rule does not keep. */
@Periodic()
@Injectable()
export class NightlyBackupJob implements PeriodicJob {
  readonly name = NIGHTLY_BACKUP;
  readonly schedule: { dailyAt: string };

  constructor(
    @Inject(BACKUP_ARCHIVES) private readonly archives: BackupArchives,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.schedule = { dailyAt: config.backups.dailyAt ?? '03:00' };
  }

  async run({ signal }: JobContext): Promise<string> {
    const backup = await this.archives.take(this.clock.now(), signal);
    const { keepDaily: daily, keepWeekly: weekly } = this.config.backups;
    const removed = backupsToRemove(await this.archives.list(), { daily, weekly });
    for (const name of removed) await this.archives.remove(name);
    return `${backup.name} (${backup.bytes} bytes); ${removed.length} older removed`;
  }
}
