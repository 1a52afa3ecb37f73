export type SuggestionSort = 'votes' | 'recent';

export interface SuggestionView {
  id: string;
  bandId: string;
  title: string;
  artist: string | null;
  versionOf: string | null;
  links: string[];
  comment: string | null;
  createdBy: { id: string; displayName: string } | null;
  createdAt: Date;
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
