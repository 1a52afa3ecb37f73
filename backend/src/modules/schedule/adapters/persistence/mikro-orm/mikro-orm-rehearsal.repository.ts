import type { InferEntity } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { RehearsalRepository } from '../../../application/ports/rehearsal.repository.js';
import { Rehearsal, type RehearsalStatus } from '../../../domain/rehearsal.js';
import { RehearsalRecord } from './rehearsal.schema.js';

type Row = InferEntity<typeof RehearsalRecord>;

@Injectable()
export class MikroOrmRehearsalRepository implements RehearsalRepository {
  constructor(private readonly em: EntityManager) {}

  async findById(id: string): Promise<Rehearsal | null> {
    const row = await this.em.findOne(RehearsalRecord, { id }, { disableIdentityMap: true });
    return row ? restore(row) : null;
  }

  async findFollowing(rehearsal: Rehearsal): Promise<Rehearsal[]> {
    if (rehearsal.seriesId === null) return [rehearsal];
    const rows = await this.em.find(
      RehearsalRecord,
      { seriesId: rehearsal.seriesId, startsAt: { $gte: rehearsal.startsAt } },
      { orderBy: { startsAt: 'asc', id: 'asc' }, disableIdentityMap: true },
    );
    return rows.map(restore);
  }

  async saveAll(rehearsals: readonly Rehearsal[]): Promise<void> {
    if (rehearsals.length === 0) return;
    const rows = rehearsals.map((rehearsal) => {
      const state = rehearsal.snapshot();
      return { ...state, songIds: [...state.songIds] };
    });
    await this.em.upsertMany(RehearsalRecord, rows, { onConflictFields: ['id'], onConflictAction: 'merge' });
  }

  async deleteAll(ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await this.em.nativeDelete(RehearsalRecord, { id: { $in: [...ids] } });
  }
}

function restore(row: Row): Rehearsal {
  return Rehearsal.restore({
    id: row.id,
    bandId: row.bandId,
    seriesId: row.seriesId ?? null,
    startsAt: row.startsAt,
    endsAt: row.endsAt ?? null,
    location: row.location ?? null,
    notes: row.notes ?? null,
    songIds: row.songIds,
    status: row.status as RehearsalStatus,
    createdAt: row.createdAt,
  });
}
