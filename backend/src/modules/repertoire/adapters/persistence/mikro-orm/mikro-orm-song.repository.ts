import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { SongRepository } from '../../../application/ports/song.repository.js';
import { Song } from '../../../domain/song.js';
import { SongRecord } from './song.schema.js';

@Injectable()
export class MikroOrmSongRepository implements SongRepository {
  constructor(private readonly em: EntityManager) {}

  async findById(id: string): Promise<Song | null> {
    const row = await this.em.findOne(SongRecord, { id }, { disableIdentityMap: true });
    if (!row) return null;
    return Song.restore({
      id: row.id,
      bandId: row.bandId,
      title: row.title,
      artist: row.artist ?? null,
      versionOf: row.versionOf ?? null,
      links: row.links,
      key: row.key ?? null,
      bpm: row.bpm ?? null,
      durationSec: row.durationSec ?? null,
      mastered: row.mastered,
      votesAtPromotion: row.votesAtPromotion ?? null,
      suggestedBy: row.suggestedBy ?? null,
      createdAt: row.createdAt,
    });
  }

  async save(song: Song): Promise<void> {
    const state = song.snapshot();
    await this.em.upsert(
      SongRecord,
      { ...state, links: [...state.links], searchText: song.details.searchText },
      { onConflictFields: ['id'], onConflictAction: 'merge' },
    );
  }

  async delete(id: string): Promise<void> {
    await this.em.nativeDelete(SongRecord, { id });
  }
}
