import { Injectable } from '@nestjs/common';
import { BandAccess } from '../../../../bands/public-api.js';
import type { ProgressRepository } from '../../../application/ports/progress.repository.js';
import type { MemberProgress } from '../../../domain/member-progress.js';
import { InMemoryRepertoireStore } from './in-memory-repertoire.store.js';
import { isMember } from './membership.js';

@Injectable()
export class InMemoryProgressRepository implements ProgressRepository {
  constructor(
    private readonly store: InMemoryRepertoireStore,
    private readonly access: BandAccess,
  ) {}

  async save(progress: MemberProgress): Promise<void> {
    const { note, ...state } = progress.snapshot();
    if (!this.store.songs.has(state.songId)) return;
    const onSong = this.store.progressOn(state.songId);
    const kept = note === undefined ? (onSong.get(state.memberId)?.note ?? null) : note;
    onSong.set(state.memberId, { ...state, note: kept });
  }

  async deleteAllOf(memberId: string, bandId: string | null): Promise<void> {
    for (const song of this.store.songs.values()) {
      if (bandId !== null && song.bandId !== bandId) continue;
      if (await isMember(this.access, memberId, song.bandId)) continue;
      this.store.progress.get(song.id)?.delete(memberId);
    }
  }

  async deleteAllOfFormerMembers(): Promise<number> {
    let released = 0;
    for (const song of this.store.songs.values()) {
      for (const memberId of this.store.progress.get(song.id)?.keys() ?? []) {
        if (await isMember(this.access, memberId, song.bandId)) continue;
        this.store.progress.get(song.id)?.delete(memberId);
        released++;
      }
    }
    return released;
  }
}
