import { inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

import { AnsweredResponse, AttendanceStatus, EventType } from '../core/api/api-types';
import { Outbox } from '../core/offline/outbox';
import { OutboxKind } from '../core/offline/outbox-kind';
import { attendanceUrl } from './schedule-api';

export interface AttendanceAnswer {
  readonly type: EventType;
  readonly eventId: string;
  /** The answer wanted (never a toggle, see ADR 0021). */
  readonly status: AttendanceStatus;
  /** For the refusal sentence: the gig's title, or the rehearsal's date. */
  readonly label: string;
}

/** An answer to a rehearsal or a gig, kept while offline and sent when the network returns. */
export const ATTENDANCE_ANSWER: OutboxKind<AttendanceAnswer, AnsweredResponse> = {
  name: 'attendance-answer',
  target: (answer) => `${answer.type}/${answer.eventId}`,
  send: (answer, http) =>
    http.put<AnsweredResponse>(attendanceUrl(answer.type, answer.eventId), { status: answer.status }),
  refusal: (answer) =>
    $localize`:@@schedule.answerRefused:Votre réponse pour « ${answer.label}:label: » n'a pas été enregistrée.`,
};

/**
 * Reads a list again once an answer is delivered: the server's answer is the one to show now. Called
 * in an injection context (a store's constructor).
 */
export function reloadOnDeliveredAnswer(reload: () => void): void {
  inject(Outbox)
    .delivered.pipe(takeUntilDestroyed())
    .subscribe((delivery) => {
      if (delivery.kind === ATTENDANCE_ANSWER.name) reload();
    });
}
