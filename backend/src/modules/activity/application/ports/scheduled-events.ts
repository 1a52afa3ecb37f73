/** A gig's title and a rehearsal's or gig's start, as the schedule says them to a member of its band. */
export interface ScheduledEvent {
  title: string | null;
  startsAt: Date;
}

/** The schedule context, asked about the event an answer was given to; null when it is gone. */
export interface ScheduledEvents {
  find(viewerId: string, type: 'gig' | 'rehearsal', id: string): Promise<ScheduledEvent | null>;
}

export const SCHEDULED_EVENTS = Symbol('ScheduledEvents');
