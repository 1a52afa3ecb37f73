import { httpResource } from '@angular/common/http';
import { computed, inject, Injectable } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

import { toApiFailure } from '../core/api/api-failure';
import { Dashboard } from '../core/api/api-types';
import { genericFailureMessage } from '../core/api/failure-messages';
import { ActiveBand } from '../core/band/active-band';
import { Outbox } from '../core/offline/outbox';
import { ATTENDANCE_ANSWER } from '../schedule/attendance-answer';
import { dashboardUrl } from '../schedule/schedule-api';

/**
 * The home screen of the active band: what comes next and my answer to it one tap away (through the
 * outbox: shown at once, kept offline, the server's answer wins), the dates I have not answered, the
 * most voted suggestions and the songs I know least.
 */
@Injectable()
export class DashboardStore {
  private readonly active = inject(ActiveBand);
  private readonly outbox = inject(Outbox);

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
    // The answer changes what the screen lists (the dates still to answer): read it again.
    this.outbox.delivered.pipe(takeUntilDestroyed()).subscribe((delivery) => {
      if (delivery.kind === ATTENDANCE_ANSWER.name) this.resource.reload();
    });
  }

  reload(): void {
    this.resource.reload();
  }
}
