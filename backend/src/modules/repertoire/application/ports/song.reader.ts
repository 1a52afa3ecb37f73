import type { Player } from '../../domain/song-links.js';

export type SongStatus = 'learning' | 'mastered';

/** By title; by my level or the band's average, lowest first (what needs work), not rated yet before all. */
export type SongSort = 'title' | 'myLevel' | 'bandAverage';

/** A song in the band's repertoire list, with the viewer's level and the band's. */
export interface SongSummaryView {
  id: string;
  title: string;
  artist: string | null;
  key: string | null;
  bpm: number | null;
  durationSec: number | null;
  links: string[];
  /** The links that play in an embedded player: SongLinks.players() of `links`. */
  players: Player[];
  mastered: boolean;
  myLevel: number | null;
  /** One decimal; null while nobody has rated it. */
  bandAverageLevel: number | null;
  ratedBy: number;
}

/** One song as a member sees it: their own progress, and the others' levels without names or notes. */
export interface SongView {
  id: string;
  bandId: string;
  title: string;
  artist: string | null;
  versionOf: string | null;
  links: string[];
  key: string | null;
  bpm: number | null;
  durationSec: number | null;
  mastered: boolean;
  votesAtPromotion: number | null;
  createdAt: Date;
  myProgress: { level: number; note: string | null } | null;
  /** The other members' levels, in ascending order so that nothing says whose is whose. */
  levels: number[];
  bandAverageLevel: number | null;
  ratedBy: number;
}

/** A song as another context needs it: to plan it (setlists, rehearsals) and time it. */
export interface BandSongView {
  id: string;
  title: string;
  artist: string | null;
  key: string | null;
  bpm: number | null;
  durationSec: number | null;
  mastered: boolean;
  /** One decimal; null while nobody has rated it. */
  bandAverageLevel: number | null;
}

/**
 * Where a page starts: after the song with this sort key. `level` is my level or the band's average
 * (null: not rated; unused by the title sort); `title` is the song's searchText(title, artist).
 */
export interface SongPosition {
  level: number | null;
  title: string;
  id: string;
}

export interface SongListRequest {
  bandId: string;
  viewerId: string;
  status: SongStatus | null;
  /** Folded by searchText(); matched anywhere in the title or the artist. */
  search: string | null;
  sort: SongSort;
  after: SongPosition | null;
  limit: number;
}

/**
 * The read side of songs, one query each. Lists are sorted by the sort's level (when it has one),
 * then by the folded title and artist in code point order, then by id, so the keyset is stable.
 * No view ever carries another member's note.
 */
export interface SongReader {
  list(request: SongListRequest): Promise<SongSummaryView[]>;
  /** No membership check: the caller has done it. */
  findById(id: string, viewerId: string): Promise<SongView | null>;
  /** The band's songs among `ids` (unknown ids and other bands' songs left out), or all of them (null), by title. */
  bandSongs(bandId: string, ids: readonly string[] | null): Promise<BandSongView[]>;
}

export const SONG_READER = Symbol('SongReader');
