import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { isoTimestamp } from '../../../../../shared/adapters/postgres-timestamp.js';
import { PreparedStatements, preparedStatementFamily } from '../../../../../shared/adapters/prepared-statements.js';
import type {
  ActivityPosition,
  ActivityRepository,
  ActivityView,
} from '../../../application/ports/activity.repository.js';
import type { ActivityEntry, ActivityType, SubjectType } from '../../../domain/activity-entry.js';

// Names as they are today: the actor's, and a member subject's (a renamed member reads with the new one).
const COLUMNS = `a.id, a.at, a.actor_id, actor.display_name as actor_name, a.type, a.subject_type, a.subject_id,
  coalesce(a.subject_title, subject.display_name) as subject_title, a.subject_starts_at, a.detail, a.count
  from activity a
  left join users actor on actor.id = a.actor_id
  left join users subject on a.subject_type = 'member' and subject.id = a.subject_id`;

const pageVariant = preparedStatementFamily('activity');

/** The page's statement, from the band's newest entries or after a cursor's (activity_band_recent_index). */
const pageStatement = (after: boolean) =>
  pageVariant(
    after ? 'after' : 'first',
    `select ${COLUMNS} where a.band_id = ? ${after ? 'and (a.at, a.id) < (?, ?)' : ''}
      order by a.at desc, a.id desc limit ?`,
  );

interface ActivityRow {
  id: string;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  type: ActivityType;
  subject_type: SubjectType;
  subject_id: string;
  subject_title: string | null;
  subject_starts_at: string | null;
  detail: string | null;
  count: number | null;
}

@Injectable()
export class MikroOrmActivityRepository implements ActivityRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly statements: PreparedStatements,
  ) {}

  async record(entry: ActivityEntry): Promise<void> {
    const { subject } = entry;
    await this.em.execute(
      `insert into activity (id, band_id, at, actor_id, type, subject_type, subject_id, subject_title,
         subject_starts_at, detail, count)
       select ?, b.id, ?, (select id from users where id = ?), ?, ?, ?, ?, ?, ?, ?
         from bands b where b.id = ?`,
      [
        entry.id,
        entry.at,
        entry.actorId,
        entry.type,
        subject.type,
        subject.id,
        subject.title,
        subject.startsAt,
        entry.detail,
        entry.count,
        entry.bandId,
      ],
    );
  }

  async page(bandId: string, after: ActivityPosition | null, limit: number): Promise<ActivityView[]> {
    const params = after ? [bandId, after.at, after.id, limit] : [bandId, limit];
    const rows = await this.statements.rows<ActivityRow>(pageStatement(!!after), params);
    return rows.map((row) => ({
      id: row.id,
      at: isoTimestamp(row.at),
      actor: row.actor_id ? { id: row.actor_id, displayName: row.actor_name ?? '' } : null,
      type: row.type,
      subject: {
        type: row.subject_type,
        id: row.subject_id,
        title: row.subject_title,
        startsAt: row.subject_starts_at ? isoTimestamp(row.subject_starts_at) : null,
      },
      detail: row.detail,
      count: row.count,
    }));
  }

  async purgeBefore(before: Date): Promise<number> {
    const [row] = await this.em.execute<{ purged: number }[]>(
      `with purged as (delete from activity where at < ? returning 1) select count(*)::int as purged from purged`,
      [before],
    );
    return row!.purged;
  }
}
