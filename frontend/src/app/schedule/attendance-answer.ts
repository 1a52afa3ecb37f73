import { AnsweredResponse, AttendanceStatus, EventType } from '../core/api/api-types';
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
