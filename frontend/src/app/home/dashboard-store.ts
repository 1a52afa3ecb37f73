import { httpResource } from '@angular/common/http';
import { computed, inject, Injectable } from '@angular/core';

import { toApiFailure } from '../core/api/api-failure';
import { Dashboard } from '../core/api/api-types';
import { genericFailureMessage } from '../core/api/failure-messages';
import { ActiveBand } from '../core/band/active-band';
import { refetchOn } from '../core/live/refetch-on';
import { SessionStore } from '../core/session/session-store';
import { reloadOnDeliveredAnswer } from '../schedule/attendance-answer';
import { dashboardUrl } from '../schedule/schedule-api';

/**
 * The home screen of the active band: what comes next and my answer to it one tap away (through the
 * outbox: shown at once, kept offline, the server's answer wins), the dates I have not answered, the
 * most voted suggestions and the songs I know least.
 */
@Injectable()
export class DashboardStore {
  private readonly active = inject(ActiveBand);
  private readonly session = inject(SessionStore);

  private readonly resource = httpResource<Dashboard>(() => {
    const bandId = this.active.id();
    return bandId ? dashboardUrl(bandId) : undefined;
  });

  readonly dashboard = computed(() => (this.resource.hasValue() ? this.resource.value() : null));
  readonly loading = this.resource.isLoading;
  readonly loadError = computed(() => {
    const error = this.resource.error();
    return error ? genericFailureMessage(toApiFailure(error)) : null;
  });

  constructor() {
    // The answer changes what the screen lists (the dates still to answer).
    reloadOnDeliveredAnswer(() => this.resource.reload());
    refetchOn({
      bandId: this.active.id,
      types: [
        'rehearsal.changed',
        'gig.changed',
        'attendance.changed',
        'suggestion.created',
        'suggestion.deleted',
        'vote.changed',
        'song.created',
        'song.deleted',
        'progress.changed',
      ],
      // The dates still to answer are mine; the songs I know least, by my own level.
      concerns: (message) => message.type !== 'attendance.changed' || message.userId === this.session.user()?.id,
      refetch: () => this.reload(),
    });
  }

  reload(): void {
    this.resource.reload();
  }
}
