import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';

import { genericFailureMessage } from '../../core/api/failure-messages';
import { ActiveBand } from '../../core/band/active-band';
import { OnlineStatus } from '../../core/pwa/online-status';
import { SessionStore } from '../../core/session/session-store';
import { Action } from '../../core/state/action-state';

/**
 * The active band in the shell (top bar on phones, side bar on wide screens). With several bands it
 * is a select: choosing one saves it (PUT /api/me/active-band) and every band screen follows.
 */
@Component({
  selector: 'bt-band-switcher',
  templateUrl: './band-switcher.html',
  styleUrl: './band-switcher.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BandSwitcher {
  private readonly session = inject(SessionStore);
  private readonly active = inject(ActiveBand);
  private readonly switchAction = new Action({ describe: genericFailureMessage });

  protected readonly online = inject(OnlineStatus).online;
  protected readonly bands = this.session.bands;
  protected readonly activeId = this.session.activeBandId;
  protected readonly name = this.active.name;
  protected readonly logoUrl = computed(() => this.active.band()?.logoUrl ?? null);
  protected readonly switching = this.switchAction.pending;
  protected readonly error = this.switchAction.failure;
  /** Announced once a switch is done. */
  protected readonly announced = signal<string | null>(null);

  protected async choose(event: Event): Promise<void> {
    const select = event.target as HTMLSelectElement;
    const bandId = select.value;
    if (!bandId || bandId === this.activeId()) return;
    this.announced.set(null);
    if (await this.switchAction.run(() => this.session.switchBand(bandId))) {
      const name = this.bands().find((band) => band.id === bandId)?.name ?? '';
      this.announced.set($localize`:@@switcher.switched:Groupe actif : ${name}:name:.`);
    } else {
      select.value = this.activeId() ?? '';
    }
  }
}
