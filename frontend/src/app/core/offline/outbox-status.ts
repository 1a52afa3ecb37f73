import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';

import { Icon } from '../../shared/ui/icon';
import { OnlineStatus } from '../pwa/online-status';
import { Outbox } from './outbox';

/**
 * App-wide: how many actions wait to be sent (while the screens mark each one), and the refusals
 * of actions sent later, whatever screen is open by then.
 */
@Component({
  selector: 'bt-outbox-status',
  imports: [Icon],
  templateUrl: './outbox-status.html',
  // The offline banner's layout, in the colours of each message.
  styleUrls: ['../pwa/offline-banner.css', './outbox-status.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OutboxStatus {
  protected readonly outbox = inject(Outbox);
  private readonly connectivity = inject(OnlineStatus);

  protected readonly waiting = computed(() => {
    const count = this.outbox.count();
    if (count === 0) return null;
    const online = this.connectivity.online();
    if (count === 1) {
      return online
        ? $localize`:@@outbox.sendingOne:1 action en cours d'envoi`
        : $localize`:@@outbox.waitingOne:1 action sera envoyée au retour du réseau`;
    }
    return online
      ? $localize`:@@outbox.sendingMany:${count}:count: actions en cours d'envoi`
      : $localize`:@@outbox.waitingMany:${count}:count: actions seront envoyées au retour du réseau`;
  });
}
