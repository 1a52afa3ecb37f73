import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type {
  SongListRequest,
  SongReader,
  SongSort,
  SongSummaryView,
  SongView,
} from '../../../application/ports/song.reader.js';
import { PreparedStatements, preparedStatementFamily } from '../../../../../shared/adapters/prepared-statements.js';
import { SongLinks } from '../../../domain/song-links.js';
import { containsPattern, SEARCH_CONDITION } from './search-pattern.js';

// The band's figures for a song: average to one decimal, and how many rated it. Notes are never read
// here; the viewer's own note is the only one any query selects.
const BAND_FIGURES = `left join lateral (
    select round(avg(a.level), 1)::float8 as band_average_level, count(*)::int as rated_by
      from member_progress a where a.song_id = s.id
  ) band on true`;

// Not rated sorts before every level (0 is the lowest).
const NOT_RATED = -1;
const TITLE = `s.search_text collate "C", s.id`;
const byLevel = (level: string) => ({
  level: true,
  keyset: `(coalesce(${level}, ${NOT_RATED}), ${TITLE}) > (?, ?, ?)`,
  by: `coalesce(${level}, ${NOT_RATED}), ${TITLE}`,
});

// The title order reads songs_band_status_title_index (or songs_band_title_index without a status) from
// the cursor on, in O(page). The level orders compute each song's figures first, so they read the band's
// songs of that status (a repertoire: hundreds, not the suggestions' hundred thousands), each through
// member_progress's primary key.
const ORDER = {
  title: { level: false, keyset: `(${TITLE}) > (?, ?)`, by: TITLE },
  myLevel: byLevel('mine.level'),
  bandAverage: byLevel('band.band_average_level'),
};

const listVariant = preparedStatementFamily('songs');

/** A page's statement, one per sort, with or without status, search and cursor. */
function songListStatement(sort: SongSort, status: boolean, search: boolean, after: boolean) {
  const where = [
    's.band_id = ?',
    ...(status ? ['s.mastered = ?'] : []),
    ...(search ? [SEARCH_CONDITION] : []),
    ...(after ? [ORDER[sort].keyset] : []),
  ];
  const parts = [sort, ...(status ? ['status'] : []), ...(search ? ['search'] : []), ...(after ? ['after'] : [])];
  return listVariant(
    parts.join('-'),
    `select s.id, s.title, s.artist, s.links, s.mastered, mine.level as my_level,
            band.band_average_level, band.rated_by
       from songs s
       left join member_progress mine on mine.song_id = s.id and mine.user_id = ?
       ${BAND_FIGURES}
      where ${where.join(' and ')}
      order by ${ORDER[sort].by}
      limit ?`,
  );
}

interface SummaryRow {
  id: string;
  title: string;
  artist: string | null;
  links: string[];
  mastered: boolean;
  my_level: number | null;
  band_average_level: number | null;
  rated_by: number;
}

interface SongRow extends SummaryRow {
  band_id: string;
  version_of: string | null;
  key: string | null;
  bpm: number | null;
  duration_sec: number | null;
  votes_at_promotion: number | null;
  created_at: Date;
  my_note: string | null;
  levels: number[];
}

@Injectable()
export class MikroOrmSongReader implements SongReader {
  constructor(
    private readonly em: EntityManager,
    private readonly statements: PreparedStatements,
  ) {}

  async list({ bandId, viewerId, status, search, sort, after, limit }: SongListRequest): Promise<SongSummaryView[]> {
    const params: unknown[] = [viewerId, bandId];
    if (status) params.push(status === 'mastered');
    if (search) params.push(containsPattern(search));
    if (after) params.push(...(ORDER[sort].level ? [after.level ?? NOT_RATED] : []), after.title, after.id);
    const rows = await this.statements.rows<SummaryRow>(songListStatement(sort, !!status, !!search, !!after), [
      ...params,
      limit,
    ]);
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      artist: row.artist,
      links: row.links,
      players: SongLinks.restore(row.links).players(),
      mastered: row.mastered,
      myLevel: row.my_level,
      bandAverageLevel: row.band_average_level,
      ratedBy: row.rated_by,
    }));
  }

  async findById(id: string, viewerId: string): Promise<SongView | null> {
    const [row] = await this.em.execute<SongRow[]>(
      `select s.id, s.band_id, s.title, s.artist, s.version_of, s.links, s.key, s.bpm, s.duration_sec,
              s.mastered, s.votes_at_promotion, s.created_at, mine.level as my_level, mine.note as my_note,
              array(select o.level from member_progress o
                     where o.song_id = s.id and o.user_id <> ? order by o.level) as levels,
              band.band_average_level, band.rated_by
         from songs s
         left join member_progress mine on mine.song_id = s.id and mine.user_id = ?
         ${BAND_FIGURES}
        where s.id = ?`,
      [viewerId, viewerId, id],
    );
    if (!row) return null;
    return {
      id: row.id,
      bandId: row.band_id,
      title: row.title,
      artist: row.artist,
      versionOf: row.version_of,
      links: row.links,
      key: row.key,
      bpm: row.bpm,
      durationSec: row.duration_sec,
      mastered: row.mastered,
      votesAtPromotion: row.votes_at_promotion,
      createdAt: new Date(row.created_at),
      myProgress: row.my_level === null ? null : { level: row.my_level, note: row.my_note },
      levels: row.levels,
      bandAverageLevel: row.band_average_level,
      ratedBy: row.rated_by,
    };
  }
}
