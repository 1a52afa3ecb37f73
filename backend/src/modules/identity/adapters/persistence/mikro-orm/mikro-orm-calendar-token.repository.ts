import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { CalendarTokenRepository } from '../../../application/ports/calendar-token.repository.js';
import { CalendarToken } from '../../../domain/calendar-token.js';
import { CalendarTokenRecord } from './calendar-token.schema.js';

@Injectable()
export class MikroOrmCalendarTokenRepository implements CalendarTokenRepository {
  constructor(private readonly em: EntityManager) {}

  async save(token: CalendarToken): Promise<void> {
    const { userId, ...state } = token.snapshot();
    await this.em.upsert(
      CalendarTokenRecord,
      { ...state, user: userId },
      { onConflictFields: ['user'], onConflictAction: 'merge' },
    );
  }

  async findByTokenHash(tokenHash: string): Promise<CalendarToken | null> {
    const row = await this.em.findOne(CalendarTokenRecord, { tokenHash }, { disableIdentityMap: true });
    if (!row) return null;
    return CalendarToken.restore({ userId: row.user.id, tokenHash: row.tokenHash, createdAt: row.createdAt });
  }

  async deleteOfUser(userId: string): Promise<void> {
    await this.em.nativeDelete(CalendarTokenRecord, { user: userId });
  }
}
