import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, LOCALE_ID } from '@angular/core';
import { RouterLink } from '@angular/router';

import { Icon } from '../../shared/ui/icon';
import { EventStatus } from '../event-status/event-status';
import { EventStore } from '../event-store';
import { eventWhenInFull } from '../event-when';
import { setlistSets } from '../setlist-sets';
import { setLengthText, untimedSongsText } from '../setlist/duration-text';

/**
 * /gigs/:id/print: the setlist to print and put on a music stand, without the app around it — black
 * on white, large type, one page per set, each song with its number, key and tempo, what each set
 * lasts.
 */
@Component({
  selector: 'bt-setlist-print',
  imports: [RouterLink, Icon, EventStatus],
  templateUrl: './setlist-print.html',
  styleUrl: './setlist-print.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [EventStore],
})
export class SetlistPrint {
  protected readonly store = inject(EventStore);
  private readonly locale = inject(LOCALE_ID);
  private readonly window = inject(DOCUMENT).defaultView;

  /** From the route (`gigs/:id/print`). */
  readonly id = input.required<string>();

  protected readonly gig = this.store.gig;
  protected readonly sets = computed(() => {
    const gig = this.gig();
    return gig ? setlistSets(gig.setlist) : [];
  });
  protected readonly when = computed(() => {
    const gig = this.gig();
    return gig ? eventWhenInFull(this.locale, gig.timeZone, gig.startsAt, gig.endsAt) : '';
  });
  protected readonly setLengthText = setLengthText;
  protected readonly untimedSongsText = untimedSongsText;

  constructor() {
    effect(() => this.store.open('gig', this.id()));
  }

  protected setTitle(label: string | null, index: number): string {
    return label ?? $localize`:@@setlist.setNumber:Set ${index + 1}:number:`;
  }

  protected print(): void {
    this.window?.print();
  }
}
