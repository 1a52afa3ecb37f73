import { Injectable } from '@nestjs/common';
import type { RosterRepository } from '../../../application/ports/roster.repository.js';
import { BandNotFoundError } from '../../../domain/bands.errors.js';
import { Roster } from '../../../domain/roster.js';
import { InMemoryBandsStore } from './in-memory-bands.store.js';

/** The lock is the in-memory unit of work, which runs one unit at a time. */
@Injectable()
export class InMemoryRosterRepository implements RosterRepository {
  constructor(private readonly store: InMemoryBandsStore) {}

  async lockForUpdate(bandId: string): Promise<Roster> {
    if (!this.store.bands.has(bandId)) throw new BandNotFoundError();
    return Roster.of(bandId, [...this.store.membersOf(bandId).values()]);
  }

  async save(roster: Roster): Promise<void> {
    const members = this.store.membersOf(roster.bandId);
    const { saved, removed } = roster.changes();
    for (const userId of removed) members.delete(userId);
    for (const member of saved)
      members.set(member.userId, { ...member, joinedAt: members.get(member.userId)?.joinedAt ?? member.joinedAt });
  }

  async bandIdsOf(userId: string): Promise<string[]> {
    return [...this.store.memberships].filter(([, members]) => members.has(userId)).map(([bandId]) => bandId);
  }
}
