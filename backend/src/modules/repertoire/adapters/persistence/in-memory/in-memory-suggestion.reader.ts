import { Inject, Injectable } from '@nestjs/common';
import { USER_PROFILE_READER, type UserProfileReader } from '../../../../identity/public-api.js';
import type {
  SuggestionListRequest,
  SuggestionPosition,
  SuggestionReader,
  SuggestionSort,
  SuggestionView,
} from '../../../application/ports/suggestion.reader.js';
import { searchText } from '../../../domain/search-text.js';
import { SongLinks } from '../../../domain/song-links.js';
import type { SuggestionState } from '../../../domain/suggestion.js';
import { InMemoryRepertoireStore } from './in-memory-repertoire.store.js';

/** Negative when `a` comes first: the order of the PostgreSQL reader's ORDER BY. */
function compare(sort: SuggestionSort, a: SuggestionPosition, b: SuggestionPosition): number {
  return (
    (sort === 'votes' ? b.votes - a.votes : 0) ||
    b.createdAt.getTime() - a.createdAt.getTime() ||
    (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
  );
}

@Injectable()
export class InMemorySuggestionReader implements SuggestionReader {
  constructor(
    private readonly store: InMemoryRepertoireStore,
    @Inject(USER_PROFILE_READER) private readonly profiles: UserProfileReader,
  ) {}

  async list(request: SuggestionListRequest): Promise<SuggestionView[]> {
    const { bandId, viewerId, sort, search, after, limit } = request;
    const rows = [...this.store.suggestions.values()]
      .filter((state) => state.bandId === bandId)
      .filter((state) => !search || searchText(state.title, state.artist).includes(search))
      .map((state) => ({
        state,
        position: { votes: this.votesOf(state.id), createdAt: state.createdAt, id: state.id },
      }))
      .filter(({ position }) => !after || compare(sort, after, position) < 0)
      .sort((a, b) => compare(sort, a.position, b.position))
      .slice(0, limit);
    return Promise.all(rows.map(({ state }) => this.view(state, viewerId)));
  }

  async findById(id: string, viewerId: string): Promise<SuggestionView | null> {
    const state = this.store.suggestions.get(id);
    return state ? this.view(state, viewerId) : null;
  }

  private votesOf(id: string): number {
    return this.store.votes.get(id)?.size ?? 0;
  }

  private async view(state: SuggestionState, viewerId: string): Promise<SuggestionView> {
    const author = state.createdBy ? await this.profiles.findProfile(state.createdBy) : null;
    return {
      id: state.id,
      title: state.title,
      artist: state.artist,
      versionOf: state.versionOf,
      links: [...state.links],
      players: SongLinks.restore(state.links).players(),
      comment: state.comment,
      createdBy: author ? { id: author.id, displayName: author.displayName } : null,
      createdAt: state.createdAt.toISOString(),
      votes: this.votesOf(state.id),
      votedByMe: this.store.votes.get(state.id)?.has(viewerId) ?? false,
    };
  }
}
