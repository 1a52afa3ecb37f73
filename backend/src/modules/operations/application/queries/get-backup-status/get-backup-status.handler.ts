import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '../../../../../config/app-config.js';
import { JOB_RUNS, type JobRuns } from '../../../../../shared/jobs/job-runs.js';
import { AdminsOnlyError } from '../../../domain/operations.errors.js';
import { NIGHTLY_BACKUP } from '../../nightly-backup.job.js';
import { ADMIN_CHECK, type AdminCheck } from '../../ports/admin-check.js';
import { BACKUP_ARCHIVES, type BackupArchives } from '../../ports/backup-archives.js';
import type { BackupStatusView } from './backup-status-view.js';
import { GetBackupStatusQuery } from './get-backup-status.query.js';

@QueryHandler(GetBackupStatusQuery)
export class GetBackupStatusHandler implements IQueryHandler<GetBackupStatusQuery, BackupStatusView> {
  constructor(
    @Inject(ADMIN_CHECK) private readonly admins: AdminCheck,
    @Inject(BACKUP_ARCHIVES) private readonly archives: BackupArchives,
    @Inject(JOB_RUNS) private readonly runs: JobRuns,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ userId }: GetBackupStatusQuery): Promise<BackupStatusView> {
    if (!(await this.admins.isAdminOfAnyBand(userId))) throw new AdminsOnlyError();
    const run = await this.runs.last(NIGHTLY_BACKUP);
    const { dailyAt, keepDaily, keepWeekly } = this.config.backups;
    return {
      dailyAt: this.config.persistence === 'postgres' ? dailyAt : null,
      keepDaily,
      keepWeekly,
      lastRun: run && {
        startedAt: run.startedAt,
        finishedAt: run.finishedAt,
        outcome: run.outcome,
        message: run.message,
      },
      backups: await this.archives.list(),
    };
  }
}
