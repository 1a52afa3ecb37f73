import { httpResource } from '@angular/common/http';
import { computed, inject, Injectable, linkedSignal, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { firstValueFrom } from 'rxjs';

import { toApiFailure } from '../core/api/api-failure';
import {
  EditSuggestionRequest,
  ProposeSuggestionRequest,
  Suggestion,
  SuggestionPage,
  SuggestionSort,
} from '../core/api/api-types';
import { ActiveBand } from '../core/band/active-band';
import { Outbox } from '../core/offline/outbox';
import { SessionStore } from '../core/session/session-store';
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
  private readonly firstPage = httpResource<SuggestionPage>(() => {
    const query = this.query();
    return query ? suggestionPageRequest(query) : undefined;
  });
  /** The pages read with "load more", for the current query. */
  private readonly nextPages = linkedSignal<SuggestionQuery | undefined, readonly SuggestionPage[]>({
    source: this.query,
    computation: () => [],
  });
  private readonly moreAction = repertoireAction(this.session);
  private readonly saveAction = repertoireAction(this.session);
  private readonly itemAction = repertoireAction(this.session);

  private readonly pages = computed<readonly SuggestionPage[]>(() =>
    this.firstPage.hasValue() ? [this.firstPage.value(), ...this.nextPages()] : [],
  );
  readonly items = computed<readonly SuggestionItem[]>(() => {
    const seen = new Set<string>();
    const items: SuggestionItem[] = [];
    for (const suggestion of this.pages().flatMap((page) => page.items)) {
      // A vote between two pages can move a suggestion across them: it shows once.
      if (seen.has(suggestion.id)) continue;
      seen.add(suggestion.id);
      items.push(this.withPendingVote(suggestion));
    }
    return items;
  });
  readonly loading = this.firstPage.isLoading;
  readonly loadError = computed(() => {
    const error = this.firstPage.error();
    return error ? repertoireFailureMessage(toApiFailure(error)) : null;
  });
  readonly hasMore = computed(() => (this.pages().at(-1)?.nextCursor ?? null) !== null);
  readonly loadingMore = this.moreAction.state;
  /** Proposing or editing (`subject`: the suggestion's id, null for a new one). */
  readonly saving = this.saveAction.state;
  /** Deleting or promoting (`subject`: the suggestion's id). */
  readonly itemChange = this.itemAction.state;
  readonly myUserId = computed(() => this.session.user()?.id ?? null);
  readonly canManage = computed(() => this.active.role() === 'manager' || this.active.role() === 'admin');

  constructor() {
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
    this.nextPages.set([]);
    this.firstPage.reload();
  }

  /** Reads the page after the last one read. */
  loadMore(): Promise<boolean> {
    const query = this.query();
    const cursor = this.pages().at(-1)?.nextCursor;
    if (!query || !cursor || this.moreAction.pending()) return Promise.resolve(false);
    return this.moreAction.run(async () => {
      const page = await firstValueFrom(this.api.page(query, cursor));
      if (this.query() === query) this.nextPages.update((pages) => [...pages, page]);
    });
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
      if (this.firstPage.hasValue() && this.active.id() === bandId) {
        this.firstPage.update((page) => page && { ...page, items: [created, ...page.items] });
      }
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
    if (this.firstPage.hasValue()) this.firstPage.update((page) => page && { ...page, items: change(page.items) });
    this.nextPages.update((pages) => pages.map((page) => ({ ...page, items: change(page.items) })));
  }
}
