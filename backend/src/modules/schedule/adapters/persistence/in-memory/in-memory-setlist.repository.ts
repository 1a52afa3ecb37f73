import { Injectable } from '@nestjs/common';
import type { SetlistRepository } from '../../../application/ports/setlist.repository.js';
import { Setlist } from '../../../domain/setlist/setlist.js';
import { InMemoryScheduleStore } from './in-memory-schedule.store.js';
import { endOf } from '../../../domain/event-times.js';

@Injectable()
export class InMemorySetlistRepository implements SetlistRepository {
  private readonly setlists = new Map<string, Setlist>();

  constructor(private readonly store: InMemoryScheduleStore) {}

  async find(gigId: string): Promise<Setlist> {
    return (this.store.gigs.has(gigId) && this.setlists.get(gigId)) || Setlist.empty();
  }

  async replace(gigId: string, setlist: Setlist): Promise<boolean> {
    if (!this.store.gigs.has(gigId)) return false;
    this.setlists.set(gigId, setlist);
    return true;
  }

  async holdsSong(songId: string, now: Date): Promise<boolean> {
    return [...this.setlists].some(([gigId, setlist]) => {
      const gig = this.store.gigs.get(gigId);
      return gig !== undefined && gig.status !== 'cancelled' && endOf(gig) > now && setlist.songIds.includes(songId);
    });
  }
}
