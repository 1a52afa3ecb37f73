import { computed, inject, Injectable, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { firstValueFrom } from 'rxjs';

import { toApiFailure } from '../core/api/api-failure';
import { EditSuggestionRequest, ProposeSuggestionRequest, Suggestion, SuggestionSort } from '../core/api/api-types';
import { ActiveBand } from '../core/band/active-band';
import { LiveConnection } from '../core/live/live-connection';
import { refetchOn } from '../core/live/refetch-on';
import { Outbox } from '../core/offline/outbox';
import { SessionStore } from '../core/session/session-store';
import { CursorPages } from '../core/state/cursor-pages';
import { repertoireAction, repertoireFailureMessage } from '../repertoire/repertoire-action';
import { SUGGESTION_VOTE, SuggestionVote } from './suggestion-vote';
import { SuggestionQuery, SuggestionsApi, suggestionPageRequest } from './suggestions-api';

/** A suggestion as the list shows it: my vote still on its way counts already. */
export interface SuggestionItem extends Suggestion {
  /** My vote (or its withdrawal) is kept on this device, not confirmed by the server yet. */
  readonly votePending: boolean;
}

/**
 * The suggestions screen: the active band's suggestions (sorted by votes or date, searched, read
 * page by page), one-tap votes through the outbox (shown at once, kept offline, the server's
 * answer wins), and proposing, editing, deleting and promoting.
 */
@Injectable()
export class SuggestionsStore {
  private readonly api = inject(SuggestionsApi);
  private readonly outbox = inject(Outbox);
  private readonly session = inject(SessionStore);
  private readonly active = inject(ActiveBand);

  readonly sort = signal<SuggestionSort>('votes');
  /** The words searched in titles and artists. */
  readonly search = signal('');
  private readonly query = computed<SuggestionQuery | undefined>(() => {
    const bandId = this.active.id();
    return bandId ? { bandId, sort: this.sort(), q: this.search().trim() } : undefined;
  });
  private readonly moreAction = repertoireAction(this.session);
  private readonly list = new CursorPages<SuggestionQuery, Suggestion>({
    query: this.query,
    request: suggestionPageRequest,
    more: this.moreAction,
  });
  private readonly saveAction = repertoireAction(this.session);
  private readonly itemAction = repertoireAction(this.session);

  readonly items = computed<readonly SuggestionItem[]>(() =>
    this.list.items().map((suggestion) => this.withPendingVote(suggestion)),
  );
  readonly loading = this.list.loading;
  readonly loadError = computed(() => {
    const error = this.list.error();
    return error ? repertoireFailureMessage(toApiFailure(error)) : null;
  });
  readonly hasMore = this.list.hasMore;
  readonly loadingMore = this.moreAction.state;
  /** Proposing or editing (`subject`: the suggestion's id, null for a new one). */
  readonly saving = this.saveAction.state;
  /** Deleting or promoting (`subject`: the suggestion's id). */
  readonly itemChange = this.itemAction.state;
  readonly myUserId = computed(() => this.session.user()?.id ?? null);
  readonly canManage = this.active.canManage;

  constructor() {
    refetchOn({
      bandId: this.active.id,
      // A promotion makes a song of a suggestion, a demotion the other way round.
      types: ['suggestion.created', 'suggestion.updated', 'suggestion.deleted', 'song.created', 'song.deleted'],
      refetch: () => this.reload(),
    });
    // A vote moves the count in place: no read per vote, and the list keeps its order meanwhile.
    inject(LiveConnection)
      .of(this.active.id, ['vote.changed'])
      .pipe(takeUntilDestroyed())
      .subscribe(({ suggestionId, votes }) => this.patch(suggestionId, (s) => ({ ...s, votes })));
    this.outbox.delivered.pipe(takeUntilDestroyed()).subscribe((delivery) => {
      if (delivery.kind !== SUGGESTION_VOTE.name) return;
      if (delivery.outcome.status === 'sent') {
        const { votes, votedByMe } = delivery.outcome.answer as { votes: number; votedByMe: boolean };
        this.patch(delivery.target, (s) => ({ ...s, votes, votedByMe }));
      } else if (delivery.outcome.failure.status === 404) {
        this.drop(delivery.target);
      }
    });
  }

  /** Author or manager: may edit and delete it. */
  canChange(suggestion: Suggestion): boolean {
    return this.canManage() || (suggestion.createdBy !== null && suggestion.createdBy.id === this.myUserId());
  }

  reload(): void {
    this.list.reload();
  }

  /** Reads the page after the last one read. */
  loadMore(): Promise<boolean> {
    return this.list.loadMore();
  }

  /**
   * Votes, or takes my vote back: shown at once, sent through the outbox (kept while offline).
   * A refusal puts the server's count back and the outbox says why.
   */
  toggleVote(suggestion: SuggestionItem): void {
    const vote: SuggestionVote = { suggestionId: suggestion.id, voted: !suggestion.votedByMe, title: suggestion.title };
    void this.outbox.submit(SUGGESTION_VOTE, vote);
  }

  propose(request: ProposeSuggestionRequest): Promise<boolean> {
    const bandId = this.active.id();
    if (!bandId) return Promise.resolve(false);
    return this.saveAction.run(async () => {
      const created = await firstValueFrom(this.api.propose(bandId, request));
      if (this.active.id() === bandId) this.list.prepend(created);
    });
  }

  edit(id: string, changes: EditSuggestionRequest): Promise<boolean> {
    return this.saveAction.run(
      () => firstValueFrom(this.api.edit(id, changes)).then((saved) => this.patch(id, () => saved)),
      id,
    );
  }

  remove(id: string): Promise<boolean> {
    return this.onItem(id, async () => {
      await firstValueFrom(this.api.remove(id));
      this.drop(id);
    });
  }

  /** Managers: the suggestion becomes a song in rehearsal; resolves with the song's id. */
  async promote(id: string): Promise<string | null> {
    let songId: string | null = null;
    await this.onItem(id, async () => {
      songId = (await firstValueFrom(this.api.promote(id))).song.id;
      this.drop(id);
    });
    return songId;
  }

  resetSaving(): void {
    this.saveAction.reset();
  }

  private onItem(id: string, work: () => Promise<void>): Promise<boolean> {
    return this.itemAction.run(async () => {
      try {
        await work();
      } catch (error) {
        // Gone already (deleted, promoted by someone else): the list follows.
        if (toApiFailure(error).status === 404) this.drop(id);
        throw error;
      }
    }, id);
  }

  private withPendingVote(suggestion: Suggestion): SuggestionItem {
    const pending = this.outbox.pending(SUGGESTION_VOTE, suggestion.id);
    if (!pending) return { ...suggestion, votePending: false };
    const change = pending.voted === suggestion.votedByMe ? 0 : pending.voted ? 1 : -1;
    return {
      ...suggestion,
      votedByMe: pending.voted,
      votes: Math.max(0, suggestion.votes + change),
      votePending: true,
    };
  }

  private patch(id: string, change: (suggestion: Suggestion) => Suggestion): void {
    this.updateItems((items) => items.map((s) => (s.id === id ? change(s) : s)));
  }

  private drop(id: string): void {
    this.updateItems((items) => items.filter((s) => s.id !== id));
  }

  private updateItems(change: (items: Suggestion[]) => Suggestion[]): void {
    this.list.update(change);
  }
}
