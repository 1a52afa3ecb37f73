import { HttpClient, httpResource } from '@angular/common/http';
import { computed, inject, Injectable, linkedSignal, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { toApiFailure } from '../../core/api/api-failure';
import { SongSummary } from '../../core/api/api-types';
import { GigResponse, SetlistResponse, SongListResponse } from '../../core/api/api-types.generated';
import { ActiveBand } from '../../core/band/active-band';
import { refetchOn } from '../../core/live/refetch-on';
import { SessionStore } from '../../core/session/session-store';
import { repertoireFailureMessage } from '../../repertoire/repertoire-action';
import { planningAction } from '../planning-action';
import { gigUrl, pickableSongsRequest, setlistUrl } from '../schedule-api';
import { breakRow, rowsFromSetlist, SetlistRow, setlistRequest, setlistSummary, songRow } from './setlist-rows';

/**
 * The setlist editor: the gig and its running order as saved, the running order as being edited
 * (songs of the band's repertoire, breaks), its sets and durations live, and the whole list saved
 * with one PUT (the last complete save wins).
 */
@Injectable()
export class SetlistStore {
  private readonly http = inject(HttpClient);
  private readonly session = inject(SessionStore);
  private readonly active = inject(ActiveBand);

  readonly canManage = this.active.canManage;
  readonly gigId = signal<string | null>(null);
  /** What is typed in the song picker's search box. */
  readonly search = signal('');
  private readonly details = httpResource<GigResponse>(() => {
    const id = this.gigId();
    return id && this.canManage() ? gigUrl(id) : undefined;
  });
  private readonly pickable = httpResource<SongListResponse>(() => {
    const bandId = this.active.id();
    return bandId && this.canManage() ? pickableSongsRequest(bandId, this.search()) : undefined;
  });
  /** The running order as the server has it (what a save is compared with). */
  private readonly saved = linkedSignal(() => JSON.stringify(setlistRequest(this.savedRows())));
  private readonly savedRows = computed(() => {
    const gig = this.gig();
    return gig ? rowsFromSetlist(gig.setlist.items) : [];
  });
  private readonly saveAction = planningAction(this.session);

  readonly gig = computed(() => {
    const gig = this.details.hasValue() ? this.details.value() : null;
    return gig?.id === this.gigId() ? gig : null;
  });
  readonly loading = this.details.isLoading;
  readonly loadError = computed(() => {
    const error = this.details.error();
    return error ? repertoireFailureMessage(toApiFailure(error)) : null;
  });
  /** The running order being edited: the saved one again whenever the gig is read again. */
  readonly rows = linkedSignal<readonly SetlistRow[]>(() => this.savedRows());
  readonly summary = computed(() => setlistSummary(this.rows()));
  readonly changed = computed(() => JSON.stringify(setlistRequest(this.rows())) !== this.saved());
  /** The songs already in the running order, to mark them in the picker. */
  readonly chosenSongIds = computed(
    () => new Set(this.rows().flatMap((row) => (row.kind === 'song' ? [row.songId] : []))),
  );
  readonly songs = computed<readonly SongSummary[]>(() =>
    this.pickable.hasValue() ? this.pickable.value().items : [],
  );
  readonly songsLoading = this.pickable.isLoading;
  readonly songsError = computed(() => {
    const error = this.pickable.error();
    return error ? repertoireFailureMessage(toApiFailure(error)) : null;
  });
  readonly saving = this.saveAction.state;

  /**
   * Another manager saved a running order since this one was read: the server has no version to
   * refuse a stale save with (the last complete save wins), so the editor looks before saving.
   */
  readonly savedElsewhere = signal(false);

  constructor() {
    refetchOn({
      bandId: this.active.id,
      types: ['setlist.changed'],
      concerns: (message) => message.gigId === this.gigId(),
      refetch: () => this.followSavedElsewhere(),
    });
  }

  /**
   * Someone saved this setlist: an editor with no changes shows the new running order; one with
   * changes keeps them and says the setlist changed (unless the save was its own).
   */
  private followSavedElsewhere(): void {
    if (this.changed()) void this.checkSavedElsewhere();
    else this.details.reload();
  }

  /** Reads the gig again: the edits are dropped for the server's running order. */
  reload(): void {
    this.saveAction.reset();
    this.savedElsewhere.set(false);
    this.details.reload();
  }

  /**
   * Whether the server's running order is no longer the one this editor started from. A look that
   * started before this editor's own save or a reload (a live message, a reconnection) may have read
   * the server before that save: its answer is older than what the editor now holds, and is dropped.
   */
  async checkSavedElsewhere(): Promise<boolean> {
    const gigId = this.gigId();
    if (!gigId) return false;
    const startedFrom = this.saved();
    try {
      const gig = await firstValueFrom(this.http.get<GigResponse>(gigUrl(gigId)));
      if (this.saved() !== startedFrom) return this.savedElsewhere();
      this.savedElsewhere.set(JSON.stringify(setlistRequest(rowsFromSetlist(gig.setlist.items))) !== startedFrom);
    } catch {
      // Not read: the save itself says why, if it fails too.
    }
    return this.savedElsewhere();
  }

  reloadSongs(): void {
    this.pickable.reload();
  }

  /** A song of the repertoire at the end of the running order, with its duration, key and tempo. */
  addSong(song: SongSummary): void {
    this.rows.update((rows) => [...rows, songRow(song)]);
  }

  /** A break at the end of the running order: the songs added next open a new set. */
  addBreak(): string {
    const row = breakRow(null);
    this.rows.update((rows) => [...rows, row]);
    return row.key;
  }

  relabel(key: string, label: string): void {
    this.rows.update((rows) => rows.map((row) => (row.key === key ? breakRow(label, key) : row)));
  }

  /** PUT of the whole list; once saved, it is what later changes are compared with. */
  save(): Promise<boolean> {
    const gigId = this.gigId();
    if (!gigId) return Promise.resolve(false);
    const request = setlistRequest(this.rows());
    return this.saveAction.run(async () => {
      await firstValueFrom(this.http.put<SetlistResponse>(setlistUrl(gigId), request));
      this.saved.set(JSON.stringify(request));
      this.savedElsewhere.set(false);
    });
  }
}
