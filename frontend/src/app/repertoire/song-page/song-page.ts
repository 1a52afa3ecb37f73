import { DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  linkedSignal,
  signal,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';

import { AddSongRequest } from '../../core/api/api-types';
import { focusAfterRender } from '../../core/forms/focus-after-render';
import { OnlineStatus } from '../../core/pwa/online-status';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog';
import { FORM_FIELD } from '../../shared/ui/form-field';
import { Icon } from '../../shared/ui/icon';
import { ListStatus } from '../../shared/ui/list-status';
import { levelColor } from '../../shared/ui/level-control/level';
import { LevelControl } from '../../shared/ui/level-control/level-control';
import { LinkPlayer } from '../../shared/ui/link-player/link-player';
import { SongByline } from '../../shared/ui/song-byline';
import { SongForm } from '../song-form/song-form';
import { SongStore } from '../song-store';
import { formatDuration } from '../song-rules';

const NOTE_MAX = 2000;

/**
 * /repertoire/:songId: the song (artist, key, tempo, duration, links that play here), my level
 * 0–10 (kept offline, sent when the network returns) and my private note, the band's average and
 * the others' levels without names; managers edit its fields (the form takes the place of the
 * details), mark it mastered or send it back to the suggestions.
 */
@Component({
  selector: 'bt-song-page',
  imports: [
    DecimalPipe,
    RouterLink,
    Icon,
    ConfirmDialog,
    FORM_FIELD,
    LevelControl,
    LinkPlayer,
    SongForm,
    SongByline,
    ListStatus,
  ],
  templateUrl: './song-page.html',
  styleUrl: './song-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [SongStore],
})
export class SongPage {
  protected readonly store = inject(SongStore);
  private readonly router = inject(Router);
  private readonly confirm = viewChild.required(ConfirmDialog);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** From the route (`:songId`). */
  readonly songId = input.required<string>();

  protected readonly online = inject(OnlineStatus).online;
  protected readonly song = this.store.song;
  protected readonly levelColor = levelColor;
  protected readonly noteMax = NOTE_MAX;
  protected readonly formatDuration = formatDuration;
  /** The note being written; back to the saved one when the song is read again. */
  protected readonly note = linkedSignal(() => this.song()?.myProgress?.note ?? '');
  /** Managers: the song's fields are being edited. */
  protected readonly editing = signal(false);
  protected readonly noteChanged = computed(() => this.note() !== (this.song()?.myProgress?.note ?? ''));

  constructor() {
    effect(() => this.store.songId.set(this.songId()));
  }

  protected ratedBy(count: number): string {
    return count === 1
      ? $localize`:@@song.ratedByOne:1 membre a donné son niveau`
      : $localize`:@@song.ratedBy:${count}:count: membres ont donné leur niveau`;
  }

  protected editNote(event: Event): void {
    this.note.set((event.target as HTMLTextAreaElement).value);
  }

  protected saveNote(): void {
    void this.store.saveNote(this.note());
  }

  protected openEditor(): void {
    this.store.resetEditing();
    this.editing.set(true);
  }

  protected closeEditor(): void {
    this.store.resetEditing();
    this.editing.set(false);
    focusAfterRender(() => this.host.nativeElement, ['[data-testid=edit-song]'], this.injector);
  }

  protected async saveEdit(changes: AddSongRequest): Promise<void> {
    if (await this.store.edit(changes)) this.closeEditor();
  }

  protected async demote(): Promise<void> {
    const song = this.song();
    if (!song) return;
    const ok = await this.confirm().ask({
      title: $localize`:@@song.demoteTitle:Renvoyer aux suggestions ?`,
      message: $localize`:@@song.demoteMessage:« ${song.title}:title: » quitte le répertoire et redevient une suggestion ; les niveaux et les notes de chacun sont effacés.`,
      confirmLabel: $localize`:@@song.demote:Renvoyer aux suggestions`,
      danger: true,
    });
    if (ok && (await this.store.demote())) await this.router.navigate(['/suggestions']);
  }
}
