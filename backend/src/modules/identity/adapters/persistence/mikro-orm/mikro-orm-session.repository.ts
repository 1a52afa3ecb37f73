import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { SessionRepository } from '../../../application/ports/session.repository.js';
import { Session } from '../../../domain/session.js';
import { SessionRecord } from './session.schema.js';

@Injectable()
export class MikroOrmSessionRepository implements SessionRepository {
  constructor(private readonly em: EntityManager) {}

  async save(session: Session): Promise<void> {
    const { userId, ...state } = session.snapshot();
    await this.em.upsert(
      SessionRecord,
      { ...state, user: userId },
      { onConflictFields: ['id'], onConflictAction: 'merge' },
    );
  }

  async findByTokenHash(tokenHash: string): Promise<Session | null> {
    const row = await this.em.findOne(SessionRecord, { tokenHash }, { disableIdentityMap: true });
    if (!row) return null;
    return Session.restore({
      id: row.id,
      userId: row.user.id,
      tokenHash: row.tokenHash,
      createdAt: row.createdAt,
      lastSeenAt: row.lastSeenAt,
      idleExpiresAt: row.idleExpiresAt,
      absoluteExpiresAt: row.absoluteExpiresAt,
    });
  }

  async delete(id: string): Promise<void> {
    await this.em.nativeDelete(SessionRecord, { id });
  }

  async deleteExpiredOfUser(userId: string, now: Date): Promise<void> {
    await this.em.nativeDelete(SessionRecord, {
      user: userId,
      $or: [{ idleExpiresAt: { $lte: now } }, { absoluteExpiresAt: { $lte: now } }],
    });
  }

  async deleteAllOfUser(userId: string, except?: string): Promise<void> {
    await this.em.nativeDelete(SessionRecord, except ? { user: userId, id: { $ne: except } } : { user: userId });
  }
}
