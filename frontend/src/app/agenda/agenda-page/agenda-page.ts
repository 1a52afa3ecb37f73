import { ChangeDetectionStrategy, Component, inject } from '@angular/core';

import { EventType } from '../../core/api/api-types';
import { EventCard } from '../../schedule/event-card/event-card';
import { AgendaQuery } from '../../schedule/schedule-api';
import { ListStatus } from '../../shared/ui/list-status';
import { LoadMore } from '../../shared/ui/load-more';
import { ToggleGroup, ToggleOption } from '../../shared/ui/toggle-group';
import { AgendaStore } from '../agenda-store';

type TypeChoice = EventType | 'all';

/** Agenda: the band's rehearsals and gigs by month, to come or past, with my answer to each. */
@Component({
  selector: 'bt-agenda-page',
  imports: [EventCard, ListStatus, LoadMore, ToggleGroup],
  providers: [AgendaStore],
  templateUrl: './agenda-page.html',
  styleUrl: './agenda-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgendaPage {
  protected readonly store = inject(AgendaStore);
  protected readonly whenLabel = $localize`:@@agenda.when:Période`;
  protected readonly whenOptions: readonly ToggleOption<AgendaQuery['when']>[] = [
    { value: 'upcoming', label: $localize`:@@agenda.upcoming:À venir` },
    { value: 'past', label: $localize`:@@agenda.past:Passé` },
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
}
