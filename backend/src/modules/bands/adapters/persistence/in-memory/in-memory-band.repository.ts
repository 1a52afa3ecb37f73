import { Injectable } from '@nestjs/common';
import type { BandRepository } from '../../../application/ports/band.repository.js';
import type { BandView } from '../../../application/ports/bands.reader.js';
import type { BandSettings } from '../../../domain/band-settings.js';
import { Band } from '../../../domain/band.js';
import type { InviteCode } from '../../../domain/invite-code.js';
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

  async add(band: Band): Promise<void> {
    this.store.bands.set(band.id, band.snapshot());
  }

  async changeSettings(id: string, changes: Partial<BandSettings>): Promise<BandView | null> {
    const state = this.store.bands.get(id);
    if (state) this.store.bands.set(id, { ...state, ...changes });
    return this.store.bandView(id);
  }

  async replaceInviteCode(id: string, code: InviteCode): Promise<boolean> {
    const state = this.store.bands.get(id);
    if (state) this.store.bands.set(id, { ...state, inviteCode: code.value });
    return state !== undefined;
  }

  async delete(id: string): Promise<void> {
    this.store.bands.delete(id);
    this.store.memberships.delete(id);
    for (const [userId, bandId] of this.store.activeBands) {
      if (bandId === id) this.store.activeBands.delete(userId);
    }
  }
}
