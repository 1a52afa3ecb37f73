import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';

import { Icon } from './icon';

/**
 * Show / hide button for a password input: `<bt-password-toggle [target]="passwordInput" />`.
 * Works with any forms API since it only flips the input's `type`.
 */
@Component({
  selector: 'bt-password-toggle',
  imports: [Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      type="button"
      class="button button-secondary toggle"
      [attr.aria-controls]="target().id || null"
      [attr.aria-pressed]="visible()"
      (click)="toggle()"
    >
      <bt-icon [name]="visible() ? 'eyeOff' : 'eye'" />
      <span class="visually-hidden" i18n="@@passwordToggle.label">Afficher le mot de passe</span>
    </button>
  `,
  styles: `
    :host {
      display: contents;
    }
    .toggle {
      padding-inline: var(--bt-space-3);
    }
  `,
})
export class PasswordToggle {
  readonly target = input.required<HTMLInputElement>();

  protected readonly visible = signal(false);

  protected toggle(): void {
    const visible = !this.visible();
    this.visible.set(visible);
    this.target().type = visible ? 'text' : 'password';
  }
}
