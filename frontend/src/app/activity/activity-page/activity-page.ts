import { ChangeDetectionStrategy, Component, inject } from '@angular/core';

import { ListStatus } from '../../shared/ui/list-status';
import { LoadMore } from '../../shared/ui/load-more';
import { ActivityStore } from '../activity-store';

/** The band's activity: who did what, newest first, with « Voir plus » for older lines. */
@Component({
  selector: 'bt-activity-page',
  imports: [ListStatus, LoadMore],
  providers: [ActivityStore],
  templateUrl: './activity-page.html',
  styleUrl: './activity-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActivityPage {
  protected readonly store = inject(ActivityStore);
}
