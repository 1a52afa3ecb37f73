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
  /** Sent with the answer (null or empty removes it); left out, the answer has none. */
  readonly comment?: string | null;
  /** A rehearsal of a series: this date and every later one of the series at once. */
  readonly scope?: 'following';
  /** For the refusal sentence: the gig's title, or the rehearsal's date. */
  readonly label: string;
}

/** An answer to a rehearsal or a gig, kept while offline and sent when the network returns. */
export const ATTENDANCE_ANSWER: OutboxKind<AttendanceAnswer, AnsweredResponse> = {
  name: 'attendance-answer',
  // A whole-series answer is an action of its own: a later answer to the date alone does not call it back.
  target: (answer) => attendanceTarget(answer.type, answer.eventId, answer.scope),
  send: ({ type, eventId, status, comment, scope }, http) =>
    http.put<AnsweredResponse>(
      attendanceUrl(type, eventId),
      comment === undefined ? { status } : { status, comment: comment?.trim() || null },
      { params: scope ? { scope } : {} },
    ),
  refusal: (answer) =>
    $localize`:@@schedule.answerRefused:Votre réponse pour « ${answer.label}:label: » n'a pas été enregistrée.`,
};

/** The outbox target of an answer to this event (or to it and the following dates of its series). */
export function attendanceTarget(type: EventType, eventId: string, scope?: 'following'): string {
  return scope ? `${type}/${eventId}/${scope}` : `${type}/${eventId}`;
}

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
