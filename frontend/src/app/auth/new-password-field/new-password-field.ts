import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { ControlContainer, ReactiveFormsModule, ValidationErrors } from '@angular/forms';

import { FORM_FIELD } from '../../shared/ui/form-field';
import { PasswordToggle } from '../../shared/ui/password-toggle';

/**
 * The field where someone chooses a new password (reset link, Réglages): the `newPassword` control
 * of the surrounding `[formGroup]`, its hint, the show/hide button and `autocomplete="new-password"`.
 *
 * ```html
 * <bt-new-password-field for="reset-password" label="Nouveau mot de passe" i18n-label="@@reset.newPassword"
 *                        [error]="newPasswordError(form.controls.newPassword.errors)" />
 * ```
 */
@Component({
  selector: 'bt-new-password-field',
  imports: [ReactiveFormsModule, FORM_FIELD, PasswordToggle],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // formControlName inside binds to the form group around this component.
  viewProviders: [{ provide: ControlContainer, useFactory: () => inject(ControlContainer, { skipSelf: true }) }],
  template: `
    <bt-form-field [for]="for()" [label]="label()" [error]="error()">
      <p btFieldHint i18n="@@register.passwordHint">8 caractères minimum</p>
      <div class="input-with-action">
        <input
          #passwordInput
          btFieldControl
          class="input"
          name="newPassword"
          type="password"
          formControlName="newPassword"
          autocomplete="new-password"
          aria-required="true"
        />
        <bt-password-toggle [target]="passwordInput" />
      </div>
    </bt-form-field>
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class NewPasswordField {
  /** The input's id. */
  readonly for = input.required<string>();
  readonly label = input.required<string>();
  readonly error = input<string | null>(null);
}

/** What is wrong with a new password (validators of auth/identity-rules, or the server's word). */
export function newPasswordError(errors: ValidationErrors | null): string | null {
  if (!errors) return null;
  if (typeof errors['server'] === 'string') return errors['server'];
  if (errors['required']) return $localize`:@@register.passwordRequired:Choisissez un mot de passe.`;
  if (errors['minlength']) return $localize`:@@register.passwordTooShort:8 caractères minimum.`;
  return $localize`:@@register.passwordTooLong:128 caractères au maximum.`;
}
