import { Injectable } from '@nestjs/common';
import type { PlannerReader, UpcomingGig } from '../../../application/ports/planner.reader.js';
import { InMemoryScheduleStore } from './in-memory-schedule.store.js';

@Injectable()
export class InMemoryPlannerReader implements PlannerReader {
  constructor(private readonly store: InMemoryScheduleStore) {}

  async lastRehearsed(bandId: string, before: Date): Promise<Map<string, Date>> {
    const last = new Map<string, Date>();
    for (const rehearsal of this.store.rehearsals.values()) {
      if (rehearsal.bandId !== bandId || rehearsal.status === 'cancelled' || rehearsal.startsAt >= before) continue;
      for (const songId of rehearsal.songIds) {
        const known = last.get(songId);
        if (!known || known < rehearsal.startsAt) last.set(songId, rehearsal.startsAt);
      }
    }
    return last;
  }

  async nextGig(bandId: string, after: Date): Promise<UpcomingGig | null> {
    const [next] = [...this.store.gigs.values()]
      .filter((gig) => gig.bandId === bandId && gig.status !== 'cancelled' && gig.startsAt > after)
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : 1));
    return next ? { id: next.id, title: next.title, startsAt: next.startsAt } : null;
  }
}
