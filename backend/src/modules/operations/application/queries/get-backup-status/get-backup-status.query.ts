import { Query } from '@nestjs/cqrs';
import type { BackupStatusView } from './backup-status-view.js';

/** The instance's backups, for a band admin. */
export class GetBackupStatusQuery extends Query<BackupStatusView> {
  constructor(readonly userId: string) {
    super();
  }
}
