import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  LOCALE_ID,
  signal,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';

import { focusAfterRender } from '../../../core/forms/focus-after-render';
import { ConfirmDialog } from '../../../shared/ui/confirm-dialog';
import { Icon } from '../../../shared/ui/icon';
import { ListStatus } from '../../../shared/ui/list-status';
import { ListToolbar } from '../../../shared/ui/list-toolbar';
import { SongByline } from '../../../shared/ui/song-byline';
import { eventWhen } from '../../event-when';
import { RunningOrder } from '../../running-order/running-order';
import { SongPick } from '../../song-pick';
import { LeaveCheck } from '../../unsaved-changes-guard';
import { formatDuration } from '../../../repertoire/song-rules';
import { setLengthText, songCountText, untimedSongsText } from '../duration-text';
import { SetlistRow, SetSummary } from '../setlist-rows';
import { SetlistStore } from '../setlist-store';
import { SongSummary } from '../../../core/api/api-types';

/** The most characters of a break's label (the server's limit). */
const BREAK_LABEL_MAX = 60;

/**
 * /gigs/:id/setlist, managers: the gig's running order built from the band's repertoire (a
 * searchable list, the songs already in it marked), with breaks between sets (« Rappel »),
 * reordered by dragging or from the keyboard, each set's length and the whole one live, saved whole.
 * Leaving with changes not saved asks first.
 */
@Component({
  selector: 'bt-setlist-editor',
  imports: [RouterLink, Icon, ConfirmDialog, ListStatus, ListToolbar, SongByline, SongPick, RunningOrder],
  templateUrl: './setlist-editor.html',
  styleUrl: './setlist-editor.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [SetlistStore],
  host: { '(window:beforeunload)': 'warnBeforeUnload($event)' },
})
export class SetlistEditor implements LeaveCheck {
  protected readonly store = inject(SetlistStore);
  private readonly locale = inject(LOCALE_ID);
  private readonly confirm = viewChild.required(ConfirmDialog);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** From the route (`:id`). */
  readonly id = input.required<string>();

  protected readonly breakLabelMax = BREAK_LABEL_MAX;
  protected readonly formatDuration = formatDuration;
  protected readonly songCountText = songCountText;
  protected readonly untimedSongsText = untimedSongsText;
  protected readonly announcement = signal('');
  protected readonly when = computed(() => {
    const gig = this.store.gig();
    return gig ? eventWhen(this.locale, gig.timeZone, gig.startsAt, gig.endsAt) : '';
  });

  constructor() {
    effect(() => this.store.gigId.set(this.id()));
  }

  canLeave(): boolean | Promise<boolean> {
    if (!this.store.changed()) return true;
    return this.confirm().ask({
      title: $localize`:@@setlist.leaveTitle:Quitter sans enregistrer ?`,
      message: $localize`:@@setlist.leaveMessage:Les changements de la setlist qui ne sont pas enregistrés seront perdus.`,
      confirmLabel: $localize`:@@setlist.leave:Quitter sans enregistrer`,
      danger: true,
    });
  }

  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.store.changed()) event.preventDefault();
  }

  protected setName(set: SetSummary, index: number): string {
    return set.label ?? $localize`:@@setlist.setNumber:Set ${index + 1}:number:`;
  }

  protected setText(set: { songCount: number; totalSeconds: number; untimedSongs: number }): string {
    const parts = [songCountText(set.songCount), setLengthText(set.totalSeconds)];
    if (set.untimedSongs > 0) parts.push(untimedSongsText(set.untimedSongs));
    return parts.join(' · ');
  }

  protected songDetails(row: SetlistRow): string {
    if (row.kind !== 'song') return '';
    const parts = [row.songKey, row.bpm === null ? null : $localize`:@@setlist.bpm:${row.bpm}:bpm: BPM`];
    return parts.filter((part) => part !== null).join(' · ');
  }

  protected addSong(song: SongSummary): void {
    this.store.addSong(song);
    this.announcement.set(
      $localize`:@@setlist.added:« ${song.title}:title: » ajouté en position ${this.store.rows().length}:position:`,
    );
  }

  protected addLabel(title: string): string {
    return $localize`:@@setlist.addSong:Ajouter « ${title}:title: » à la setlist`;
  }

  protected addBreak(): void {
    const key = this.store.addBreak();
    focusAfterRender(() => this.host.nativeElement, [`[data-key="${key}"] input`], this.injector);
  }

  protected relabel(key: string, event: Event): void {
    this.store.relabel(key, (event.target as HTMLInputElement).value);
  }

  protected async save(): Promise<void> {
    if (await this.store.checkSavedElsewhere()) {
      const overwrite = await this.confirm().ask({
        title: $localize`:@@setlist.staleTitle:La setlist a changé entre-temps`,
        message: $localize`:@@setlist.staleMessage:Un autre manager a enregistré une autre version depuis que vous l'avez ouverte. Remplacer la sienne par la vôtre ? Sinon, rechargez-la pour partir de la sienne.`,
        confirmLabel: $localize`:@@setlist.overwrite:Remplacer par la mienne`,
        danger: true,
      });
      if (!overwrite) return;
    }
    await this.store.save();
  }
}
