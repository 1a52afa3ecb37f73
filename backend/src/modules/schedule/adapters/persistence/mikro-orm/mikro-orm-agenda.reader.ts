import { Injectable } from '@nestjs/common';
import { isoTimestamp } from '../../../../../shared/adapters/postgres-timestamp.js';
import { PreparedStatements, preparedStatementFamily } from '../../../../../shared/adapters/prepared-statements.js';
import type { AgendaReader, AgendaRequest } from '../../../application/ports/agenda.reader.js';
import type { EventSummaryView } from '../../../application/event-summary-view.js';
import type { AttendanceStatus, EventType } from '../../../domain/attendance.js';
import { eventEndSql } from './event-end-sql.js';

const BRANCH: Record<EventType, { table: string; column: string; title: string }> = {
  rehearsal: { table: 'rehearsals', column: 'rehearsal_id', title: 'null::varchar' },
  gig: { table: 'gigs', column: 'gig_id', title: 'e.title' },
};

interface Row {
  id: string;
  type: EventType;
  title: string | null;
  /** PostgreSQL's text (see isoTimestamp). */
  starts_at: string;
  ends_at: string | null;
  location: string | null;
  status: EventSummaryView['status'];
  my_attendance: AttendanceStatus | null;
}

const pageVariant = preparedStatementFamily('agenda-page');

/**
 * One statement a page: each kind of event read in the list's order through its (band_id, starts_at,
 * id) index, at most a page of each, the viewer's answer joined on the unique (event, user) index, then
 * the two merged and cut to the page. The keyset compares rows, so a page starts inside the index.
 */
function pageStatement({ bandId, viewerId, type, when, now, from, to, after, limit }: AgendaRequest) {
  const direction = when === 'past' ? 'desc' : 'asc';
  const params: unknown[] = [];
  const branches = (type ? [type] : (['rehearsal', 'gig'] as const)).map((kind) => {
    const { table, column, title } = BRANCH[kind];
    const conditions: string[] = [];
    const where = (condition: string, ...values: unknown[]) => {
      conditions.push(condition);
      params.push(...values);
    };
    params.push(viewerId);
    where('e.band_id = ?', bandId);
    if (when !== 'all') where(`${eventEndSql('e')} ${when === 'past' ? '<' : '>='} ?`, now);
    if (from) where('e.starts_at >= ?', from);
    if (to) where('e.starts_at < ?', to);
    if (after) where(`(e.starts_at, e.id) ${direction === 'asc' ? '>' : '<'} (?, ?)`, after.startsAt, after.id);
    params.push(limit);
    return `(select e.id, '${kind}' as type, ${title} as title, e.starts_at, e.ends_at, e.location, e.status,
          a.status as my_attendance
     from ${table} e left join attendance a on a.${column} = e.id and a.user_id = ?
    where ${conditions.join(' and ')}
    order by e.starts_at ${direction}, e.id ${direction} limit ?)`;
  });
  params.push(limit);
  const key = [type ?? 'both', when, from ? 'from' : '', to ? 'to' : '', after ? 'after' : ''].join(',');
  const text = `select * from (${branches.join('\nunion all\n')}) agenda\norder by starts_at ${direction}, id ${direction} limit ?`;
  return { statement: pageVariant(key, text), params };
}

@Injectable()
export class MikroOrmAgendaReader implements AgendaReader {
  constructor(private readonly statements: PreparedStatements) {}

  async page(request: AgendaRequest): Promise<EventSummaryView[]> {
    const { statement, params } = pageStatement(request);
    const rows = await this.statements.rows<Row>(statement, params);
    return rows.map((row) => ({
      id: row.id,
      type: row.type,
      title: row.title,
      startsAt: isoTimestamp(row.starts_at),
      endsAt: row.ends_at === null ? null : isoTimestamp(row.ends_at),
      location: row.location,
      status: row.status,
      myAttendance: row.my_attendance,
    }));
  }
}
