import { ChangeDetectionStrategy, Component, computed, inject, input, LOCALE_ID, output } from '@angular/core';
import { RouterLink } from '@angular/router';

import { EventSummary } from '../../core/api/api-types';
import { eventPath } from '../../schedule/event-path';
import { MonthGrid } from '../month-grid';

/**
 * The agenda as a month calendar for wide screens: a real table (weekday headers, one row per week),
 * today marked, each date a link to its page, the previous and next months one click away.
 */
@Component({
  selector: 'bt-month-view',
  imports: [RouterLink],
  templateUrl: './month-view.html',
  styleUrl: './month-view.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MonthView {
  private readonly locale = inject(LOCALE_ID);

  readonly grid = input.required<MonthGrid>();
  /** The band's IANA time zone. */
  readonly timeZone = input.required<string>();
  /** -1: the month before, 1: the month after, 0: this month. */
  readonly step = output<number>();

  private readonly time = computed(
    () => new Intl.DateTimeFormat(this.locale, { timeZone: this.timeZone(), hour: '2-digit', minute: '2-digit' }),
  );
  private readonly dayName = computed(
    () => new Intl.DateTimeFormat(this.locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }),
  );

  protected readonly eventPath = eventPath;

  protected label(item: EventSummary): string {
    return item.title ?? $localize`:@@schedule.rehearsal:Répétition`;
  }

  protected startTime(item: EventSummary): string {
    return this.time().format(new Date(item.startsAt));
  }

  /** « jeudi 3 décembre », the cell's accessible day name. */
  protected dayLabel(date: string): string {
    return this.dayName().format(new Date(`${date}T12:00:00Z`));
  }
}
