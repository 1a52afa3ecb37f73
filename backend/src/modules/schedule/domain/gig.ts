import { currency, DEFAULT_CURRENCY } from './currency.js';
import { type EventTimes, eventTimes } from './event-times.js';
import { InvalidScheduleFieldError } from './schedule.errors.js';
import { GigCancelled, GigChanged, GigPlanned, GigRemoved, type ScheduleEvent } from './schedule.events.js';
import { ADDRESS_MAX_LENGTH, eventText, eventTitle, LOCATION_MAX_LENGTH, NOTES_MAX_LENGTH } from './schedule-text.js';

export const GIG_STATUSES = ['planned', 'confirmed', 'cancelled'] as const;
export type GigStatus = (typeof GIG_STATUSES)[number];

/** What a manager writes about a gig; on a change, a field left out stays, `null` clears it. */
export interface GigFields {
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  location: string | null;
  address: string | null;
  feeCents: number | null;
  currency: string;
  notes: string | null;
  status: GigStatus;
}

export interface GigState extends GigFields {
  id: string;
  bandId: string;
  createdAt: Date;
}

export type GigChanges = Partial<Omit<GigFields, 'currency'>> & { currency?: string | null };

/** A concert of the band: when and where, the fee, and whether it is on. */
export class Gig {
  private events: ScheduleEvent[] = [];

  private constructor(private state: GigState) {}

  static plan(
    input: { id: string; bandId: string; now: Date; actorId: string } & GigChanges &
      Pick<GigFields, 'title' | 'startsAt'>,
  ): Gig {
    const { id, bandId, now, actorId, ...changes } = input;
    const empty = { endsAt: null, location: null, address: null, feeCents: null, notes: null };
    const base = { id, bandId, createdAt: now, title: input.title, startsAt: input.startsAt, ...empty };
    const gig = new Gig(checked({ ...base, currency: DEFAULT_CURRENCY, status: 'planned' }, changes));
    gig.events.push(new GigPlanned(id, bandId, actorId, gig.state.title, gig.state.startsAt));
    return gig;
  }

  static restore(state: GigState): Gig {
    return new Gig({ ...state });
  }

  get id(): string {
    return this.state.id;
  }

  get bandId(): string {
    return this.state.bandId;
  }

  get status(): GigStatus {
    return this.state.status;
  }

  change(changes: GigChanges, actorId: string): void {
    const wasCancelled = this.state.status === 'cancelled';
    this.state = checked(this.state, changes);
    this.events.push(new GigChanged(this.id, this.bandId, actorId));
    if (this.status === 'cancelled' && !wasCancelled) {
      this.events.push(new GigCancelled(this.id, this.bandId, actorId, this.state.title, this.state.startsAt));
    }
  }

  remove(actorId: string): void {
    this.events.push(new GigRemoved(this.id, this.bandId, actorId, this.state.title, this.state.startsAt));
  }

  pullEvents(): ScheduleEvent[] {
    const events = this.events;
    this.events = [];
    return events;
  }

  snapshot(): Readonly<GigState> {
    return { ...this.state };
  }
}

function checked(base: GigState, changes: GigChanges): GigState {
  const next = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined) (next as Record<string, unknown>)[key] = value;
  }
  const times: EventTimes = eventTimes(next.startsAt, next.endsAt);
  return {
    ...next,
    ...times,
    title: eventTitle(next.title),
    location: eventText(next.location, 'location', 'single-line', LOCATION_MAX_LENGTH),
    address: eventText(next.address, 'address', 'multi-line', ADDRESS_MAX_LENGTH),
    notes: eventText(next.notes, 'notes', 'multi-line', NOTES_MAX_LENGTH),
    feeCents: fee(next.feeCents),
    currency: currency(changes.currency === null ? DEFAULT_CURRENCY : next.currency),
    status: status(next.status),
  };
}

/** At most 100 million of the currency: a fee, never an overflow of the column. */
export const MAX_FEE_CENTS = 10_000_000_000;

function fee(cents: number | null): number | null {
  if (cents === null) return null;
  if (!Number.isSafeInteger(cents) || cents < 0 || cents > MAX_FEE_CENTS) {
    throw new InvalidScheduleFieldError('feeCents is a whole number of cents, 0 or more.', 'feeCents');
  }
  return cents;
}

function status(value: string): GigStatus {
  if (!(GIG_STATUSES as readonly string[]).includes(value)) {
    throw new InvalidScheduleFieldError(`status is one of ${GIG_STATUSES.join(', ')}.`, 'status');
  }
  return value as GigStatus;
}
