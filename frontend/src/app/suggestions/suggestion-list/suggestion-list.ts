import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { Router } from '@angular/router';

import { ProposeSuggestionRequest, SuggestionSort } from '../../core/api/api-types';
import { OnlineStatus } from '../../core/pwa/online-status';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog';
import { Icon } from '../../shared/ui/icon';
import { LoadMore } from '../../shared/ui/load-more';
import { LinkPlayer } from '../../shared/ui/link-player/link-player';
import { ListStatus } from '../../shared/ui/list-status';
import { ListToolbar } from '../../shared/ui/list-toolbar';
import { SongByline } from '../../shared/ui/song-byline';
import { ToggleGroup, ToggleOption } from '../../shared/ui/toggle-group';
import { SongForm } from '../../repertoire/song-form/song-form';
import { SuggestionItem, SuggestionsStore } from '../suggestions-store';
import { votesText } from '../votes-text';

/**
 * /suggestions: the band's suggestions, most voted (or newest) first, searched by title or artist,
 * read page by page. A tap votes (at once, offline too); the author and the managers edit and
 * delete a suggestion; managers put it in rehearsal.
 */
@Component({
  selector: 'bt-suggestion-list',
  imports: [
    DatePipe,
    Icon,
    ConfirmDialog,
    LinkPlayer,
    SongForm,
    LoadMore,
    ToggleGroup,
    ListToolbar,
    ListStatus,
    SongByline,
  ],
  templateUrl: './suggestion-list.html',
  styleUrl: './suggestion-list.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [SuggestionsStore],
})
export class SuggestionList {
  protected readonly store = inject(SuggestionsStore);
  private readonly router = inject(Router);
  private readonly confirm = viewChild.required(ConfirmDialog);

  protected readonly online = inject(OnlineStatus).online;
  /** The form shown: 'new', a suggestion's id, or none. */
  protected readonly editing = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly sorts: readonly ToggleOption<SuggestionSort>[] = [
    { value: 'votes', label: $localize`:@@suggestions.sortVotes:Les plus votées` },
    { value: 'recent', label: $localize`:@@suggestions.sortRecent:Les plus récentes` },
  ];

  protected openForm(id: string): void {
    this.store.resetSaving();
    this.notice.set(null);
    this.editing.set(id);
  }

  protected closeForm(): void {
    this.store.resetSaving();
    this.editing.set(null);
  }

  protected async propose(request: ProposeSuggestionRequest): Promise<void> {
    if (await this.store.propose(request)) {
      this.editing.set(null);
      this.notice.set($localize`:@@suggestions.proposed:« ${request.title}:title: » est proposé au groupe.`);
    }
  }

  protected async edit(suggestion: SuggestionItem, request: ProposeSuggestionRequest): Promise<void> {
    if (await this.store.edit(suggestion.id, request)) this.editing.set(null);
  }

  protected async remove(suggestion: SuggestionItem): Promise<void> {
    const ok = await this.confirm().ask({
      title: $localize`:@@suggestions.deleteTitle:Supprimer la suggestion ?`,
      message: $localize`:@@suggestions.deleteMessage:« ${suggestion.title}:title: » et ses votes seront supprimés.`,
      confirmLabel: $localize`:@@suggestions.delete:Supprimer`,
      danger: true,
    });
    if (ok && (await this.store.remove(suggestion.id))) {
      this.notice.set($localize`:@@suggestions.deleted:« ${suggestion.title}:title: » est supprimé.`);
    }
  }

  protected async promote(suggestion: SuggestionItem): Promise<void> {
    const ok = await this.confirm().ask({
      title: $localize`:@@suggestions.promoteTitle:Mettre en répétition ?`,
      message: $localize`:@@suggestions.promoteMessage:« ${suggestion.title}:title: » quitte les suggestions et entre au répertoire, avec ses ${suggestion.votes}:votes: votes.`,
      confirmLabel: $localize`:@@suggestions.promote:Mettre en répétition`,
    });
    if (!ok) return;
    const songId = await this.store.promote(suggestion.id);
    if (songId) await this.router.navigate(['/repertoire', songId]);
  }

  protected itemFailure(suggestion: SuggestionItem): string | null {
    const state = this.store.itemChange();
    return state.subject === suggestion.id ? (state.failure?.message ?? null) : null;
  }

  protected isBusy(suggestion: SuggestionItem): boolean {
    const state = this.store.itemChange();
    return state.pending && state.subject === suggestion.id;
  }

  protected voteLabel(suggestion: SuggestionItem): string {
    return suggestion.votedByMe
      ? $localize`:@@suggestions.unvoteLabel:Retirer mon vote pour « ${suggestion.title}:title: »`
      : $localize`:@@suggestions.voteLabel:Voter pour « ${suggestion.title}:title: »`;
  }

  protected readonly votesText = votesText;
}
