import { httpResource } from '@angular/common/http';
import { computed, inject, Injectable, LOCALE_ID, signal } from '@angular/core';
import { DateTime } from 'luxon';

import { toApiFailure } from '../core/api/api-failure';
import { EventSummary, EventType } from '../core/api/api-types';
import { genericFailureMessage } from '../core/api/failure-messages';
import { ActiveBand } from '../core/band/active-band';
import { askSessionWhenStale } from '../core/band/stale-rights';
import { refetchOn } from '../core/live/refetch-on';
import { SessionStore } from '../core/session/session-store';
import { Action } from '../core/state/action-state';
import { CursorPage, CursorPages } from '../core/state/cursor-pages';
import { reloadOnDeliveredAnswer } from '../schedule/attendance-answer';
import { AgendaQuery, agendaPageRequest } from '../schedule/schedule-api';
import { daySpan } from './day-span';
import { monthBounds, monthGrid, monthOf, shiftMonth } from './month-grid';

/** Which dates the list shows: to come, past, or between two days the member picks. */
export type AgendaPeriod = 'upcoming' | 'past' | 'range';

/** The month view reads a whole month at once: no band holds this many dates in a month. */
const MONTH_PAGE_SIZE = 200;

/** The dates of one month of the agenda, under its heading (« décembre 2026 »). */
export interface AgendaMonth {
  readonly key: string;
  readonly heading: string;
  readonly items: readonly EventSummary[];
}

/**
 * The agenda: the active band's rehearsals and gigs to come (or past ones, latest first), of one
 * type or both, read page by page and grouped by month on the band's clock.
 */
@Injectable()
export class AgendaStore {
  private readonly active = inject(ActiveBand);
  private readonly locale = inject(LOCALE_ID);
  private readonly session = inject(SessionStore);

  readonly period = signal<AgendaPeriod>('upcoming');
  /** The range's first and last days (`yyyy-MM-dd`, empty: open). */
  readonly firstDay = signal('');
  readonly lastDay = signal('');
  readonly type = signal<EventType | null>(null);
  readonly view = signal<'list' | 'month'>('list');
  readonly timeZone = computed(() => this.active.band()?.timezone ?? 'UTC');
  /** The month chosen (`yyyy-MM`); null: this one on the band's clock. */
  private readonly chosenMonth = signal<string | null>(null);
  /**
   * The month the month view shows. Not a linkedSignal of the time zone: the band read again (its
   * zone passing through the default while it loads) must not send the member back to this month.
   */
  readonly month = computed(() => this.chosenMonth() ?? monthOf(new Date(), this.timeZone()));

  private readonly range = computed(() =>
    this.period() === 'range' ? daySpan(this.firstDay() || null, this.lastDay() || null, this.timeZone()) : undefined,
  );
  /** The days picked do not make a range (a last day before the first). */
  readonly rangeInvalid = computed(() => this.range() === null);
  private readonly query = computed<AgendaQuery | undefined>(() => {
    const bandId = this.active.id();
    const range = this.range();
    if (!bandId || range === null) return undefined;
    const period = this.period();
    return range
      ? { bandId, when: 'all', type: this.type(), ...range }
      : { bandId, when: period === 'past' ? 'past' : 'upcoming', type: this.type() };
  });
  private readonly moreAction = new Action<{ readonly message: string }>({
    describe: (failure) => ({ message: genericFailureMessage(failure) }),
    onFailure: askSessionWhenStale(this.session),
  });
  private readonly list = new CursorPages<AgendaQuery, EventSummary>({
    query: this.query,
    request: agendaPageRequest,
    more: this.moreAction,
  });
  private readonly monthPage = httpResource<CursorPage<EventSummary>>(() => {
    const bandId = this.active.id();
    if (!bandId || this.view() !== 'month') return undefined;
    const bounds = monthBounds(this.month(), this.timeZone());
    return agendaPageRequest({ bandId, when: 'all', type: this.type(), ...bounds, limit: MONTH_PAGE_SIZE });
  });

  readonly months = computed(() => byMonth(this.list.items(), this.timeZone(), this.locale));
  readonly grid = computed(() =>
    monthGrid(this.month(), this.timeZone(), this.monthPage.value()?.items ?? [], new Date(), this.locale),
  );
  readonly monthLoading = this.monthPage.isLoading;
  readonly monthError = computed(() => {
    const error = this.monthPage.error();
    return error ? genericFailureMessage(toApiFailure(error)) : null;
  });
  readonly loading = this.list.loading;
  readonly loadError = computed(() => {
    const error = this.list.error();
    return error ? genericFailureMessage(toApiFailure(error)) : null;
  });
  readonly hasMore = this.list.hasMore;
  readonly loadingMore = this.moreAction.state;
  readonly canManage = this.active.canManage;

  constructor() {
    reloadOnDeliveredAnswer(() => this.reload());
    refetchOn({
      bandId: this.active.id,
      types: ['rehearsal.changed', 'gig.changed', 'attendance.changed'],
      // The agenda shows my own answer only (given on another device).
      concerns: (message) => message.type !== 'attendance.changed' || message.userId === this.session.user()?.id,
      refetch: () => this.reload(),
    });
  }

  /** The month `step` months after the one shown (before, when negative); 0: this month. */
  stepMonth(step: number): void {
    this.chosenMonth.set(step === 0 ? null : shiftMonth(this.month(), step));
  }

  reload(): void {
    this.list.reload();
    if (this.view() === 'month') this.monthPage.reload();
  }

  loadMore(): Promise<boolean> {
    return this.list.loadMore();
  }
}

/** Consecutive items of the same month (on the band's clock) under one heading, in the list's order. */
export function byMonth(items: readonly EventSummary[], timeZone: string, locale: string): AgendaMonth[] {
  const months: { key: string; heading: string; items: EventSummary[] }[] = [];
  for (const item of items) {
    const start = DateTime.fromISO(item.startsAt, { zone: timeZone, locale });
    const key = start.toFormat('yyyy-MM');
    const last = months.at(-1);
    if (last?.key === key) last.items.push(item);
    else months.push({ key, heading: start.toFormat('LLLL yyyy'), items: [item] });
  }
  return months;
}
