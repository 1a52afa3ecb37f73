import { httpResource } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { toApiFailure } from '../core/api/api-failure';
import { AddSongRequest, SongList, SongStatus, SongSummary } from '../core/api/api-types';
import { ActiveBand } from '../core/band/active-band';
import { Outbox } from '../core/offline/outbox';
import { SessionStore } from '../core/session/session-store';
import { RepertoireApi, songListRequest } from './repertoire-api';
import { repertoireAction, repertoireFailureMessage } from './repertoire-action';
import { SONG_LEVEL } from './song-level';

/** The orders of the repertoire: by title, my level or the band's average (lowest first: what to work on). */
export type SongSort = 'title' | 'myLevel' | 'bandAverage';

/** A song as the list shows it: my level still on its way counts already. */
export interface SongItem extends SongSummary {
  readonly levelPending: boolean;
}

/**
 * The repertoire screen: the active band's songs being learnt or mastered, searched, sorted by
 * title, my level or the band's average; managers add songs, mark them mastered, demote them.
 */
@Injectable()
export class SongsStore {
  private readonly api = inject(RepertoireApi);
  private readonly outbox = inject(Outbox);
  private readonly session = inject(SessionStore);
  private readonly active = inject(ActiveBand);

  readonly status = signal<SongStatus>('learning');
  readonly search = signal('');
  readonly sort = signal<SongSort>('title');
  private readonly list = httpResource<SongList>(() => {
    const bandId = this.active.id();
    return bandId ? songListRequest(bandId, this.status(), this.search().trim()) : undefined;
  });
  private readonly addAction = repertoireAction(this.session);
  private readonly songAction = repertoireAction(this.session);

  readonly songs = computed<readonly SongItem[]>(() => {
    const songs = (this.list.hasValue() ? this.list.value().items : []).map((song) => this.withPendingLevel(song));
    const sort = this.sort();
    if (sort === 'title') return songs;
    const key = (song: SongItem) => (sort === 'myLevel' ? song.myLevel : song.bandAverageLevel);
    // Lowest first (what needs work); not rated yet comes before everything.
    return [...songs].sort((a, b) => (key(a) ?? -1) - (key(b) ?? -1) || a.title.localeCompare(b.title));
  });
  readonly loading = this.list.isLoading;
  readonly loadError = computed(() => {
    const error = this.list.error();
    return error ? repertoireFailureMessage(toApiFailure(error)) : null;
  });
  readonly adding = this.addAction.state;
  /** Marking mastered or demoting (`subject`: the song's id). */
  readonly songChange = this.songAction.state;
  readonly canManage = computed(() => this.active.role() === 'manager' || this.active.role() === 'admin');

  reload(): void {
    this.list.reload();
  }

  /** Managers: a new song in rehearsal; resolves with its id. */
  async add(song: AddSongRequest): Promise<string | null> {
    const bandId = this.active.id();
    if (!bandId) return null;
    let id: string | null = null;
    await this.addAction.run(async () => {
      id = (await firstValueFrom(this.api.add(bandId, song))).id;
      this.list.reload();
    });
    return id;
  }

  /** Managers: the song moves to the other tab. */
  setMastered(song: SongSummary, mastered: boolean): Promise<boolean> {
    return this.songAction.run(async () => {
      await firstValueFrom(this.api.change(song.id, { mastered }));
      this.drop(song.id);
    }, song.id);
  }

  /** Managers: the song goes back to the suggestions. */
  demote(song: SongSummary): Promise<boolean> {
    return this.songAction.run(async () => {
      await firstValueFrom(this.api.demote(song.id));
      this.drop(song.id);
    }, song.id);
  }

  resetAdding(): void {
    this.addAction.reset();
  }

  private drop(id: string): void {
    if (this.list.hasValue()) this.list.update((list) => list && { items: list.items.filter((s) => s.id !== id) });
  }

  private withPendingLevel(song: SongSummary): SongItem {
    const pending = this.outbox.pending(SONG_LEVEL, song.id);
    return pending ? { ...song, myLevel: pending.level, levelPending: true } : { ...song, levelPending: false };
  }
}
