import { HttpClient, httpResource } from '@angular/common/http';
import { computed, effect, inject, Signal, untracked } from '@angular/core';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { toApiFailure } from '../../core/api/api-failure';
import { EventType } from '../../core/api/api-types';
import { ActiveBand } from '../../core/band/active-band';
import { bandUrl } from '../../core/band/band-url';
import { SessionStore } from '../../core/session/session-store';
import { eventPath } from '../event-path';
import { manageAction, manageFailureMessage } from './manage-action';

interface Event {
  readonly id: string;
  readonly timeZone: string;
}

/**
 * What a gig or rehearsal form page reads and writes: the event edited (`routeId` given; none: a new
 * one), handed to `fill` once read; the band's time zone the times are typed in; the save (POST to
 * the band's gigs or rehearsals, or PATCH), then the event's page. Made in the page's injection context.
 */
export class EventEditor<T extends Event> {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly active = inject(ActiveBand);
  private readonly action = manageAction(inject(SessionStore));

  /** The event edited; null: planning a new one. */
  readonly id = computed(() => this.routeId() ?? null);
  readonly editing = computed(() => this.id() !== null);
  private readonly details = httpResource<T>(() => {
    const id = this.id();
    return id ? this.urlOf(id) : undefined;
  });

  readonly event = computed(() => {
    const event = this.details.hasValue() ? this.details.value() : null;
    return event?.id === this.id() ? event : null;
  });
  readonly loadError = computed(() => {
    const error = this.details.error();
    return error ? manageFailureMessage(toApiFailure(error)) : null;
  });
  /** The band's clock: the event's, else the active band's; null while neither is read. */
  readonly timeZone = computed(() => (this.id() ? this.event()?.timeZone : this.active.band()?.timezone) ?? null);
  readonly canManage = this.active.canManage;
  readonly saving = this.action.state;
  /** Where leaving without saving goes: the event's page, or the agenda. */
  readonly backLink = computed(() => {
    const id = this.id();
    return id ? eventPath(this.type, id) : ['/agenda'];
  });

  /** `urlOf`: one event of the `type` (GET, PATCH). */
  constructor(
    private readonly type: EventType,
    private readonly urlOf: (id: string) => string,
    private readonly routeId: Signal<string | undefined>,
    fill: (event: T) => void,
  ) {
    effect(() => {
      const event = this.event();
      if (event) untracked(() => fill(event));
    });
  }

  reload(): void {
    this.details.reload();
  }

  /**
   * A new event POSTed as `body` (its id read by `idOf` in the answer), or the one edited PATCHed with
   * `changes` alone (and `params`); then its page. Nothing more when refused (the failure is shown).
   */
  async save<A>(body: object, changes: object, idOf: (answer: A) => string, params: Record<string, string> = {}) {
    const editedId = this.id();
    const bandId = this.active.id();
    let id: string | null = null;
    await this.action.run(async () => {
      if (editedId) {
        this.details.set(await firstValueFrom(this.http.patch<T>(this.urlOf(editedId), changes, { params })));
        id = editedId;
      } else if (bandId) {
        const collection = this.type === 'gig' ? 'gigs' : 'rehearsals';
        id = idOf(await firstValueFrom(this.http.post<A>(bandUrl(bandId, collection), body)));
      }
    });
    if (id) await this.router.navigate(eventPath(this.type, id));
  }
}
