import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { BandRepository } from '../../../application/ports/band.repository.js';
import { Band } from '../../../domain/band.js';
import { BandRecord, type BandRow } from './band.schema.js';

@Injectable()
export class MikroOrmBandRepository implements BandRepository {
  constructor(private readonly em: EntityManager) {}

  async findById(id: string): Promise<Band | null> {
    const row = await this.em.findOne(BandRecord, { id }, { disableIdentityMap: true });
    return row ? toBand(row) : null;
  }

  async findByInviteCode(inviteCode: string): Promise<Band | null> {
    const row = await this.em.findOne(BandRecord, { inviteCode }, { disableIdentityMap: true });
    return row ? toBand(row) : null;
  }

  async save(band: Band): Promise<void> {
    await this.em.upsert(BandRecord, band.snapshot(), { onConflictFields: ['id'], onConflictAction: 'merge' });
  }

  async delete(id: string): Promise<void> {
    await this.em.nativeDelete(BandRecord, { id });
  }
}

function toBand(row: BandRow): Band {
  return Band.restore({
    id: row.id,
    name: row.name,
    description: row.description,
    template: row.template,
    logoUrl: row.logoUrl ?? null,
    timezone: row.timezone,
    inviteCode: row.inviteCode,
    createdAt: row.createdAt,
  });
}
