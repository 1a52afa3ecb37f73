import { ChangeDetectionStrategy, Component, computed, inject, input, LOCALE_ID } from '@angular/core';
import { RouterLink } from '@angular/router';

import { AttendanceStatus, EventSummary } from '../../core/api/api-types';
import { Outbox } from '../../core/offline/outbox';
import { ToggleGroup, ToggleOption } from '../../shared/ui/toggle-group';
import { ATTENDANCE_ANSWER, attendanceTarget } from '../attendance-answer';
import { eventWhen } from '../event-when';

/**
 * A rehearsal or a gig as the home screen and the agenda list it: what (a link to its page), when
 * on the band's clock, where, and my answer one tap away — through the outbox, so it shows at once,
 * waits offline and the server's answer wins.
 */
@Component({
  selector: 'bt-event-card',
  imports: [RouterLink, ToggleGroup],
  templateUrl: './event-card.html',
  styleUrl: './event-card.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventCard {
  private readonly outbox = inject(Outbox);
  private readonly locale = inject(LOCALE_ID);

  readonly event = input.required<EventSummary>();
  /** The band's IANA time zone. */
  readonly timeZone = input.required<string>();

  private readonly key = computed(() => attendanceTarget(this.event().type, this.event().id));
  /** Its page: /gigs/:id or /rehearsals/:id. */
  protected readonly link = computed(() => [this.event().type === 'gig' ? '/gigs' : '/rehearsals', this.event().id]);
  protected readonly label = computed(() => this.event().title ?? $localize`:@@schedule.rehearsal:Répétition`);
  protected readonly when = computed(() =>
    eventWhen(this.locale, this.timeZone(), this.event().startsAt, this.event().endsAt),
  );
  protected readonly cancelled = computed(() => this.event().status === 'cancelled');
  /** The answer on its way, else the server's (null: not answered). */
  protected readonly answer = computed(
    () => this.outbox.pending(ATTENDANCE_ANSWER, this.key())?.status ?? this.event().myAttendance,
  );
  protected readonly pending = computed(() => this.outbox.isPending(ATTENDANCE_ANSWER, this.key()));
  protected readonly answerLabel = $localize`:@@schedule.yourAnswer:Votre réponse`;
  protected readonly answers: readonly ToggleOption<AttendanceStatus>[] = [
    { value: 'yes', label: $localize`:@@schedule.answerYes:Présent` },
    { value: 'maybe', label: $localize`:@@schedule.answerMaybe:Peut-être` },
    { value: 'no', label: $localize`:@@schedule.answerNo:Absent` },
  ];

  protected give(status: AttendanceStatus): void {
    const { type, id } = this.event();
    void this.outbox.submit(ATTENDANCE_ANSWER, { type, eventId: id, status, label: this.label() });
  }
}
