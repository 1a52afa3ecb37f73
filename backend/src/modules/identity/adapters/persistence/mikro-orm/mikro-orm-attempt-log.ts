import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { newId } from '../../../../../shared/application/ids.js';
import type { AttemptKind, AttemptLog, AttemptWindow } from '../../../application/ports/attempt-log.js';
import { AttemptRecord } from './attempt.schema.js';

@Injectable()
export class MikroOrmAttemptLog implements AttemptLog {
  constructor(private readonly em: EntityManager) {}

  async record(kind: AttemptKind, key: string, at: Date): Promise<void> {
    await this.em.insert(AttemptRecord, { id: newId(), kind, key, occurredAt: at });
  }

  async window(kind: AttemptKind, key: string, since: Date): Promise<AttemptWindow> {
    const [row] = await this.em.execute<{ count: string; oldest: Date | null }[]>(
      'select count(*) as count, min(occurred_at) as oldest from auth_attempts where kind = ? and key = ? and occurred_at > ?',
      [kind, key, since],
    );
    return { count: Number(row?.count ?? 0), oldest: row?.oldest ? new Date(row.oldest) : null };
  }

  async prune(before: Date): Promise<void> {
    await this.em.nativeDelete(AttemptRecord, { occurredAt: { $lt: before } });
  }
}
