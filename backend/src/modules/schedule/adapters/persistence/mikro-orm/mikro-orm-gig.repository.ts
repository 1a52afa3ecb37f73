import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { GigRepository } from '../../../application/ports/gig.repository.js';
import { Gig, type GigStatus } from '../../../domain/gig.js';
import { GigRecord } from './gig.schema.js';

@Injectable()
export class MikroOrmGigRepository implements GigRepository {
  constructor(private readonly em: EntityManager) {}

  async findById(id: string): Promise<Gig | null> {
    const row = await this.em.findOne(GigRecord, { id }, { disableIdentityMap: true });
    if (!row) return null;
    return Gig.restore({
      id: row.id,
      bandId: row.bandId,
      title: row.title,
      startsAt: row.startsAt,
      endsAt: row.endsAt ?? null,
      location: row.location ?? null,
      address: row.address ?? null,
      feeCents: row.feeCents ?? null,
      currency: row.currency,
      notes: row.notes ?? null,
      status: row.status as GigStatus,
      createdAt: row.createdAt,
    });
  }

  async save(gig: Gig): Promise<void> {
    await this.em.upsert(GigRecord, { ...gig.snapshot() }, { onConflictFields: ['id'], onConflictAction: 'merge' });
  }

  async delete(id: string): Promise<void> {
    await this.em.nativeDelete(GigRecord, { id });
  }
}
