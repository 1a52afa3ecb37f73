import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { FileSystemBackupArchives } from './adapters/archives/file-system-backup-archives.js';
import { InMemoryBackupArchives } from './adapters/archives/in-memory-backup-archives.js';
import { QueryBusAdminCheck } from './adapters/contexts/query-bus-admin-check.js';
import { OperationsController } from './adapters/http/operations.controller.js';
import { NightlyBackupJob } from './application/nightly-backup.job.js';
import { ADMIN_CHECK } from './application/ports/admin-check.js';
import { BACKUP_ARCHIVES } from './application/ports/backup-archives.js';
import { GetBackupStatusHandler } from './application/queries/get-backup-status/get-backup-status.handler.js';

/** The instance's own care: the nightly backup and its retention (ADR 0048), shown to band admins. */
@Module({})
export class OperationsModule {
  static register(config: AppConfig): DynamicModule {
    const postgres = config.persistence === 'postgres';
    return {
      module: OperationsModule,
      controllers: [OperationsController],
      providers: [
        { provide: BACKUP_ARCHIVES, useClass: postgres ? FileSystemBackupArchives : InMemoryBackupArchives },
        { provide: ADMIN_CHECK, useClass: QueryBusAdminCheck },
        GetBackupStatusHandler,
        ...(postgres && config.backups.dailyAt ? [NightlyBackupJob] : []),
      ],
    };
  }
}
