import { Injectable } from '@nestjs/common';
import type { BandRepository } from '../../../application/ports/band.repository.js';
import { Band } from '../../../domain/band.js';
import { InMemoryBandsStore } from './in-memory-bands.store.js';

@Injectable()
export class InMemoryBandRepository implements BandRepository {
  constructor(private readonly store: InMemoryBandsStore) {}

  async findById(id: string): Promise<Band | null> {
    const state = this.store.bands.get(id);
    return state ? Band.restore(state) : null;
  }

  async findByInviteCode(code: string): Promise<Band | null> {
    const state = [...this.store.bands.values()].find((band) => band.inviteCode === code);
    return state ? Band.restore(state) : null;
  }

  async save(band: Band): Promise<void> {
    this.store.bands.set(band.id, band.snapshot());
  }

  async delete(id: string): Promise<void> {
    this.store.bands.delete(id);
    this.store.memberships.delete(id);
    for (const [userId, bandId] of this.store.activeBands) {
      if (bandId === id) this.store.activeBands.delete(userId);
    }
  }
}
