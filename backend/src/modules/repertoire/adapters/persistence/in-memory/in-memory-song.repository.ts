import { Injectable } from '@nestjs/common';
import type { SongRepository } from '../../../application/ports/song.repository.js';
import { Song } from '../../../domain/song.js';
import { InMemoryRepertoireStore } from './in-memory-repertoire.store.js';

@Injectable()
export class InMemorySongRepository implements SongRepository {
  constructor(private readonly store: InMemoryRepertoireStore) {}

  async findById(id: string): Promise<Song | null> {
    const state = this.store.songs.get(id);
    return state ? Song.restore(state) : null;
  }

  async save(song: Song): Promise<void> {
    this.store.songs.set(song.id, song.snapshot());
  }

  async delete(id: string): Promise<void> {
    this.store.songs.delete(id);
    this.store.progress.delete(id);
  }
}
