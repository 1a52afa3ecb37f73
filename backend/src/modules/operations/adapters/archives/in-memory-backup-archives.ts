import { Injectable } from '@nestjs/common';
import { backupFileName } from '../../../../database/backup/backup-archive.js';
import type { BackupArchives, BackupFile } from '../../application/ports/backup-archives.js';

/** Backups that are only names and times: PERSISTENCE=memory has no database to copy, and tests count. */
@Injectable()
export class InMemoryBackupArchives implements BackupArchives {
  private readonly files = new Map<string, BackupFile>();

  async take(now: Date): Promise<BackupFile> {
    const file = { name: backupFileName(now), takenAt: now, bytes: 0 };
    this.files.set(file.name, file);
    return file;
  }

  async list(): Promise<BackupFile[]> {
    return [...this.files.values()].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  }

  async remove(name: string): Promise<void> {
    this.files.delete(name);
  }
}
