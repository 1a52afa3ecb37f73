import { Injectable } from '@nestjs/common';
import type { MemberEventReader, MemberEventView } from '../../../application/ports/member-event.reader.js';
import type { EventType } from '../../../domain/attendance.js';
import { InMemoryScheduleStore } from './in-memory-schedule.store.js';
import { endOf } from '../../../domain/event-times.js';

@Injectable()
export class InMemoryMemberEventReader implements MemberEventReader {
  constructor(private readonly store: InMemoryScheduleStore) {}

  async eventsOf(userId: string, bandIds: readonly string[], since: Date): Promise<MemberEventView[]> {
    const bands = new Set(bandIds);
    const answer = (type: EventType, id: string) => this.store.answersTo(type, id).get(userId)?.status ?? null;
    const gigs = [...this.store.gigs.values()].map((gig): MemberEventView => ({
      id: gig.id,
      type: 'gig',
      bandId: gig.bandId,
      title: gig.title,
      startsAt: gig.startsAt,
      endsAt: gig.endsAt,
      location: gig.location,
      address: gig.address,
      status: gig.status,
      notes: gig.notes,
      myAnswer: answer('gig', gig.id),
    }));
    const rehearsals = [...this.store.rehearsals.values()].map((rehearsal): MemberEventView => ({
      id: rehearsal.id,
      type: 'rehearsal',
      bandId: rehearsal.bandId,
      title: null,
      startsAt: rehearsal.startsAt,
      endsAt: rehearsal.endsAt,
      location: rehearsal.location,
      address: null,
      status: rehearsal.status,
      notes: rehearsal.notes,
      myAnswer: answer('rehearsal', rehearsal.id),
    }));
    return [...gigs, ...rehearsals]
      .filter((event) => bands.has(event.bandId) && endOf(event) >= since)
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : 1));
  }
}
