import { Injectable } from '@nestjs/common';
import type {
  BandSongView,
  SongListRequest,
  SongPosition,
  SongReader,
  SongSort,
  SongSummaryView,
  SongView,
} from '../../../application/ports/song.reader.js';
import { sortLevel } from '../../../application/queries/list-songs/song-cursor.js';
import { searchText } from '../../../domain/search-text.js';
import { SongLinks } from '../../../domain/song-links.js';
import type { SongState } from '../../../domain/song.js';
import { InMemoryRepertoireStore } from './in-memory-repertoire.store.js';

function positionOf(view: SongSummaryView, sort: SongSort): SongPosition {
  return { level: sortLevel(view, sort), title: searchText(view.title, view.artist), id: view.id };
}

/** Negative when `a` comes first: the PostgreSQL reader's ORDER BY (not rated first, code point order). */
function compare(a: SongPosition, b: SongPosition): number {
  const byCodePoint = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (a.level ?? -1) - (b.level ?? -1) || byCodePoint(a.title, b.title) || byCodePoint(a.id, b.id);
}

@Injectable()
export class InMemorySongReader implements SongReader {
  constructor(private readonly store: InMemoryRepertoireStore) {}

  async list({ bandId, viewerId, status, search, sort, after, limit }: SongListRequest): Promise<SongSummaryView[]> {
    return [...this.store.songs.values()]
      .filter((song) => song.bandId === bandId)
      .filter((song) => status === null || song.mastered === (status === 'mastered'))
      .filter((song) => !search || searchText(song.title, song.artist).includes(search))
      .map((song): SongSummaryView => ({
        id: song.id,
        title: song.title,
        artist: song.artist,
        key: song.key,
        bpm: song.bpm,
        durationSec: song.durationSec,
        links: [...song.links],
        players: SongLinks.restore(song.links).players(),
        mastered: song.mastered,
        myLevel: this.store.progress.get(song.id)?.get(viewerId)?.level ?? null,
        ...this.band(song),
      }))
      .map((view) => ({ view, position: positionOf(view, sort) }))
      .filter(({ position }) => !after || compare(after, position) < 0)
      .sort((a, b) => compare(a.position, b.position))
      .slice(0, limit)
      .map(({ view }) => view);
  }

  async findById(id: string, viewerId: string): Promise<SongView | null> {
    const song = this.store.songs.get(id);
    if (!song) return null;
    const progress = [...(this.store.progress.get(id) ?? new Map()).values()];
    const mine = progress.find((entry) => entry.memberId === viewerId);
    const { suggestedBy: _suggestedBy, ...state } = song;
    return {
      ...state,
      links: [...song.links],
      myProgress: mine ? { level: mine.level, note: mine.note } : null,
      levels: progress
        .filter((entry) => entry.memberId !== viewerId)
        .map((entry) => entry.level)
        .sort((a, b) => a - b),
      ...this.band(song),
    };
  }

  async bandSongs(bandId: string, ids: readonly string[] | null): Promise<BandSongView[]> {
    const byTitle = (song: SongState): SongPosition => ({
      level: null,
      title: searchText(song.title, song.artist),
      id: song.id,
    });
    const wanted = ids === null ? [...this.store.songs.keys()] : [...new Set(ids)];
    return wanted
      .flatMap((id) => {
        const song = this.store.songs.get(id);
        return song?.bandId === bandId ? [song] : [];
      })
      .sort((a, b) => compare(byTitle(a), byTitle(b)))
      .map((song) => ({
        id: song.id,
        title: song.title,
        artist: song.artist,
        key: song.key,
        bpm: song.bpm,
        durationSec: song.durationSec,
        mastered: song.mastered,
        bandAverageLevel: this.band(song).bandAverageLevel,
      }));
  }

  private band(song: SongState): { bandAverageLevel: number | null; ratedBy: number } {
    const levels = [...(this.store.progress.get(song.id)?.values() ?? [])].map((entry) => entry.level);
    const sum = levels.reduce((total, level) => total + level, 0);
    return {
      bandAverageLevel: levels.length ? Math.round((sum / levels.length) * 10) / 10 : null,
      ratedBy: levels.length,
    };
  }
}
