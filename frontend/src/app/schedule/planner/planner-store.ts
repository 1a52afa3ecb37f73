import { HttpClient, httpResource } from '@angular/common/http';
import { computed, inject, Injectable, linkedSignal, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { toApiFailure } from '../../core/api/api-failure';
import { RehearsalResponse, SongListResponse, SongProposalResponse } from '../../core/api/api-types.generated';
import { ActiveBand } from '../../core/band/active-band';
import { SessionStore } from '../../core/session/session-store';
import { repertoireFailureMessage } from '../../repertoire/repertoire-action';
import { planningAction } from '../planning-action';
import { newRowKey, OrderedRow } from '../running-order/ordered-row';
import { pickableSongsRequest, proposedSongsUrl, rehearsalUrl } from '../schedule-api';

/** A song chosen for the rehearsal, in the order it will be worked on. */
export interface ChosenSong extends OrderedRow {
  readonly songId: string;
}

/**
 * The rehearsal planner: the songs the planner proposes with its reason, the songs chosen (the
 * rehearsal's own first), accepted, removed and reordered, saved with one PATCH of `songIds`.
 */
@Injectable()
export class PlannerStore {
  private readonly http = inject(HttpClient);
  private readonly session = inject(SessionStore);
  private readonly active = inject(ActiveBand);

  readonly canManage = this.active.canManage;
  readonly rehearsalId = signal<string | null>(null);
  private readonly details = httpResource<RehearsalResponse>(() => {
    const id = this.rehearsalId();
    return id && this.canManage() ? rehearsalUrl(id) : undefined;
  });
  private readonly proposed = httpResource<SongProposalResponse[]>(() => {
    const id = this.rehearsalId();
    return id && this.canManage() ? proposedSongsUrl(id) : undefined;
  });
  /** The band's songs, for the titles of the songs the rehearsal already has. */
  private readonly repertoire = httpResource<SongListResponse>(() => {
    const bandId = this.active.id();
    return bandId && this.canManage() ? pickableSongsRequest(bandId) : undefined;
  });
  private readonly saveAction = planningAction(this.session);

  readonly rehearsal = computed(() => {
    const rehearsal = this.details.hasValue() ? this.details.value() : null;
    return rehearsal?.id === this.rehearsalId() ? rehearsal : null;
  });
  private readonly savedIds = linkedSignal(() => this.rehearsal()?.songIds ?? []);
  private readonly chosenIds = linkedSignal<readonly { key: string; songId: string }[]>(() =>
    this.savedIds().map((songId) => ({ key: newRowKey(), songId })),
  );
  private readonly titles = computed(() => {
    const titles = new Map<string, string>();
    for (const song of this.repertoire.hasValue() ? this.repertoire.value().items : []) titles.set(song.id, song.title);
    for (const proposal of this.proposals()) titles.set(proposal.songId, proposal.title);
    return titles;
  });

  readonly loading = computed(() => this.details.isLoading() || this.proposed.isLoading());
  readonly loadError = computed(() => {
    const error = this.details.error() ?? this.proposed.error();
    return error ? repertoireFailureMessage(toApiFailure(error)) : null;
  });
  readonly proposals = computed<readonly SongProposalResponse[]>(() =>
    this.proposed.hasValue() ? this.proposed.value() : [],
  );
  readonly chosen = computed<readonly ChosenSong[]>(() =>
    this.chosenIds().map((row) => ({ ...row, name: this.titles().get(row.songId) ?? '…' })),
  );
  /** The proposals not chosen yet (a song removed from the plan is proposed again). */
  readonly openProposals = computed(() => {
    const chosen = new Set(this.chosenIds().map((row) => row.songId));
    return this.proposals().filter((proposal) => !chosen.has(proposal.songId));
  });
  readonly changed = computed(
    () =>
      this.chosenIds()
        .map((row) => row.songId)
        .join() !== this.savedIds().join(),
  );
  readonly saving = this.saveAction.state;

  reload(): void {
    this.saveAction.reset();
    this.details.reload();
    this.proposed.reload();
  }

  accept(songId: string): void {
    this.chosenIds.update((rows) => [...rows, { key: newRowKey(), songId }]);
  }

  /** The chosen songs as the list now stands (moved, or one removed). */
  setChosen(rows: readonly ChosenSong[]): void {
    this.chosenIds.set(rows.map(({ key, songId }) => ({ key, songId })));
  }

  /** PATCH of the rehearsal's songIds (this date only, for a rehearsal of a series). */
  save(): Promise<boolean> {
    const id = this.rehearsalId();
    if (!id) return Promise.resolve(false);
    const songIds = this.chosenIds().map((row) => row.songId);
    return this.saveAction.run(async () => {
      const rehearsal = await firstValueFrom(this.http.patch<RehearsalResponse>(rehearsalUrl(id), { songIds }));
      this.savedIds.set(rehearsal.songIds);
    });
  }
}
