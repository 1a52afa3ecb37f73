import { Injectable } from '@nestjs/common';
import type { BandState } from '../../../domain/band.js';
import type { Membership } from '../../../domain/roster.js';

/** The bands context's tables, in memory, shared by its in-memory adapters. */
@Injectable()
export class InMemoryBandsStore {
  readonly bands = new Map<string, BandState>();
  /** band id → user id → membership */
  readonly memberships = new Map<string, Map<string, Membership>>();
  /** user id → band id */
  readonly activeBands = new Map<string, string>();

  membersOf(bandId: string): Map<string, Membership> {
    let members = this.memberships.get(bandId);
    if (!members) {
      members = new Map();
      this.memberships.set(bandId, members);
    }
    return members;
  }
}
