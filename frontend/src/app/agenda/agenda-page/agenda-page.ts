import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { map } from 'rxjs';

import { EventType } from '../../core/api/api-types';
import { ActiveBand } from '../../core/band/active-band';
import { EventCard } from '../../schedule/event-card/event-card';
import { Icon } from '../../shared/ui/icon';
import { ListStatus } from '../../shared/ui/list-status';
import { LoadMore } from '../../shared/ui/load-more';
import { ToggleGroup, ToggleOption } from '../../shared/ui/toggle-group';
import { AgendaPeriod, AgendaStore } from '../agenda-store';
import { MonthView } from '../month-view/month-view';

type TypeChoice = EventType | 'all';

/** Where the month calendar has room (below, the list only). */
const WIDE_SCREEN = '(min-width: 900px)';

/**
 * Agenda: the band's rehearsals and gigs by month, to come, past or between two days, with my
 * answer to each; on a wide screen, also as a month calendar. Managers plan new ones from here.
 */
@Component({
  selector: 'bt-agenda-page',
  imports: [EventCard, Icon, ListStatus, LoadMore, MonthView, RouterLink, ToggleGroup],
  providers: [AgendaStore],
  templateUrl: './agenda-page.html',
  styleUrl: './agenda-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgendaPage {
  protected readonly store = inject(AgendaStore);
  protected readonly canManage = inject(ActiveBand).canManage;
  private readonly wide = toSignal(
    inject(BreakpointObserver)
      .observe(WIDE_SCREEN)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly monthShown = computed(() => this.wide() && this.store.view() === 'month');
  protected readonly canChooseView = this.wide;

  protected readonly viewLabel = $localize`:@@agenda.view:Affichage`;
  protected readonly viewOptions: readonly ToggleOption<'list' | 'month'>[] = [
    { value: 'list', label: $localize`:@@agenda.viewList:Liste` },
    { value: 'month', label: $localize`:@@agenda.viewMonth:Mois` },
  ];
  protected readonly whenLabel = $localize`:@@agenda.when:Période`;
  protected readonly whenOptions: readonly ToggleOption<AgendaPeriod>[] = [
    { value: 'upcoming', label: $localize`:@@agenda.upcoming:À venir` },
    { value: 'past', label: $localize`:@@agenda.past:Passé` },
    { value: 'range', label: $localize`:@@agenda.range:Dates` },
  ];
  protected readonly typeLabel = $localize`:@@agenda.type:Type`;
  protected readonly typeOptions: readonly ToggleOption<TypeChoice>[] = [
    { value: 'all', label: $localize`:@@agenda.all:Tout` },
    { value: 'rehearsal', label: $localize`:@@agenda.rehearsals:Répétitions` },
    { value: 'gig', label: $localize`:@@agenda.gigs:Concerts` },
  ];

  protected typeChoice(): TypeChoice {
    return this.store.type() ?? 'all';
  }

  protected chooseType(choice: TypeChoice): void {
    this.store.type.set(choice === 'all' ? null : choice);
  }

  protected dayInput(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}
