import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

/**
 * The end of a manager form: why the save failed (`message`, test id `{kind}-form-error`), the
 * submit button (test id `save-{kind}`, its label projected) and the way back without saving.
 */
@Component({
  selector: 'bt-save-actions',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'form' },
  template: `
    <div role="alert" class="live-region">
      @if (message(); as message) {
        <p class="notice notice-error" [attr.data-testid]="kind() + '-form-error'" tabindex="-1">{{ message }}</p>
      }
    </div>
    <div class="actions">
      <button type="submit" class="button" [attr.data-testid]="'save-' + kind()" [disabled]="pending()">
        <ng-content />
      </button>
      <a class="button button-secondary" [routerLink]="back()" i18n="@@common.cancel">Annuler</a>
    </div>
  `,
  styles: `
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--bt-space-2);
    }
  `,
})
export class SaveActions {
  readonly kind = input.required<'gig' | 'rehearsal'>();
  readonly message = input<string | null>(null);
  readonly pending = input(false);
  /** Where cancelling goes (the event's page, or the agenda). */
  readonly back = input.required<readonly unknown[]>();
}
