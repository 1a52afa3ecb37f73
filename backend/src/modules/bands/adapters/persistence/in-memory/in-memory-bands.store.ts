import { Injectable } from '@nestjs/common';
import { TransactionalMap } from '../../../../../shared/adapters/transactional-map.js';
import type { BandView } from '../../../application/ports/bands.reader.js';
import type { BandState } from '../../../domain/band.js';
import type { Membership } from '../../../domain/roster.js';

/** The bands context's tables, in memory, shared by its in-memory adapters; units of work roll them back. */
@Injectable()
export class InMemoryBandsStore {
  readonly bands = new TransactionalMap<string, BandState>();
  /** band id → user id → membership */
  readonly memberships = new TransactionalMap<string, Map<string, Membership>>();
  /** user id → band id */
  readonly activeBands = new TransactionalMap<string, string>();

  bandView(bandId: string): BandView | null {
    const state = this.bands.get(bandId);
    if (!state) return null;
    const { id, name, description, template, logoUrl, timezone, language, inviteCode } = state;
    return { id, name, description, template, logoUrl, timezone, language, inviteCode };
  }

  membersOf(bandId: string): Map<string, Membership> {
    let members = this.memberships.get(bandId);
    if (!members) {
      members = new TransactionalMap();
      this.memberships.set(bandId, members);
    }
    return members;
  }
}
