import { computed, inject, Injectable, LOCALE_ID, signal } from '@angular/core';

import { toApiFailure } from '../core/api/api-failure';
import { Activity } from '../core/api/api-types';
import { genericFailureMessage } from '../core/api/failure-messages';
import { ActiveBand } from '../core/band/active-band';
import { askSessionWhenStale } from '../core/band/stale-rights';
import { SessionStore } from '../core/session/session-store';
import { Action } from '../core/state/action-state';
import { CursorPages } from '../core/state/cursor-pages';
import { eventWhen } from '../schedule/event-when';
import { activityPageRequest } from './activity-api';
import { activityText, timeAgo } from './activity-text';

/** A line of the log as the screen shows it. */
export interface ActivityLine {
  readonly id: string;
  readonly at: string;
  /** The actor's name today; « Un ancien membre » once their account is gone. */
  readonly actor: string;
  readonly text: string;
  /** « il y a 5 minutes », up to a week; null after. */
  readonly ago: string | null;
  /** « jeudi 3 décembre, 20:00 » on the band's clock. */
  readonly when: string;
}

/** The active band's activity log, newest first, read page by page (« Voir plus »). */
@Injectable()
export class ActivityStore {
  private readonly active = inject(ActiveBand);
  private readonly locale = inject(LOCALE_ID);
  private readonly timeZone = computed(() => this.active.band()?.timezone ?? 'UTC');
  /** The moment the times are said from: the page's opening, and each reload. */
  private readonly now = signal(new Date());

  private readonly moreAction = new Action<{ readonly message: string }>({
    describe: (failure) => ({ message: genericFailureMessage(failure) }),
    onFailure: askSessionWhenStale(inject(SessionStore)),
  });
  private readonly list = new CursorPages<string, Activity>({
    query: () => this.active.id() ?? undefined,
    request: activityPageRequest,
    more: this.moreAction,
  });

  readonly lines = computed<readonly ActivityLine[]>(() =>
    this.list.items().map((item) => ({
      id: item.id,
      at: item.at,
      actor: item.actor?.displayName ?? $localize`:@@activity.formerMember:Un ancien membre`,
      text: activityText(item, this.locale, this.timeZone()),
      ago: timeAgo(item.at, this.now(), this.locale),
      when: eventWhen(this.locale, this.timeZone(), item.at, null),
    })),
  );
  readonly loading = this.list.loading;
  readonly loadError = computed(() => {
    const error = this.list.error();
    return error ? genericFailureMessage(toApiFailure(error)) : null;
  });
  readonly hasMore = this.list.hasMore;
  readonly loadingMore = this.moreAction.state;

  reload(): void {
    this.now.set(new Date());
    this.list.reload();
  }

  loadMore(): Promise<boolean> {
    return this.list.loadMore();
  }
}
