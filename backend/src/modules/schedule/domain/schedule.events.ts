import type { AttendanceStatus, EventType } from './attendance.js';

// Every event names its actor (`actorId`, the user whose action it was). Payloads stay small: a
// change of several dates of a series is one event about the first date, with how many it covered.

/** A rehearsal was planned, or a series of them (`seriesId`), as one event about its first date. */
export class RehearsalPlanned {
  constructor(
    readonly rehearsalId: string,
    readonly bandId: string,
    readonly seriesId: string | null,
    readonly dates: number,
    readonly startsAt: Date,
    readonly actorId: string,
  ) {}
}

/** Any change of a rehearsal (its songs to work on too), or of it and the following dates of its series. */
export class RehearsalChanged {
  constructor(
    readonly rehearsalId: string,
    readonly bandId: string,
    readonly dates: number,
    readonly actorId: string,
  ) {}
}

/** Recorded beside RehearsalChanged when the change called the rehearsal off. */
export class RehearsalCancelled {
  constructor(
    readonly rehearsalId: string,
    readonly bandId: string,
    readonly dates: number,
    readonly startsAt: Date,
    readonly actorId: string,
  ) {}
}

export class RehearsalRemoved {
  constructor(
    readonly rehearsalId: string,
    readonly bandId: string,
    readonly dates: number,
    readonly startsAt: Date,
    readonly actorId: string,
  ) {}
}

export class GigPlanned {
  constructor(
    readonly gigId: string,
    readonly bandId: string,
    readonly actorId: string,
    readonly title: string,
    readonly startsAt: Date,
  ) {}
}

export class GigChanged {
  constructor(
    readonly gigId: string,
    readonly bandId: string,
    readonly actorId: string,
  ) {}
}

/** Recorded beside GigChanged when the change called the gig off. */
export class GigCancelled {
  constructor(
    readonly gigId: string,
    readonly bandId: string,
    readonly actorId: string,
    readonly title: string,
    readonly startsAt: Date,
  ) {}
}

export class GigRemoved {
  constructor(
    readonly gigId: string,
    readonly bandId: string,
    readonly actorId: string,
    readonly title: string,
    readonly startsAt: Date,
  ) {}
}

/** A manager saved a gig's whole running order; `title` is the gig's. */
export class SetlistSaved {
  constructor(
    readonly gigId: string,
    readonly bandId: string,
    readonly actorId: string,
    readonly title: string,
  ) {}
}

/**
 * A member answered a gig or a rehearsal (`id`), or a rehearsal and the following dates of its
 * series (`dates` of them). Says no comment.
 */
export class AttendanceAnswered {
  readonly actorId: string;

  constructor(
    readonly type: EventType,
    readonly id: string,
    readonly bandId: string,
    readonly userId: string,
    readonly status: AttendanceStatus,
    readonly dates: number,
  ) {
    this.actorId = userId;
  }
}

export type ScheduleEvent =
  | RehearsalPlanned
  | RehearsalChanged
  | RehearsalCancelled
  | RehearsalRemoved
  | GigPlanned
  | GigChanged
  | GigCancelled
  | GigRemoved
  | SetlistSaved
  | AttendanceAnswered;
