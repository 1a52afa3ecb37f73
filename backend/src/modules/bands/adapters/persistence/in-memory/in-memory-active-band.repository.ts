import { Injectable } from '@nestjs/common';
import type { ActiveBandRepository } from '../../../application/ports/active-band.repository.js';
import { InMemoryBandsStore } from './in-memory-bands.store.js';

@Injectable()
export class InMemoryActiveBandRepository implements ActiveBandRepository {
  constructor(private readonly store: InMemoryBandsStore) {}

  async set(userId: string, bandId: string): Promise<void> {
    this.store.activeBands.set(userId, bandId);
  }

  async clear(userId: string, bandId: string): Promise<void> {
    if (this.store.activeBands.get(userId) === bandId) this.store.activeBands.delete(userId);
  }
}
