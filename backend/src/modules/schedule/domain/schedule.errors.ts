import { DomainError } from '../../../shared/domain/domain-error.js';

/** Unknown gig, or one of a band the caller is not a member of: the two look the same. */
export class GigNotFoundError extends DomainError {
  readonly code = 'SCHEDULE.GIG_NOT_FOUND';
  readonly kind = 'not-found';
  constructor() {
    super('This gig does not exist or is not in one of your bands.');
  }
}

/** Unknown rehearsal, or one of a band the caller is not a member of. */
export class RehearsalNotFoundError extends DomainError {
  readonly code = 'SCHEDULE.REHEARSAL_NOT_FOUND';
  readonly kind = 'not-found';
  constructor() {
    super('This rehearsal does not exist or is not in one of your bands.');
  }
}

/** A field of a rehearsal, a gig, a series or an answer breaks its rule. */
export class InvalidScheduleFieldError extends DomainError {
  readonly code = 'SCHEDULE.INVALID_FIELD';
  readonly kind = 'invalid';
}

/** An event ends before (or when) it starts. */
export class EndBeforeStartError extends DomainError {
  readonly code = 'SCHEDULE.END_BEFORE_START';
  readonly kind = 'invalid';
  constructor() {
    super('endsAt comes after startsAt.', 'endsAt');
  }
}

/** A song to work on that is not in the band's repertoire (unknown, or another band's). */
export class SongNotInRepertoireError extends DomainError {
  readonly code = 'SCHEDULE.SONG_NOT_IN_REPERTOIRE';
  readonly kind = 'refused';
  constructor(readonly songIds: readonly string[]) {
    super(`These songs are not in the band’s repertoire: ${songIds.join(', ')}.`, 'songIds');
  }
}

/** A calendar feed address whose secret is unknown, renewed since or revoked: the feed is gone. */
export class CalendarFeedNotFoundError extends DomainError {
  readonly code = 'SCHEDULE.CALENDAR_FEED_NOT_FOUND';
  readonly kind = 'not-found';
  constructor() {
    super('There is no calendar feed at this address: get a new one in the app.');
  }
}

/** A cancelled event takes no answers. */
export class EventCancelledError extends DomainError {
  readonly code = 'SCHEDULE.EVENT_CANCELLED';
  readonly kind = 'refused';
  constructor() {
    super('This event is cancelled: it takes no answers.');
  }
}

/** A `cursor` the agenda did not hand out for this filter. */
export class InvalidAgendaCursorError extends DomainError {
  readonly code = 'SCHEDULE.INVALID_CURSOR';
  readonly kind = 'invalid';
  constructor() {
    super('This cursor is not one the agenda handed out: start again from the first page.', 'cursor');
  }
}
