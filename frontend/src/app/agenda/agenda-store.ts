import { computed, inject, Injectable, LOCALE_ID, signal } from '@angular/core';
import { DateTime } from 'luxon';

import { toApiFailure } from '../core/api/api-failure';
import { AgendaItem, EventType } from '../core/api/api-types';
import { genericFailureMessage } from '../core/api/failure-messages';
import { ActiveBand } from '../core/band/active-band';
import { SessionStore } from '../core/session/session-store';
import { CursorPages } from '../core/state/cursor-pages';
import { repertoireAction } from '../repertoire/repertoire-action';
import { reloadOnDeliveredAnswer } from '../schedule/attendance-answer';
import { AgendaQuery, agendaPageRequest } from '../schedule/schedule-api';

/** The dates of one month of the agenda, under its heading (« décembre 2026 »). */
export interface AgendaMonth {
  readonly key: string;
  readonly heading: string;
  readonly items: readonly AgendaItem[];
}

/**
 * The agenda: the active band's rehearsals and gigs to come (or past ones, latest first), of one
 * type or both, read page by page and grouped by month on the band's clock.
 */
@Injectable()
export class AgendaStore {
  private readonly active = inject(ActiveBand);
  private readonly locale = inject(LOCALE_ID);

  readonly when = signal<AgendaQuery['when']>('upcoming');
  readonly type = signal<EventType | null>(null);
  private readonly query = computed<AgendaQuery | undefined>(() => {
    const bandId = this.active.id();
    return bandId ? { bandId, when: this.when(), type: this.type() } : undefined;
  });
  private readonly moreAction = repertoireAction(inject(SessionStore));
  private readonly list = new CursorPages<AgendaQuery, AgendaItem>({
    query: this.query,
    request: agendaPageRequest,
    more: this.moreAction,
  });

  readonly timeZone = computed(() => this.active.band()?.timezone ?? 'UTC');
  readonly months = computed(() => byMonth(this.list.items(), this.timeZone(), this.locale));
  readonly loading = this.list.loading;
  readonly loadError = computed(() => {
    const error = this.list.error();
    return error ? genericFailureMessage(toApiFailure(error)) : null;
  });
  readonly hasMore = this.list.hasMore;
  readonly loadingMore = this.moreAction.state;
  readonly canManage = computed(() => this.active.role() === 'manager' || this.active.role() === 'admin');

  constructor() {
    reloadOnDeliveredAnswer(() => this.list.reload());
  }

  reload(): void {
    this.list.reload();
  }

  loadMore(): Promise<boolean> {
    return this.list.loadMore();
  }
}

/** Consecutive items of the same month (on the band's clock) under one heading, in the list's order. */
export function byMonth(items: readonly AgendaItem[], timeZone: string, locale: string): AgendaMonth[] {
  const months: { key: string; heading: string; items: AgendaItem[] }[] = [];
  for (const item of items) {
    const start = DateTime.fromISO(item.startsAt, { zone: timeZone, locale });
    const key = start.toFormat('yyyy-MM');
    const last = months.at(-1);
    if (last?.key === key) last.items.push(item);
    else months.push({ key, heading: start.toFormat('LLLL yyyy'), items: [item] });
  }
  return months;
}
