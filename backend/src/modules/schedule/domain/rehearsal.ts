import { eventTimes } from './event-times.js';
import { InvalidScheduleFieldError } from './schedule.errors.js';
import {
  RehearsalCancelled,
  RehearsalChanged,
  RehearsalPlanned,
  RehearsalRemoved,
  type ScheduleEvent,
} from './schedule.events.js';
import { eventText, LOCATION_MAX_LENGTH, NOTES_MAX_LENGTH } from './schedule-text.js';
import { shiftedOnWallClock, wallClockMinutes } from './wall-clock.js';

export const REHEARSAL_STATUSES = ['planned', 'cancelled'] as const;
export type RehearsalStatus = (typeof REHEARSAL_STATUSES)[number];

/** The songs to work on: at most this many, each once. */
export const MAX_REHEARSAL_SONGS = 50;

export interface RehearsalFields {
  startsAt: Date;
  endsAt: Date | null;
  location: string | null;
  notes: string | null;
  songIds: readonly string[];
  status: RehearsalStatus;
}

export interface RehearsalState extends RehearsalFields {
  id: string;
  bandId: string;
  /** The series it was planned in, shared by every date of it; null for a single date. */
  seriesId: string | null;
  createdAt: Date;
}

/** On a change, a field left out stays, `null` clears it. */
export type RehearsalChanges = Partial<RehearsalFields>;

/**
 * A date the band meets to rehearse, alone or one of a weekly or fortnightly series. What is done to
 * several dates at once (planning a series, changing or removing the following dates) is one event,
 * recorded on the first of them.
 */
export class Rehearsal {
  private events: ScheduleEvent[] = [];

  private constructor(private state: RehearsalState) {}

  static plan(
    input: { id: string; bandId: string; seriesId: string | null; now: Date; startsAt: Date } & RehearsalChanges,
  ): Rehearsal {
    const { id, bandId, seriesId, now, ...changes } = input;
    const empty = { endsAt: null, location: null, notes: null, songIds: [], status: 'planned' as const };
    return new Rehearsal(
      checked({ id, bandId, seriesId, createdAt: now, ...empty, startsAt: input.startsAt }, changes),
    );
  }

  static restore(state: RehearsalState): Rehearsal {
    return new Rehearsal({ ...state, songIds: [...state.songIds] });
  }

  get id(): string {
    return this.state.id;
  }

  get bandId(): string {
    return this.state.bandId;
  }

  get seriesId(): string | null {
    return this.state.seriesId;
  }

  get startsAt(): Date {
    return this.state.startsAt;
  }

  get status(): RehearsalStatus {
    return this.state.status;
  }

  /** Records that `dates` (one, or a series in start order) were planned. */
  static planned(dates: readonly Rehearsal[], actorId: string): void {
    const [first] = dates;
    if (!first) return;
    const { id, bandId, seriesId, startsAt } = first.state;
    first.events.push(new RehearsalPlanned(id, bandId, seriesId, dates.length, startsAt, actorId));
  }

  /** Records that `dates` (the one addressed first) are to be deleted. */
  static removeAll(dates: readonly Rehearsal[], actorId: string): void {
    const [first] = dates;
    if (!first) return;
    first.events.push(new RehearsalRemoved(first.id, first.bandId, dates.length, first.startsAt, actorId));
  }

  pullEvents(): ScheduleEvent[] {
    const events = this.events;
    this.events = [];
    return events;
  }

  snapshot(): Readonly<RehearsalState> {
    return { ...this.state, songIds: [...this.state.songIds] };
  }

  private change(changes: RehearsalChanges): void {
    this.state = checked(this.state, changes);
  }

  /**
   * Changes `dates` (the one addressed first, then the later ones of its series) as one: the fields
   * given are set on each, and a new start moves each date by the same shift on the band's wall clock
   * (a 20:00 rehearsal moved to 21:00 moves every following one to 21:00, whatever the season). An end
   * given sets each date's length to the first one's; otherwise each end moves with its start.
   */
  static changeAll(dates: readonly Rehearsal[], changes: RehearsalChanges, timeZone: string, actorId: string): void {
    const [first] = dates;
    if (!first) return;
    const wasCancelled = first.status === 'cancelled';
    const shift = changes.startsAt ? wallClockMinutes(first.state.startsAt, changes.startsAt, timeZone) : 0;
    const firstStart = changes.startsAt ?? first.state.startsAt;
    const length =
      changes.endsAt === undefined || changes.endsAt === null
        ? changes.endsAt
        : wallClockMinutes(firstStart, changes.endsAt, timeZone);
    dates.forEach((date, index) => {
      const startsAt = index === 0 ? firstStart : shiftedOnWallClock(date.state.startsAt, shift, timeZone);
      let endsAt: Date | null;
      if (index === 0 && changes.endsAt !== undefined) endsAt = changes.endsAt;
      else if (length === undefined)
        endsAt = date.state.endsAt && shiftedOnWallClock(date.state.endsAt, shift, timeZone);
      else endsAt = length === null ? null : shiftedOnWallClock(startsAt, length, timeZone);
      date.change({ ...changes, startsAt, endsAt });
    });
    first.events.push(new RehearsalChanged(first.id, first.bandId, dates.length, actorId));
    if (first.status === 'cancelled' && !wasCancelled) {
      first.events.push(new RehearsalCancelled(first.id, first.bandId, dates.length, first.startsAt, actorId));
    }
  }
}

function checked(base: RehearsalState, changes: RehearsalChanges): RehearsalState {
  const next = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined) (next as Record<string, unknown>)[key] = value;
  }
  return {
    ...next,
    ...eventTimes(next.startsAt, next.endsAt),
    location: eventText(next.location, 'location', 'single-line', LOCATION_MAX_LENGTH),
    notes: eventText(next.notes, 'notes', 'multi-line', NOTES_MAX_LENGTH),
    songIds: songIds(next.songIds),
    status: status(next.status),
  };
}

function songIds(ids: readonly string[]): string[] {
  const unique = [...new Set(ids)];
  if (unique.length > MAX_REHEARSAL_SONGS) {
    throw new InvalidScheduleFieldError(`songIds names at most ${MAX_REHEARSAL_SONGS} songs.`, 'songIds');
  }
  return unique;
}

function status(value: string): RehearsalStatus {
  if (!(REHEARSAL_STATUSES as readonly string[]).includes(value)) {
    throw new InvalidScheduleFieldError(`status is one of ${REHEARSAL_STATUSES.join(', ')}.`, 'status');
  }
  return value as RehearsalStatus;
}
