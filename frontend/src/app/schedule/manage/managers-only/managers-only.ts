import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

/** What a member sees on a manager's form: who may plan, and the way back to the agenda. */
@Component({
  selector: 'bt-managers-only',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="managers-only-heading" data-testid="managers-only">
      <h2 id="managers-only-heading" i18n="@@manage.managersOnlyTitle">Réservé aux managers</h2>
      <p i18n="@@manage.managersOnlyText">
        Seuls les managers et les admins du groupe planifient les concerts et les répétitions.
      </p>
      <a class="button button-secondary" routerLink="/agenda" i18n="@@manage.backToAgenda">Retour à l'agenda</a>
    </section>
  `,
  styles: `
    .card {
      display: grid;
      justify-items: start;
      gap: var(--bt-space-3);
    }

    h2,
    p {
      margin: 0;
    }
  `,
})
export class ManagersOnly {}
