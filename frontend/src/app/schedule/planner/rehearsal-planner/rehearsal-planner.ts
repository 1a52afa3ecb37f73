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

import { ConfirmDialog } from '../../../shared/ui/confirm-dialog';
import { Icon } from '../../../shared/ui/icon';
import { ListStatus } from '../../../shared/ui/list-status';
import { eventWhen } from '../../event-when';
import { RunningOrder } from '../../running-order/running-order';
import { SongPick } from '../../song-pick';
import { LeaveCheck } from '../../unsaved-changes-guard';
import { PlannerStore } from '../planner-store';
import { proposalReasonText } from '../proposal-reason-text';

/**
 * Managers: the songs to work on at a rehearsal. The planner's proposals come with their reason
 * (in the next gig and not mastered, lowest band average, not rehearsed for weeks), each accepted
 * in one tap; the songs chosen (the rehearsal's own first) are reordered and removed like a
 * setlist's, and saved together.
 */
@Component({
  selector: 'bt-rehearsal-planner',
  imports: [ConfirmDialog, Icon, ListStatus, RunningOrder, SongPick],
  templateUrl: './rehearsal-planner.html',
  styleUrl: './rehearsal-planner.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [PlannerStore],
})
export class RehearsalPlanner implements LeaveCheck {
  protected readonly store = inject(PlannerStore);
  private readonly locale = inject(LOCALE_ID);
  private readonly confirm = viewChild.required(ConfirmDialog);

  readonly rehearsalId = input.required<string>();

  protected readonly announcement = signal('');
  protected readonly when = computed(() => {
    const rehearsal = this.store.rehearsal();
    return rehearsal ? eventWhen(this.locale, rehearsal.timeZone, rehearsal.startsAt, rehearsal.endsAt) : '';
  });

  constructor() {
    effect(() => this.store.rehearsalId.set(this.rehearsalId()));
  }

  canLeave(): boolean | Promise<boolean> {
    if (!this.store.changed()) return true;
    return this.confirm().ask({
      title: $localize`:@@planner.leaveTitle:Quitter sans enregistrer ?`,
      message: $localize`:@@planner.leaveMessage:Les morceaux choisis qui ne sont pas enregistrés seront perdus.`,
      confirmLabel: $localize`:@@planner.leave:Quitter sans enregistrer`,
      danger: true,
    });
  }

  protected reason(proposal: { reason: Parameters<typeof proposalReasonText>[0] }): string {
    return proposalReasonText(proposal.reason, this.locale, this.store.rehearsal()?.timeZone ?? 'UTC');
  }

  protected acceptLabel(title: string): string {
    return $localize`:@@planner.acceptSong:Ajouter « ${title}:title: » à la répétition`;
  }

  protected accept(songId: string, title: string): void {
    this.store.accept(songId);
    this.announcement.set(
      $localize`:@@planner.accepted:« ${title}:title: » ajouté en position ${this.store.chosen().length}:position:`,
    );
  }

  protected save(): void {
    void this.store.save();
  }
}
