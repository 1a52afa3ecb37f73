import { Injectable } from '@nestjs/common';
import { PreparedStatements, preparedStatement } from '../../../../../shared/adapters/prepared-statements.js';
import type { PlannerReader, UpcomingGig } from '../../../application/ports/planner.reader.js';

// The band's past rehearsals read from rehearsals_band_starts_index; a band rehearses a few hundred
// times in years, so their plans are unnested in the statement.
const LAST_REHEARSED = preparedStatement(
  'planner-last-rehearsed',
  `select song.id as song_id, max(r.starts_at) as at
     from rehearsals r, unnest(r.song_ids) as song(id)
    where r.band_id = ? and r.starts_at < ? and r.status <> 'cancelled'
    group by song.id`,
);

const NEXT_GIG = preparedStatement(
  'planner-next-gig',
  `select id, title, starts_at from gigs
    where band_id = ? and starts_at > ? and status <> 'cancelled'
    order by starts_at, id limit 1`,
);

@Injectable()
export class MikroOrmPlannerReader implements PlannerReader {
  constructor(private readonly statements: PreparedStatements) {}

  async lastRehearsed(bandId: string, before: Date): Promise<Map<string, Date>> {
    const rows = await this.statements.rows<{ song_id: string; at: string }>(LAST_REHEARSED, [bandId, before]);
    return new Map(rows.map((row) => [row.song_id, new Date(row.at)]));
  }

  async nextGig(bandId: string, after: Date): Promise<UpcomingGig | null> {
    const [row] = await this.statements.rows<{ id: string; title: string; starts_at: string }>(NEXT_GIG, [
      bandId,
      after,
    ]);
    return row ? { id: row.id, title: row.title, startsAt: new Date(row.starts_at) } : null;
  }
}
