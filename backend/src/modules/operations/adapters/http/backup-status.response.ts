import { ApiProperty } from '@nestjs/swagger';
import type { BackupStatusView } from '../../application/queries/get-backup-status/backup-status-view.js';

export class BackupFileResponse {
  @ApiProperty({ example: 'bandtrack-20261202T030000Z.ndjson.gz' })
  name: string;

  @ApiProperty({ format: 'date-time' })
  takenAt: string;

  @ApiProperty({ description: 'Size of the compressed archive' })
  bytes: number;
}

export class BackupRunResponse {
  @ApiProperty({ format: 'date-time' })
  startedAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null while it runs' })
  finishedAt: string | null;

  @ApiProperty({ enum: ['running', 'succeeded', 'failed'] })
  outcome: 'running' | 'succeeded' | 'failed';

  @ApiProperty({ type: String, nullable: true, description: 'What it wrote, or why it failed' })
  message: string | null;
}

export class BackupStatusResponse {
  @ApiProperty({
    type: String,
    nullable: true,
    example: '03:00',
    description: 'The nightly backup on the server clock; null: none',
  })
  dailyAt: string | null;

  @ApiProperty({ description: 'The newest backup of each of this many most recent days is kept' })
  keepDaily: number;

  @ApiProperty({ description: 'The newest backup of each of this many most recent weeks is kept' })
  keepWeekly: number;

  @ApiProperty({ type: BackupRunResponse, nullable: true, description: 'The last nightly run; null before the first' })
  lastRun: BackupRunResponse | null;

  @ApiProperty({ type: [BackupFileResponse], description: 'The backups kept, newest first' })
  backups: BackupFileResponse[];
}

export function toBackupStatusResponse(view: BackupStatusView): BackupStatusResponse {
  const run = view.lastRun;
  return {
    dailyAt: view.dailyAt,
    keepDaily: view.keepDaily,
    keepWeekly: view.keepWeekly,
    lastRun: run && {
      startedAt: run.startedAt.toISOString(),
      finishedAt: run.finishedAt?.toISOString() ?? null,
      outcome: run.outcome,
      message: run.message,
    },
    backups: view.backups.map((file) => ({ name: file.name, takenAt: file.takenAt.toISOString(), bytes: file.bytes })),
  };
}
