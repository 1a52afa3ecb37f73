import { readdir, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { EntityManager, type PostgreSqlConnection } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../../config/app-config.js';
import { appVersion } from '../../../../config/app-version.js';
import { backupTakenAt } from '../../../../database/backup/backup-archive.js';
import { takeBackup } from '../../../../database/backup/take-backup.js';
import type { BackupArchives, BackupFile } from '../../application/ports/backup-archives.js';

/** Backups as files in BACKUP_DIR, taken through a connection of the app's own pool (ADR 0048). */
@Injectable()
export class FileSystemBackupArchives implements BackupArchives {
  private readonly directory: string;

  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.directory = config.backups.directory;
  }

  async take(now: Date, signal: AbortSignal): Promise<BackupFile> {
    const pool = await (this.em.getConnection() as PostgreSqlConnection).getNativeClient();
    const client = await pool.connect();
    try {
      const taken = await takeBackup({ client, directory: this.directory, appVersion: appVersion(), now, signal });
      return { name: basename(taken.file), takenAt: now, bytes: taken.bytes };
    } finally {
      client.release();
    }
  }

  async list(): Promise<BackupFile[]> {
    const names = await readdir(this.directory).catch(() => []);
    const backups: BackupFile[] = [];
    for (const name of names) {
      const takenAt = backupTakenAt(name);
      if (takenAt) backups.push({ name, takenAt, bytes: (await stat(join(this.directory, name))).size });
    }
    return backups.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  }

  async remove(name: string): Promise<void> {
    if (!backupTakenAt(name)) throw new Error(`${name} is not a backup's name`);
    await rm(join(this.directory, name), { force: true });
  }
}
