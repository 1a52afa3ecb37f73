import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

import { Icon } from './icon';

/**
 * Where a list read from the server stands, above its items: the error with a retry, "Chargement…"
 * while the first page comes, or (projected, optional) what to say when it is empty. Nothing once it
 * has items. Its parts sit in the page's own layout, as if written there. A page that reads one
 * resource uses it the same way: `empty` until the resource is there.
 */
@Component({
  selector: 'bt-list-status',
  imports: [Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (error(); as error) {
      <div role="alert">
        <p class="notice notice-error" [attr.data-testid]="errorTestId()">{{ error }}</p>
      </div>
      <button type="button" class="button button-secondary" (click)="retry.emit()">
        <bt-icon name="refresh" />
        <span i18n="@@common.retry">Réessayer</span>
      </button>
    } @else if (empty() && loading()) {
      <p class="muted" role="status" i18n="@@common.loading">Chargement…</p>
    } @else if (empty()) {
      <p class="muted empty" [attr.data-testid]="emptyTestId()"><ng-content /></p>
    }
  `,
  styles: `
    :host {
      display: contents;
    }

    .muted {
      margin: 0;
      color: var(--bt-color-text-muted);
    }

    .empty {
      padding: var(--bt-space-4) 0;
    }

    /* No empty message projected: a list that cannot be empty once read (the guard saw a band). */
    .empty:empty {
      display: none;
    }
  `,
})
export class ListStatus {
  /** Why the list could not be read. */
  readonly error = input<string | null>(null);
  readonly loading = input(false);
  /** No item shown (yet). */
  readonly empty = input(false);
  readonly emptyTestId = input<string | null>(null);
  readonly errorTestId = input<string | null>(null);
  readonly retry = output();
}
