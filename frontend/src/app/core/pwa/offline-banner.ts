import { ChangeDetectionStrategy, Component, inject } from '@angular/core';

import { Icon } from '../../shared/ui/icon';
import { OnlineStatus } from './online-status';

@Component({
  selector: 'bt-offline-banner',
  imports: [Icon],
  templateUrl: './offline-banner.html',
  styleUrl: './offline-banner.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OfflineBanner {
  protected readonly status = inject(OnlineStatus);
}
