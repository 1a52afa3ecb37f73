import { Injectable } from '@nestjs/common';
import type { AgendaReader, AgendaRequest } from '../../../application/ports/agenda.reader.js';
import type { EventSummaryView } from '../../../application/event-summary-view.js';
import type { EventType } from '../../../domain/attendance.js';
import type { GigState } from '../../../domain/gig.js';
import type { RehearsalState } from '../../../domain/rehearsal.js';
import { InMemoryScheduleStore } from './in-memory-schedule.store.js';
import { endOf } from '../../../domain/event-times.js';

type Stored = (RehearsalState & { type: 'rehearsal'; title: null }) | (GigState & { type: 'gig' });

@Injectable()
export class InMemoryAgendaReader implements AgendaReader {
  constructor(private readonly store: InMemoryScheduleStore) {}

  async page({
    bandId,
    viewerId,
    type,
    when,
    now,
    from,
    to,
    after,
    limit,
  }: AgendaRequest): Promise<EventSummaryView[]> {
    const latestFirst = when === 'past' ? -1 : 1;
    const order = (a: { startsAt: Date; id: string }, b: { startsAt: Date; id: string }) =>
      latestFirst * (a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const events: Stored[] = [
      ...[...this.store.rehearsals.values()].map((state) => ({ ...state, type: 'rehearsal' as const, title: null })),
      ...[...this.store.gigs.values()].map((state) => ({ ...state, type: 'gig' as const })),
    ];
    return events
      .filter((event) => event.bandId === bandId && (type === null || event.type === type))
      .filter((event) => {
        const ended = endOf(event) < now;
        return when === 'all' || (when === 'past') === ended;
      })
      .filter((event) => (!from || event.startsAt >= from) && (!to || event.startsAt < to))
      .filter((event) => !after || order(event, after) > 0)
      .sort(order)
      .slice(0, limit)
      .map((event) => ({
        id: event.id,
        type: event.type,
        title: event.title,
        startsAt: event.startsAt.toISOString(),
        endsAt: event.endsAt?.toISOString() ?? null,
        location: event.location,
        status: event.status,
        myAttendance: this.answerOf(event.type, event.id, viewerId),
      }));
  }

  private answerOf(type: EventType, eventId: string, viewerId: string) {
    return this.store.answers.get(`${type}/${eventId}`)?.get(viewerId)?.status ?? null;
  }
}
