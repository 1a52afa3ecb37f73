import { httpResource } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { firstValueFrom } from 'rxjs';

import { toApiFailure } from '../core/api/api-failure';
import { ChangeSongRequest, Song } from '../core/api/api-types';
import { ActiveBand } from '../core/band/active-band';
import { refetchOn } from '../core/live/refetch-on';
import { Outbox } from '../core/offline/outbox';
import { SessionStore } from '../core/session/session-store';
import { RepertoireApi, songUrl } from './repertoire-api';
import { repertoireAction, repertoireFailureMessage } from './repertoire-action';
import { SONG_LEVEL } from './song-level';

/**
 * The song page: the song, my level (through the outbox: at once, kept offline, the server's
 * answer wins) and my private note (saved when asked), the band's average and the others' levels
 * without names; managers edit it, mark it mastered or demote it.
 */
@Injectable()
export class SongStore {
  private readonly api = inject(RepertoireApi);
  private readonly outbox = inject(Outbox);
  private readonly session = inject(SessionStore);
  private readonly active = inject(ActiveBand);

  readonly songId = signal<string | null>(null);
  private readonly details = httpResource<Song>(() => {
    const id = this.songId();
    return id ? songUrl(id) : undefined;
  });
  private readonly noteAction = repertoireAction(this.session);
  private readonly songAction = repertoireAction(this.session);
  private readonly editAction = repertoireAction(this.session);

  readonly song = computed(() => {
    const song = this.details.hasValue() ? this.details.value() : null;
    return song?.id === this.songId() ? song : null;
  });
  readonly loading = this.details.isLoading;
  readonly loadError = computed(() => {
    const error = this.details.error();
    return error ? repertoireFailureMessage(toApiFailure(error)) : null;
  });
  /** My level as shown: the one on its way, else the server's (null: not rated yet). */
  readonly myLevel = computed(() => {
    const song = this.song();
    if (!song) return null;
    return this.outbox.pending(SONG_LEVEL, song.id)?.level ?? song.myProgress?.level ?? null;
  });
  readonly levelPending = computed(() => {
    const song = this.song();
    return song !== null && this.outbox.isPending(SONG_LEVEL, song.id);
  });
  readonly savingNote = this.noteAction.state;
  readonly songChange = this.songAction.state;
  /** Managers editing the song's fields. */
  readonly editing = this.editAction.state;
  readonly canManage = this.active.canManage;

  constructor() {
    refetchOn({
      bandId: this.active.id,
      types: ['song.updated', 'song.deleted', 'progress.changed'],
      concerns: (message) => message.songId === this.songId(),
      refetch: () => this.reload(),
    });
    this.outbox.delivered.pipe(takeUntilDestroyed()).subscribe((delivery) => {
      if (delivery.kind !== SONG_LEVEL.name || delivery.target !== this.songId()) return;
      if (delivery.outcome.status === 'sent') this.details.set(delivery.outcome.answer as Song);
      else this.details.reload();
    });
  }

  reload(): void {
    this.details.reload();
  }

  setLevel(level: number): void {
    const song = this.song();
    if (song) void this.outbox.submit(SONG_LEVEL, { songId: song.id, level, title: song.title });
  }

  /** Saves my note (with my level: the API keeps both together); an empty note removes it. */
  saveNote(note: string): Promise<boolean> {
    const song = this.song();
    const level = this.myLevel();
    if (!song || level === null) return Promise.resolve(false);
    return this.noteAction.run(async () => {
      this.details.set(await firstValueFrom(this.api.setProgress(song.id, { level, note: note.trim() || null })));
    });
  }

  setMastered(mastered: boolean): Promise<boolean> {
    const song = this.song();
    if (!song) return Promise.resolve(false);
    return this.songAction.run(async () => {
      this.details.set(await firstValueFrom(this.api.change(song.id, { mastered })));
    });
  }

  /** Managers: title, artist, version of, links, key, tempo, duration. */
  edit(changes: ChangeSongRequest): Promise<boolean> {
    const song = this.song();
    if (!song) return Promise.resolve(false);
    return this.editAction.run(async () => {
      this.details.set(await firstValueFrom(this.api.change(song.id, changes)));
    });
  }

  resetEditing(): void {
    this.editAction.reset();
  }

  demote(): Promise<boolean> {
    const song = this.song();
    if (!song) return Promise.resolve(false);
    return this.songAction.run(() => firstValueFrom(this.api.demote(song.id)));
  }
}
