import { httpResource } from '@angular/common/http';
import { computed, inject, Injectable, LOCALE_ID } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

import { toApiFailure } from '../core/api/api-failure';
import { AttendanceStatus, Dashboard, DashboardEvent } from '../core/api/api-types';
import { genericFailureMessage } from '../core/api/failure-messages';
import { ActiveBand } from '../core/band/active-band';
import { Outbox } from '../core/offline/outbox';
import { ATTENDANCE_ANSWER } from '../schedule/attendance-answer';
import { eventWhen } from '../schedule/event-when';
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
  private readonly locale = inject(LOCALE_ID);

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

  /** My answer as shown: the one on its way, else the server's (null: not answered). */
  answerOf(event: DashboardEvent): AttendanceStatus | null {
    return this.outbox.pending(ATTENDANCE_ANSWER, `${event.type}/${event.id}`)?.status ?? event.myAttendance;
  }

  isPending(event: DashboardEvent): boolean {
    return this.outbox.isPending(ATTENDANCE_ANSWER, `${event.type}/${event.id}`);
  }

  answer(event: DashboardEvent, status: AttendanceStatus): void {
    void this.outbox.submit(ATTENDANCE_ANSWER, {
      type: event.type,
      eventId: event.id,
      status,
      label: this.labelOf(event),
    });
  }

  /** When it is, on the band's clock. */
  whenOf(event: DashboardEvent): string {
    return eventWhen(this.locale, this.dashboard()?.timeZone ?? 'UTC', event.startsAt, event.endsAt);
  }

  /** A gig's title, or « Répétition ». */
  labelOf(event: DashboardEvent): string {
    return event.title ?? $localize`:@@schedule.rehearsal:Répétition`;
  }
}
