import { Injectable } from '@nestjs/common';
import type { SongListRequest, SongReader, SongSummaryView, SongView } from '../../../application/ports/song.reader.js';
import { searchText } from '../../../domain/search-text.js';
import type { SongState } from '../../../domain/song.js';
import { InMemoryRepertoireStore } from './in-memory-repertoire.store.js';

@Injectable()
export class InMemorySongReader implements SongReader {
  constructor(private readonly store: InMemoryRepertoireStore) {}

  async list({ bandId, viewerId, status, search }: SongListRequest): Promise<SongSummaryView[]> {
    return [...this.store.songs.values()]
      .filter((song) => song.bandId === bandId)
      .filter((song) => status === null || song.mastered === (status === 'mastered'))
      .filter((song) => !search || searchText(song.title, song.artist).includes(search))
      .map((song) => ({ song, key: searchText(song.title, song.artist) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.song.id < b.song.id ? -1 : 1))
      .map(({ song }) => song)
      .map((song) => ({
        id: song.id,
        title: song.title,
        artist: song.artist,
        links: [...song.links],
        mastered: song.mastered,
        myLevel: this.store.progress.get(song.id)?.get(viewerId)?.level ?? null,
        ...this.band(song),
      }));
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

  private band(song: SongState): { bandAverageLevel: number | null; ratedBy: number } {
    const levels = [...(this.store.progress.get(song.id)?.values() ?? [])].map((entry) => entry.level);
    const sum = levels.reduce((total, level) => total + level, 0);
    return {
      bandAverageLevel: levels.length ? Math.round((sum / levels.length) * 10) / 10 : null,
      ratedBy: levels.length,
    };
  }
}
