import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';

import { ListStatus } from '../../shared/ui/list-status';

/**
 * Where an event's page stands while its event is not shown: « Cette date n'existe plus » with the
 * way back to the agenda when it was deleted, else the loading or the read error with a retry.
 */
@Component({
  selector: 'bt-event-status',
  imports: [RouterLink, ListStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (gone()) {
      <div class="card gone" data-testid="event-gone">
        <h1 i18n="@@event.goneTitle">Cette date n'existe plus</h1>
        <p i18n="@@event.goneText">Elle a été supprimée, ou vous ne faites plus partie de son groupe.</p>
        <a class="button" routerLink="/agenda" i18n="@@event.toAgenda">Voir l'agenda</a>
      </div>
    } @else {
      <bt-list-status
        errorTestId="event-load-error"
        [error]="error()"
        [loading]="true"
        [empty]="true"
        (retry)="retry.emit()"
      />
    }
  `,
  styles: `
    .gone {
      display: grid;
      justify-items: start;
      gap: var(--bt-space-3);
    }
    .gone h1,
    .gone p {
      margin: 0;
    }
  `,
})
export class EventStatus {
  readonly gone = input.required<boolean>();
  readonly error = input<string | null>(null);
  readonly retry = output();
}
