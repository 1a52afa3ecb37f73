import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  LOCALE_ID,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';

import { GigStatus } from '../../core/api/api-types';
import { OnlineStatus } from '../../core/pwa/online-status';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog';
import { ExportLinks } from '../../shared/ui/export-links';
import { Icon } from '../../shared/ui/icon';
import { AttendanceOverview } from '../attendance-overview/attendance-overview';
import { EventAdmin } from '../event-admin';
import { EventStatus } from '../event-status/event-status';
import { EventStore } from '../event-store';
import { eventWhenInFull } from '../event-when';
import { feeText } from '../fee-text';
import { setlistExportUrl } from '../schedule-api';
import { GivenAnswer, MyAnswer } from '../my-answer/my-answer';
import { SetlistView } from '../setlist-view/setlist-view';

/**
 * /gigs/:id: the gig on the band's clock (both days of one past midnight), where (the address opens
 * a map), the fee, the notes; my answer with a comment (through the outbox, so it waits offline),
 * the setlist read-only with a printable version and its exports (PDF list or stage, CSV), who comes; managers edit it, its setlist, or
 * delete it.
 */
@Component({
  selector: 'bt-gig-page',
  imports: [
    RouterLink,
    Icon,
    ConfirmDialog,
    AttendanceOverview,
    EventAdmin,
    EventStatus,
    MyAnswer,
    SetlistView,
    ExportLinks,
  ],
  templateUrl: './gig-page.html',
  styleUrl: '../event-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [EventStore],
})
export class GigPage {
  protected readonly store = inject(EventStore);
  private readonly router = inject(Router);
  private readonly locale = inject(LOCALE_ID);
  private readonly confirm = viewChild.required(ConfirmDialog);

  /** From the route (`:id`). */
  readonly id = input.required<string>();

  protected readonly online = inject(OnlineStatus).online;
  protected readonly gig = this.store.gig;
  protected readonly exportUrl = computed(() => setlistExportUrl(this.id()));
  protected readonly when = computed(() => {
    const gig = this.gig();
    return gig ? eventWhenInFull(this.locale, gig.timeZone, gig.startsAt, gig.endsAt) : '';
  });
  protected readonly fee = computed(() => {
    const gig = this.gig();
    return gig?.feeCents == null ? null : feeText(this.locale, gig.feeCents, gig.currency);
  });
  protected readonly mapUrl = computed(() => {
    const address = this.gig()?.address;
    return address ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}` : null;
  });
  protected readonly statusLabel = computed(() => {
    const labels: Record<GigStatus, string> = {
      planned: $localize`:@@gig.planned:Prévu`,
      confirmed: $localize`:@@gig.confirmed:Confirmé`,
      cancelled: $localize`:@@schedule.cancelled:Annulé`,
    };
    const status = this.gig()?.status;
    return status ? labels[status] : '';
  });

  constructor() {
    effect(() => this.store.open('gig', this.id()));
  }

  protected answer(given: GivenAnswer): void {
    const gig = this.gig();
    if (gig) this.store.answer(given.status, given.comment, 'this', gig.title);
  }

  protected async remove(): Promise<void> {
    const gig = this.gig();
    if (!gig) return;
    const ok = await this.confirm().ask({
      title: $localize`:@@gig.deleteTitle:Supprimer ce concert ?`,
      message: $localize`:@@gig.deleteMessage:« ${gig.title}:title: » disparaît de l'agenda de chacun, avec sa setlist et les réponses.`,
      confirmLabel: $localize`:@@gig.delete:Supprimer`,
      danger: true,
    });
    if (ok && (await this.store.remove())) await this.router.navigate(['/agenda']);
  }
}
