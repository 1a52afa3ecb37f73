import { Injectable } from '@nestjs/common';
import type {
  BandSongView,
  SongListRequest,
  SongPosition,
  SongReader,
  SongSummaryView,
  SongView,
} from '../../../application/ports/song.reader.js';
import {
  PreparedStatements,
  preparedStatement,
  preparedStatementFamily,
} from '../../../../../shared/adapters/prepared-statements.js';
import { SongLinks } from '../../../domain/song-links.js';
import { containsPattern, SEARCH_CONDITION } from './search-pattern.js';

// The band's figures are columns of `songs`, kept by member_progress's trigger (ADR 0033). Notes are
// never read here; the viewer's own note is the only one any statement selects.
const AVERAGE = `round(s.level_sum::numeric / nullif(s.rated_by, 0), 1)`;
const SUMMARY_COLUMNS = `s.id, s.title, s.artist, s.key, s.bpm, s.duration_sec, s.links, s.mastered, ${AVERAGE}::float8 as band_average_level, s.rated_by`;

// Not rated sorts before every level (0 is the lowest); ties by title, then id.
const NOT_RATED = -1;
const TITLE = `s.search_text collate "C", s.id`;
// songs_band_average_index's expression (song.schema.ts), so that the order reads the index.
const AVERAGE_KEY = `coalesce(${AVERAGE}, ${NOT_RATED})`;

/** A statement and its parameters, built side by side so that each `?` meets its value. */
class Sql {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];

  add(text: string, ...params: unknown[]): this {
    this.parts.push(text);
    this.params.push(...params);
    return this;
  }
}

const listVariant = preparedStatementFamily('songs');

/**
 * Every order reads an index from the cursor on, in O(page): the title order
 * songs_band_status_title_index (songs_band_title_index without a status), the band's average
 * songs_band_status_average_index (songs_band_average_index). My level reads the songs I have not
 * rated in title order, then my levels through member_progress_user_level_index, level by level.
 */
@Injectable()
export class MikroOrmSongReader implements SongReader {
  constructor(private readonly statements: PreparedStatements) {}

  async list(request: SongListRequest): Promise<SongSummaryView[]> {
    const { key, sql } = listStatement(request);
    const rows = await this.statements.rows<SummaryRow>(listVariant(key, sql.parts.join('\n')), sql.params);
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      artist: row.artist,
      key: row.key,
      bpm: row.bpm,
      durationSec: row.duration_sec,
      links: row.links,
      players: SongLinks.restore(row.links).players(),
      mastered: row.mastered,
      myLevel: row.my_level,
      bandAverageLevel: row.band_average_level,
      ratedBy: row.rated_by,
    }));
  }

  async findById(id: string, viewerId: string): Promise<SongView | null> {
    const [row] = await this.statements.rows<SongRow>(SONG, [viewerId, viewerId, id]);
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

  async bandSongs(bandId: string, ids: readonly string[] | null): Promise<BandSongView[]> {
    if (ids?.length === 0) return [];
    // The ids travel as one comma-separated text, the same inside a unit of work and outside.
    const rows = await this.statements.rows<BandSongRow>(
      ids ? BAND_SONGS : ALL_BAND_SONGS,
      ids ? [bandId, ids.join(',')] : [bandId],
    );
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      artist: row.artist,
      key: row.key,
      bpm: row.bpm,
      durationSec: row.duration_sec,
      mastered: row.mastered,
      bandAverageLevel: row.band_average_level,
    }));
  }
}

const ALL_BAND_SONGS = preparedStatement(
  'all-band-songs',
  `select s.id, s.title, s.artist, s.key, s.bpm, s.duration_sec, s.mastered, ${AVERAGE}::float8 as band_average_level
     from songs s
    where s.band_id = ?
    order by ${TITLE}`,
);

const BAND_SONGS = preparedStatement(
  'band-songs',
  `select s.id, s.title, s.artist, s.key, s.bpm, s.duration_sec, s.mastered, ${AVERAGE}::float8 as band_average_level
     from songs s
    where s.band_id = ? and s.id = any(string_to_array(?, ',')::uuid[])
    order by ${TITLE}`,
);

const SONG = preparedStatement(
  'song',
  `select ${SUMMARY_COLUMNS}, s.band_id, s.version_of, s.votes_at_promotion,
          s.created_at, mine.level as my_level, mine.note as my_note,
          array(select o.level from member_progress o
                 where o.song_id = s.id and o.user_id <> ? order by o.level) as levels
     from songs s
     left join member_progress mine on mine.song_id = s.id and mine.user_id = ?
    where s.id = ?`,
);

/** The page's statement; its key names the parts that shape the text (never the values). */
function listStatement(request: SongListRequest): { key: string; sql: Sql } {
  const { sort, status, search, after } = request;
  const shape = [...(status ? ['status'] : []), ...(search ? ['search'] : [])];
  if (sort !== 'myLevel') {
    const by = sort === 'title' ? TITLE : `${AVERAGE_KEY}, ${TITLE}`;
    const sql = new Sql().add(
      `select ${SUMMARY_COLUMNS}, mine.level as my_level from songs s
         left join member_progress mine on mine.song_id = s.id and mine.user_id = ?`,
      request.viewerId,
    );
    bandSongs(sql, request);
    if (after && sort === 'title') sql.add(`and (${TITLE}) > (?, ?)`, after.title, after.id);
    if (after && sort === 'bandAverage')
      sql.add(`and (${by}) > (?, ?, ?)`, after.level ?? NOT_RATED, after.title, after.id);
    sql.add(`order by ${by} limit ?`, request.limit);
    return { key: [sort, ...shape, ...(after ? ['after'] : [])].join('-'), sql };
  }
  // My level: the songs I have not rated come first, by title; then mine, by level and title. A cursor
  // among my levels skips the first part.
  const sql = new Sql();
  const rated = after?.level != null;
  if (!rated) {
    sql.add(`(select ${SUMMARY_COLUMNS}, null::smallint as my_level, s.search_text from songs s`);
    bandSongs(sql, request);
    sql.add(
      `and not exists (select 1 from member_progress m where m.song_id = s.id and m.user_id = ?)`,
      request.viewerId,
    );
    if (after) sql.add(`and (${TITLE}) > (?, ?)`, after.title, after.id);
    sql.add(`order by ${TITLE} limit ?)`, request.limit).add('union all');
  }
  sql.add(
    `(select ${SUMMARY_COLUMNS}, mine.level as my_level, s.search_text
        from member_progress mine join songs s on s.id = mine.song_id and mine.user_id = ?`,
    request.viewerId,
  );
  bandSongs(sql, request);
  if (rated) ratedAfter(sql, after);
  sql.add(`order by mine.level, ${TITLE} limit ?)`, request.limit);
  sql.parts.unshift('select * from (');
  sql.add(`) s order by coalesce(s.my_level, ${NOT_RATED}), ${TITLE} limit ?`, request.limit);
  const key = ['myLevel', ...shape, ...(after ? [rated ? 'after-rated' : 'after-not-rated'] : [])].join('-');
  return { key, sql };
}

/** The band's songs, of a status, matching the search. */
function bandSongs(sql: Sql, { bandId, status, search }: SongListRequest): void {
  sql.add('where s.band_id = ?', bandId);
  if (status) sql.add('and s.mastered = ?', status === 'mastered');
  if (search) sql.add(`and ${SEARCH_CONDITION}`, containsPattern(search));
}

/** After a song I rated: the level bound first, so that the index is read from it on. */
function ratedAfter(sql: Sql, after: SongPosition): void {
  sql.add(
    `and mine.level >= ? and (mine.level, ${TITLE}) > (?, ?, ?)`,
    after.level,
    after.level,
    after.title,
    after.id,
  );
}

interface SummaryRow {
  id: string;
  title: string;
  artist: string | null;
  key: string | null;
  bpm: number | null;
  duration_sec: number | null;
  links: string[];
  mastered: boolean;
  my_level: number | null;
  band_average_level: number | null;
  rated_by: number;
}

interface SongRow extends SummaryRow {
  band_id: string;
  version_of: string | null;
  votes_at_promotion: number | null;
  /** PostgreSQL's text, as the pool hands timestamps over (see isoTimestamp). */
  created_at: string;
  my_note: string | null;
  levels: number[];
}

interface BandSongRow {
  id: string;
  title: string;
  artist: string | null;
  key: string | null;
  bpm: number | null;
  duration_sec: number | null;
  mastered: boolean;
  band_average_level: number | null;
}
