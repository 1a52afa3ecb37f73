import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared/domain/domain-error.js';
import { GetGigQuery, GetRehearsalQuery } from '../../../schedule/public-api.js';
import type { ScheduledEvent, ScheduledEvents } from '../../application/ports/scheduled-events.js';

/** The schedule's answer on the query bus, as the member who answered; an event gone since is null. */
@Injectable()
export class QueryBusScheduledEvents implements ScheduledEvents {
  constructor(private readonly queryBus: QueryBus) {}

  async find(viewerId: string, type: 'gig' | 'rehearsal', id: string): Promise<ScheduledEvent | null> {
    try {
      if (type === 'gig') {
        const gig = await this.queryBus.execute(new GetGigQuery(viewerId, id));
        return { title: gig.title, startsAt: new Date(gig.startsAt) };
      }
      const rehearsal = await this.queryBus.execute(new GetRehearsalQuery(viewerId, id));
      return { title: null, startsAt: new Date(rehearsal.startsAt) };
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'not-found') return null;
      throw error;
    }
  }
}
