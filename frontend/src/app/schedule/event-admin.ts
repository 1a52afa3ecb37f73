import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The managers' card of a gig's or a rehearsal's page: their actions (projected) and, read out when
 * it comes, why the last one failed.
 */
@Component({
  selector: 'bt-event-admin',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="admin-heading">
      <h2 id="admin-heading" i18n="@@event.admin">Gestion</h2>
      <ng-content />
      <div role="alert" class="live-region">
        @if (failure(); as failure) {
          <p class="notice notice-error">{{ failure }}</p>
        }
      </div>
    </section>
  `,
  styles: `
    .card {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--bt-space-3);
    }

    h2 {
      margin: 0;
    }
  `,
})
export class EventAdmin {
  readonly failure = input<string | null | undefined>(null);
}
