import { Injectable } from '@nestjs/common';
import type {
  SuggestionListRequest,
  SuggestionReader,
  SuggestionSort,
  SuggestionView,
} from '../../../application/ports/suggestion.reader.js';
import { isoTimestamp } from '../../../../../shared/adapters/postgres-timestamp.js';
import {
  PreparedStatements,
  preparedStatement,
  preparedStatementFamily,
} from '../../../../../shared/adapters/prepared-statements.js';
import { SongLinks } from '../../../domain/song-links.js';
import { containsPattern, SEARCH_CONDITION } from './search-pattern.js';

const COLUMNS = `
  s.id, s.title, s.artist, s.version_of, s.links, s.comment, s.created_by, u.display_name,
  s.created_at, s.vote_count,
  exists (select 1 from votes v where v.suggestion_id = s.id and v.user_id = ?) as voted_by_me
  from suggestions s left join users u on u.id = s.created_by`;

// Each ORDER BY matches an index (suggestions_band_votes_index, suggestions_band_recent_index), and the
// keyset compares the same columns as a row, so a page starts where the last one ended in O(page).
const ORDER = {
  votes: {
    keyset: '(s.vote_count, s.created_at, s.id) < (?, ?, ?)',
    by: 's.vote_count desc, s.created_at desc, s.id desc',
  },
  recent: { keyset: '(s.created_at, s.id) < (?, ?)', by: 's.created_at desc, s.id desc' },
};

const listVariant = preparedStatementFamily('suggestions');

/** A page's statement, one per sort, with or without search and cursor (`npm run bench`'s reference sends it too). */
export function suggestionListStatement(sort: SuggestionSort, search: boolean, after: boolean) {
  const where = ['s.band_id = ?', ...(search ? [SEARCH_CONDITION] : []), ...(after ? [ORDER[sort].keyset] : [])];
  return listVariant(
    [sort, ...(search ? ['search'] : []), ...(after ? ['after'] : [])].join('-'),
    `select ${COLUMNS} where ${where.join(' and ')} order by ${ORDER[sort].by} limit ?`,
  );
}

const SUGGESTION = preparedStatement('suggestion', `select ${COLUMNS} where s.id = ?`);

/** A row as MikroORM hands it over: `created_at` is PostgreSQL's text (see isoTimestamp). */
export interface SuggestionRow {
  id: string;
  title: string;
  artist: string | null;
  version_of: string | null;
  links: string[];
  comment: string | null;
  created_by: string | null;
  display_name: string | null;
  created_at: string;
  vote_count: number;
  voted_by_me: boolean;
}

/** One statement a page: counts are a column, the viewer's vote an index probe per row, no N+1. */
@Injectable()
export class MikroOrmSuggestionReader implements SuggestionReader {
  constructor(private readonly statements: PreparedStatements) {}

  async list({ bandId, viewerId, sort, search, after, limit }: SuggestionListRequest): Promise<SuggestionView[]> {
    const params: unknown[] = [viewerId, bandId];
    if (search) params.push(containsPattern(search));
    if (after) params.push(...(sort === 'votes' ? [after.votes] : []), after.createdAt, after.id);
    const rows = await this.statements.rows<SuggestionRow>(suggestionListStatement(sort, !!search, !!after), [
      ...params,
      limit,
    ]);
    return rows.map((row) => suggestionView(row, isoTimestamp(row.created_at)));
  }

  async findById(id: string, viewerId: string): Promise<SuggestionView | null> {
    const [row] = await this.statements.rows<SuggestionRow>(SUGGESTION, [viewerId, id]);
    return row ? suggestionView(row, isoTimestamp(row.created_at)) : null;
  }
}

/**
 * The answer's object straight from the row, `createdAt` already in toISOString()'s format (the
 * bench's reference maps its rows with it too, from the Date its driver parses).
 */
export function suggestionView(row: Omit<SuggestionRow, 'created_at'>, createdAt: string): SuggestionView {
  return {
    id: row.id,
    title: row.title,
    artist: row.artist,
    versionOf: row.version_of,
    links: row.links,
    players: SongLinks.restore(row.links).players(),
    comment: row.comment,
    createdBy: row.created_by ? { id: row.created_by, displayName: row.display_name ?? '' } : null,
    createdAt,
    votes: row.vote_count,
    votedByMe: row.voted_by_me,
  };
}
