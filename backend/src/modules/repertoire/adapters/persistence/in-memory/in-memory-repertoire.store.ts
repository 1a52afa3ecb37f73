import { Injectable } from '@nestjs/common';
import { TransactionalMap } from '../../../../../shared/adapters/transactional-map.js';
import type { MemberProgressState } from '../../../domain/member-progress.js';
import type { SongState } from '../../../domain/song.js';
import type { SuggestionState } from '../../../domain/suggestion.js';

export type StoredProgress = Omit<MemberProgressState, 'note'> & { note: string | null };

/**
 * The repertoire context's tables, in memory, shared by its in-memory adapters; units of work roll them
 * back. A vote changes its set in place: votes are single atomic steps, never part of a unit of work.
 */
@Injectable()
export class InMemoryRepertoireStore {
  readonly suggestions = new TransactionalMap<string, SuggestionState>();
  /** suggestion id → ids of the members who voted for it */
  readonly votes = new TransactionalMap<string, Set<string>>();
  readonly songs = new TransactionalMap<string, SongState>();
  /** song id → member id → progress */
  readonly progress = new TransactionalMap<string, Map<string, StoredProgress>>();

  votersOf(suggestionId: string): Set<string> {
    return entry(this.votes, suggestionId, () => new Set());
  }

  progressOn(songId: string): Map<string, StoredProgress> {
    return entry(this.progress, songId, () => new TransactionalMap());
  }
}

function entry<V>(map: Map<string, V>, key: string, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}
