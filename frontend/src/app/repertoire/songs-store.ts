import { computed, inject, Injectable, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { toApiFailure } from '../core/api/api-failure';
import { AddSongRequest, SongSort, SongStatus, SongSummary } from '../core/api/api-types';
import { ActiveBand } from '../core/band/active-band';
import { refetchOn } from '../core/live/refetch-on';
import { Outbox } from '../core/offline/outbox';
import { SessionStore } from '../core/session/session-store';
import { CursorPages } from '../core/state/cursor-pages';
import { RepertoireApi, repertoireExportUrl, SongQuery, songPageRequest } from './repertoire-api';
import { repertoireAction, repertoireFailureMessage } from './repertoire-action';
import { SONG_LEVEL } from './song-level';

/** A song as the list shows it: my level still on its way counts already. */
export interface SongItem extends SongSummary {
  readonly levelPending: boolean;
}

/**
 * The repertoire screen: the active band's songs being learnt or mastered, searched, sorted by
 * title, my level or the band's average (lowest first: what to work on), read page by page;
 * managers add songs, mark them mastered, demote them.
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
  private readonly query = computed<SongQuery | undefined>(() => {
    const bandId = this.active.id();
    return bandId ? { bandId, status: this.status(), q: this.search().trim(), sort: this.sort() } : undefined;
  });
  /** The whole repertoire (every tab) as a PDF or a CSV. */
  readonly exportUrl = computed(() => {
    const bandId = this.active.id();
    return bandId ? repertoireExportUrl(bandId) : null;
  });
  private readonly moreAction = repertoireAction(this.session);
  private readonly list = new CursorPages<SongQuery, SongSummary>({
    query: this.query,
    request: songPageRequest,
    more: this.moreAction,
  });
  private readonly addAction = repertoireAction(this.session);
  private readonly songAction = repertoireAction(this.session);

  /** In the server's order: a level still on its way shows, the song stays where it was. */
  readonly songs = computed<readonly SongItem[]>(() => this.list.items().map((song) => this.withPendingLevel(song)));
  readonly loading = this.list.loading;
  readonly loadError = computed(() => {
    const error = this.list.error();
    return error ? repertoireFailureMessage(toApiFailure(error)) : null;
  });
  readonly hasMore = this.list.hasMore;
  readonly loadingMore = this.moreAction.state;
  readonly adding = this.addAction.state;
  /** Marking mastered or demoting (`subject`: the song's id). */
  readonly songChange = this.songAction.state;
  readonly canManage = this.active.canManage;

  constructor() {
    refetchOn({
      bandId: this.active.id,
      types: ['song.created', 'song.updated', 'song.deleted', 'progress.changed'],
      refetch: () => this.reload(),
    });
  }

  reload(): void {
    this.list.reload();
  }

  /** Reads the page after the last one read. */
  loadMore(): Promise<boolean> {
    return this.list.loadMore();
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
    this.list.update((songs) => songs.filter((s) => s.id !== id));
  }

  private withPendingLevel(song: SongSummary): SongItem {
    const pending = this.outbox.pending(SONG_LEVEL, song.id);
    return pending ? { ...song, myLevel: pending.level, levelPending: true } : { ...song, levelPending: false };
  }
}
