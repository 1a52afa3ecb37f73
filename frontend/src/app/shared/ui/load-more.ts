import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/**
 * "Show more" under a list read page by page: `<bt-load-more [pending]="…" [failure]="…" (more)="…">Label</bt-load-more>`.
 * The failure, when the last page could not be read, is announced.
 */
@Component({
  selector: 'bt-load-more',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      type="button"
      class="button button-secondary"
      data-testid="load-more"
      [disabled]="pending()"
      (click)="more.emit()"
    >
      <ng-content />
    </button>
    @if (failure(); as message) {
      <p class="notice notice-error" role="alert">{{ message }}</p>
    }
  `,
  styles: `
    :host {
      display: grid;
      justify-items: center;
      gap: var(--bt-space-2);
    }
  `,
})
export class LoadMore {
  readonly pending = input(false);
  readonly failure = input<string | null>(null);
  readonly more = output();
}
