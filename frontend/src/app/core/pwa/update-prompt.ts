import { ChangeDetectionStrategy, Component, inject } from '@angular/core';

import { Icon } from '../../shared/ui/icon';
import { AppUpdates } from './app-updates';

/** Offers to reload once a new version is ready (or the cache is broken), in the app's status region (app.html). */
@Component({
  selector: 'bt-update-prompt',
  imports: [Icon],
  templateUrl: './update-prompt.html',
  styleUrl: './update-prompt.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UpdatePrompt {
  protected readonly updates = inject(AppUpdates);
}
