import { Injectable } from '@nestjs/common';
import type { ProgressRepository } from '../../../application/ports/progress.repository.js';
import type { MemberProgress } from '../../../domain/member-progress.js';
import { InMemoryRepertoireStore } from './in-memory-repertoire.store.js';

@Injectable()
export class InMemoryProgressRepository implements ProgressRepository {
  constructor(private readonly store: InMemoryRepertoireStore) {}

  async save(progress: MemberProgress): Promise<void> {
    const { note, ...state } = progress.snapshot();
    if (!this.store.songs.has(state.songId)) return;
    const onSong = this.store.progressOn(state.songId);
    const kept = note === undefined ? (onSong.get(state.memberId)?.note ?? null) : note;
    onSong.set(state.memberId, { ...state, note: kept });
  }
}
