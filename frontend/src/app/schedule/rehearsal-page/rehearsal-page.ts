import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  LOCALE_ID,
  signal,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';

import { OnlineStatus } from '../../core/pwa/online-status';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog';
import { Icon } from '../../shared/ui/icon';
import { AttendanceOverview } from '../attendance-overview/attendance-overview';
import { EventAdmin } from '../event-admin';
import { EventStatus } from '../event-status/event-status';
import { EventStore, SeriesScope } from '../event-store';
import { eventWhenInFull } from '../event-when';
import { seriesEndText } from '../series-end-text';
import { GivenAnswer, MyAnswer } from '../my-answer/my-answer';

/**
 * /rehearsals/:id: the date on the band's clock, where, the notes, the songs to work on; my answer
 * with a comment, for this date or, a date of a series, the whole series from it; who comes;
 * managers edit it, call it off or delete it (a date of a series alone, or with the following ones).
 */
@Component({
  selector: 'bt-rehearsal-page',
  imports: [RouterLink, Icon, ConfirmDialog, AttendanceOverview, EventAdmin, EventStatus, MyAnswer],
  templateUrl: './rehearsal-page.html',
  styleUrl: '../event-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [EventStore],
})
export class RehearsalPage {
  protected readonly store = inject(EventStore);
  private readonly router = inject(Router);
  private readonly locale = inject(LOCALE_ID);
  private readonly confirm = viewChild.required(ConfirmDialog);

  /** From the route (`:id`). */
  readonly id = input.required<string>();

  protected readonly online = inject(OnlineStatus).online;
  protected readonly rehearsal = this.store.rehearsal;
  protected readonly inSeries = computed(() => this.rehearsal()?.seriesId != null);
  protected readonly seriesEnd = computed(() => {
    const rehearsal = this.rehearsal();
    return rehearsal?.seriesEnd ? seriesEndText(this.locale, rehearsal.timeZone, rehearsal.seriesEnd) : null;
  });
  protected readonly when = computed(() => {
    const rehearsal = this.rehearsal();
    return rehearsal ? eventWhenInFull(this.locale, rehearsal.timeZone, rehearsal.startsAt, rehearsal.endsAt) : '';
  });
  /** Managers, a date of a series: what a cancel or a delete applies to. */
  protected readonly scope = signal<SeriesScope>('this');

  constructor() {
    effect(() => {
      this.store.open('rehearsal', this.id());
      this.scope.set('this');
    });
  }

  protected answer(given: GivenAnswer): void {
    this.store.answer(given.status, given.comment, given.scope, this.when());
  }

  protected async cancel(): Promise<void> {
    const following = this.inSeries() && this.scope() === 'following';
    const ok = await this.confirm().ask({
      title: following
        ? $localize`:@@rehearsal.cancelFollowingTitle:Annuler cette répétition et les suivantes ?`
        : $localize`:@@rehearsal.cancelTitle:Annuler cette répétition ?`,
      message: $localize`:@@rehearsal.cancelMessage:Elle reste dans l'agenda, marquée annulée ; personne ne peut plus y répondre.`,
      confirmLabel: $localize`:@@rehearsal.cancel:Annuler la répétition`,
      danger: true,
    });
    if (ok) await this.store.cancelRehearsal(following ? 'following' : 'this');
  }

  protected async remove(): Promise<void> {
    const following = this.inSeries() && this.scope() === 'following';
    const ok = await this.confirm().ask({
      title: following
        ? $localize`:@@rehearsal.deleteFollowingTitle:Supprimer cette répétition et les suivantes ?`
        : $localize`:@@rehearsal.deleteTitle:Supprimer cette répétition ?`,
      message: $localize`:@@rehearsal.deleteMessage:Elle disparaît de l'agenda de chacun, avec les réponses.`,
      confirmLabel: $localize`:@@rehearsal.delete:Supprimer`,
      danger: true,
    });
    if (ok && (await this.store.remove(following ? 'following' : 'this'))) await this.router.navigate(['/agenda']);
  }
}
