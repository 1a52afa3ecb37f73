import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { RosterRepository } from '../../../application/ports/roster.repository.js';
import { BandNotFoundError } from '../../../domain/bands.errors.js';
import type { Role } from '../../../domain/role.js';
import { Roster } from '../../../domain/roster.js';

/** Plain SQL: the lock, and the roster saved as a few statements rather than row by row. */
@Injectable()
export class MikroOrmRosterRepository implements RosterRepository {
  constructor(private readonly em: EntityManager) {}

  async lockForUpdate(bandId: string): Promise<Roster> {
    if (!this.em.isInTransaction()) throw new Error('lockForUpdate needs a unit of work (a transaction)');
    const locked = await this.em.execute<{ id: string }[]>('select id from bands where id = ? for update', [bandId]);
    if (locked.length === 0) throw new BandNotFoundError();
    const rows = await this.em.execute<{ user_id: string; role: Role; joined_at: Date }[]>(
      'select user_id, role, joined_at from memberships where band_id = ?',
      [bandId],
    );
    return Roster.of(
      bandId,
      rows.map((row) => ({ userId: row.user_id, role: row.role, joinedAt: new Date(row.joined_at) })),
    );
  }

  async save(roster: Roster): Promise<void> {
    const { saved, removed } = roster.changes();
    if (removed.length > 0) {
      await this.em.execute('delete from memberships where band_id = ? and user_id in (?)', [roster.bandId, removed]);
    }
    for (const member of saved) {
      await this.em.execute(
        `insert into memberships (band_id, user_id, role, joined_at) values (?, ?, ?, ?)
         on conflict (band_id, user_id) do update set role = excluded.role`,
        [roster.bandId, member.userId, member.role, member.joinedAt],
      );
    }
  }

  async bandIdsOf(userId: string): Promise<string[]> {
    const rows = await this.em.execute<{ band_id: string }[]>('select band_id from memberships where user_id = ?', [
      userId,
    ]);
    return rows.map((row) => row.band_id);
  }
}
