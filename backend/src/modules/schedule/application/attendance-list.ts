import type { AttendanceStatus } from '../domain/attendance.js';
import type { AnswerView } from './ports/attendance.repository.js';
import type { BandMember } from './ports/band-directory.js';

/** A member of the band and their answer, or nulls while they have not answered. */
export interface AttendeeView {
  userId: string;
  displayName: string;
  status: AttendanceStatus | null;
  comment: string | null;
  answeredAt: string | null;
}

/** Every current member of the band, answered or not, in the band's member order. */
export function attendanceList(members: readonly BandMember[], answers: readonly AnswerView[]): AttendeeView[] {
  const byUser = new Map(answers.map((answer) => [answer.userId, answer]));
  return members.map(({ userId, displayName }) => {
    const answer = byUser.get(userId);
    return {
      userId,
      displayName,
      status: answer?.status ?? null,
      comment: answer?.comment ?? null,
      answeredAt: answer?.answeredAt ?? null,
    };
  });
}
