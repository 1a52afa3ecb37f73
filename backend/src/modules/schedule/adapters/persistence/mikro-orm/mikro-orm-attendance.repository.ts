import { Injectable } from '@nestjs/common';
import { PreparedStatements, preparedStatementFamily } from '../../../../../shared/adapters/prepared-statements.js';
import { isoTimestamp } from '../../../../../shared/adapters/postgres-timestamp.js';
import { newId } from '../../../../../shared/application/ids.js';
import type { AnswerView, AttendanceRepository } from '../../../application/ports/attendance.repository.js';
import type { AttendanceAnswer, AttendanceStatus, EventType } from '../../../domain/attendance.js';

const COLUMN: Record<EventType, string> = { rehearsal: 'rehearsal_id', gig: 'gig_id' };

// One answer a row per event, written or replaced in one statement whatever the number of events. The
// ids travel as one comma-separated text, the same inside a unit of work and outside. The last
// parameter says whether a replaced answer keeps its comment (none given).
const answerVariant = preparedStatementFamily('answer-attendance');
const answer = (type: EventType) =>
  answerVariant(
    type,
    `
insert into attendance (id, ${COLUMN[type]}, user_id, status, comment, answered_at)
select ids.id::uuid, ids.event_id::uuid, ?, ?, ?, ?
  from unnest(string_to_array(?, ','), string_to_array(?, ',')) as ids(id, event_id)
on conflict (${COLUMN[type]}, user_id) do update
  set status = excluded.status,
      comment = case when ?::boolean then attendance.comment else excluded.comment end,
      answered_at = excluded.answered_at`,
  );

const answersVariant = preparedStatementFamily('attendance-answers');
const answersTo = (type: EventType) =>
  answersVariant(
    type,
    `select user_id, status, comment, answered_at from attendance where ${COLUMN[type]} = ? order by answered_at, user_id`,
  );

/** The band of `a`'s event (`e.band_id`) meets the condition. */
const eventBand = (condition: string) =>
  `exists (select 1 from (select band_id from rehearsals where id = a.rehearsal_id
                          union all select band_id from gigs where id = a.gig_id) e where ${condition})`;
const notAMember = 'not exists (select 1 from memberships m where m.band_id = e.band_id and m.user_id = a.user_id)';

const deleteAllOfVariant = preparedStatementFamily('delete-attendance-of');
const deleteAllOf = (inBand: boolean) =>
  deleteAllOfVariant(
    inBand ? 'band' : 'every-band',
    inBand
      ? `delete from attendance a where a.user_id = ? and ${eventBand('e.band_id = ?')}`
      : `delete from attendance a where a.user_id = ?`,
  );

const DELETE_ALL_OF_FORMER_MEMBERS = preparedStatementFamily('delete-attendance-of-former-members')(
  'all',
  `with released as (delete from attendance a where ${eventBand(notAMember)} returning 1)
   select count(*)::int as released from released`,
);

interface AnswerRow {
  user_id: string;
  status: AttendanceStatus;
  comment: string | null;
  /** PostgreSQL's text (see isoTimestamp). */
  answered_at: string;
}

@Injectable()
export class MikroOrmAttendanceRepository implements AttendanceRepository {
  constructor(private readonly statements: PreparedStatements) {}

  async answer(
    type: EventType,
    eventIds: readonly string[],
    userId: string,
    { status, comment }: AttendanceAnswer,
    at: Date,
  ): Promise<void> {
    if (eventIds.length === 0) return;
    const ids = eventIds.map(() => newId()).join(',');
    const keepsComment = comment === undefined;
    await this.statements.rows(answer(type), [
      userId,
      status,
      comment ?? null,
      at,
      ids,
      eventIds.join(','),
      keepsComment,
    ]);
  }

  async answersTo(type: EventType, eventId: string): Promise<AnswerView[]> {
    const rows = await this.statements.rows<AnswerRow>(answersTo(type), [eventId]);
    return rows.map((row) => ({
      userId: row.user_id,
      status: row.status,
      comment: row.comment,
      answeredAt: isoTimestamp(row.answered_at),
    }));
  }

  async deleteAllOf(userId: string, bandId: string | null): Promise<void> {
    await this.statements.rows(deleteAllOf(bandId !== null), bandId ? [userId, bandId] : [userId]);
  }

  async deleteAllOfFormerMembers(): Promise<number> {
    const [row] = await this.statements.rows<{ released: number }>(DELETE_ALL_OF_FORMER_MEMBERS, []);
    return row!.released;
  }
}
