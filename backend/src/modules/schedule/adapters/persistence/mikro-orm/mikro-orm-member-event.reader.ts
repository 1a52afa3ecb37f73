import { Injectable } from '@nestjs/common';
import { PreparedStatements, preparedStatement } from '../../../../../shared/adapters/prepared-statements.js';
import type { MemberEventReader, MemberEventView } from '../../../application/ports/member-event.reader.js';
import { eventEndSql } from './event-end-sql.js';

// Both kinds in one statement, each read from its (band_id, starts_at) index, the member's own answer
// from the attendance unique keys. The band ids travel as one comma-separated text.
const EVENTS = preparedStatement(
  'member-events',
  `select 'gig' as type, g.id, g.band_id, g.title, g.starts_at, g.ends_at, g.location, g.address, g.status, g.notes,
          (select a.status from attendance a where a.gig_id = g.id and a.user_id = ?) as my_answer
     from gigs g
    where g.band_id = any(string_to_array(?, ',')::uuid[]) and ${eventEndSql('g')} >= ?
   union all
   select 'rehearsal', r.id, r.band_id, null, r.starts_at, r.ends_at, r.location, null, r.status, r.notes,
          (select a.status from attendance a where a.rehearsal_id = r.id and a.user_id = ?)
     from rehearsals r
    where r.band_id = any(string_to_array(?, ',')::uuid[]) and ${eventEndSql('r')} >= ?
   order by starts_at, id`,
);

@Injectable()
export class MikroOrmMemberEventReader implements MemberEventReader {
  constructor(private readonly statements: PreparedStatements) {}

  async eventsOf(userId: string, bandIds: readonly string[], since: Date): Promise<MemberEventView[]> {
    if (bandIds.length === 0) return [];
    const bands = bandIds.join(',');
    const rows = await this.statements.rows<EventRow>(EVENTS, [userId, bands, since, userId, bands, since]);
    return rows.map((row) => ({
      id: row.id,
      type: row.type,
      bandId: row.band_id,
      title: row.title,
      startsAt: new Date(row.starts_at),
      endsAt: row.ends_at === null ? null : new Date(row.ends_at),
      location: row.location,
      address: row.address,
      status: row.status,
      notes: row.notes,
      myAnswer: row.my_answer,
    }));
  }
}

interface EventRow {
  type: MemberEventView['type'];
  id: string;
  band_id: string;
  title: string | null;
  starts_at: string;
  ends_at: string | null;
  location: string | null;
  address: string | null;
  status: MemberEventView['status'];
  notes: string | null;
  my_answer: MemberEventView['myAnswer'];
}
