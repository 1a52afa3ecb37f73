import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';

import { toApiFailure } from '../../core/api/api-failure';
import { genericFailureMessage } from '../../core/api/failure-messages';
import { ActiveBand } from '../../core/band/active-band';
import { OnlineStatus } from '../../core/pwa/online-status';
import { SessionStore } from '../../core/session/session-store';

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

  protected readonly online = inject(OnlineStatus).online;
  protected readonly bands = this.session.bands;
  protected readonly activeId = this.session.activeBandId;
  protected readonly name = this.active.name;
  protected readonly logoUrl = computed(() => this.active.band()?.logoUrl ?? null);
  protected readonly switching = signal(false);
  protected readonly error = signal<string | null>(null);
  /** Announced once a switch is done. */
  protected readonly announced = signal<string | null>(null);

  protected async choose(event: Event): Promise<void> {
    const select = event.target as HTMLSelectElement;
    const bandId = select.value;
    if (!bandId || bandId === this.activeId()) return;
    this.switching.set(true);
    this.error.set(null);
    this.announced.set(null);
    try {
      await this.session.switchBand(bandId);
      const name = this.bands().find((band) => band.id === bandId)?.name ?? '';
      this.announced.set($localize`:@@switcher.switched:Groupe actif : ${name}:name:.`);
    } catch (error) {
      select.value = this.activeId() ?? '';
      this.error.set(genericFailureMessage(toApiFailure(error)));
    } finally {
      this.switching.set(false);
    }
  }
}
