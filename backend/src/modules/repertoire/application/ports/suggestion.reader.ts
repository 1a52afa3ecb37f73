import type { Player } from '../../domain/song-links.js';

export type SuggestionSort = 'votes' | 'recent';

/**
 * A suggestion as the caller sees it, in the shape of the HTTP answer (the read model): built in one
 * pass from the row, handed out as is.
 */
export interface SuggestionView {
  id: string;
  title: string;
  artist: string | null;
  versionOf: string | null;
  links: string[];
  /** The links that play in an embedded player: SongLinks.players() of `links`. */
  players: Player[];
  comment: string | null;
  createdBy: { id: string; displayName: string } | null;
  /** ISO 8601 in UTC, to the millisecond (what Date.prototype.toISOString() writes). */
  createdAt: string;
  votes: number;
  votedByMe: boolean;
}

/** Where a page starts: after the item with this sort key (votes only for the `votes` sort). */
export interface SuggestionPosition {
  votes: number;
  createdAt: Date;
  id: string;
}

export interface SuggestionListRequest {
  bandId: string;
  viewerId: string;
  sort: SuggestionSort;
  /** Folded by searchText(); matched anywhere in the title or the artist. */
  search: string | null;
  after: SuggestionPosition | null;
  limit: number;
}

/**
 * The read side of suggestions: views straight from storage in one query each, with counts and the
 * viewer's own vote. Sorted by votes (ties: newest first) or newest first, always ending on the id so
 * the keyset is stable.
 */
export interface SuggestionReader {
  list(request: SuggestionListRequest): Promise<SuggestionView[]>;
  /** One suggestion as `viewerId` sees it; no membership check (the caller has done it). */
  findById(id: string, viewerId: string): Promise<SuggestionView | null>;
}

export const SUGGESTION_READER = Symbol('SuggestionReader');
