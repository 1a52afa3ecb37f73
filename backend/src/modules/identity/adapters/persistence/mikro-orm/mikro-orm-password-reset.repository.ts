import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { PasswordResetRepository } from '../../../application/ports/password-reset.repository.js';
import { PasswordReset } from '../../../domain/password-reset.js';
import { PasswordResetRecord } from './password-reset.schema.js';

@Injectable()
export class MikroOrmPasswordResetRepository implements PasswordResetRepository {
  constructor(private readonly em: EntityManager) {}

  async save(reset: PasswordReset): Promise<void> {
    const { userId, ...state } = reset.snapshot();
    await this.em.upsert(
      PasswordResetRecord,
      { ...state, user: userId },
      { onConflictFields: ['id'], onConflictAction: 'merge' },
    );
  }

  async findByTokenHash(tokenHash: string): Promise<PasswordReset | null> {
    const row = await this.em.findOne(PasswordResetRecord, { tokenHash }, { disableIdentityMap: true });
    if (!row) return null;
    return PasswordReset.restore({
      id: row.id,
      userId: row.user.id,
      tokenHash: row.tokenHash,
      createdAt: row.createdAt,
      expiresAt: row.expiresAt,
      usedAt: row.usedAt ?? null,
    });
  }

  async markUsed(id: string, now: Date): Promise<boolean> {
    const updated = await this.em.nativeUpdate(
      PasswordResetRecord,
      { id, usedAt: null, expiresAt: { $gt: now } },
      { usedAt: now },
    );
    return updated === 1;
  }

  async deleteAllOfUser(userId: string): Promise<void> {
    await this.em.nativeDelete(PasswordResetRecord, { user: userId });
  }
}
