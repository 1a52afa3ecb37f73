import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';

import { applyServerFieldErrors, setServerError } from '../../core/api/form-errors';
import { safeReturnUrl } from '../../core/navigation/return-url';
import { FORM_FIELD } from '../../shared/ui/form-field';
import { PasswordToggle } from '../../shared/ui/password-toggle';
import { authFailureMessage } from '../auth-messages';
import { AuthStore } from '../auth-store';
import {
  DISPLAY_NAME_MAX,
  PASSWORD_MAX,
  PASSWORD_MIN,
  USERNAME_MAX,
  USERNAME_MIN,
  USERNAME_PATTERN,
} from '../identity-rules';
import { focusAfterRender } from '../../core/forms/focus-after-render';

type Field = 'username' | 'displayName' | 'password';

@Component({
  selector: 'bt-register-page',
  imports: [ReactiveFormsModule, RouterLink, PasswordToggle, FORM_FIELD],
  templateUrl: './register-page.html',
  styleUrl: '../auth-layout.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [AuthStore],
})
export class RegisterPage {
  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  /** Bumped when errors are (re)applied to controls, which are not signals. */
  private readonly errorsShown = signal(0);

  /** `?returnUrl=` (component input binding). */
  readonly returnUrl = input<string>();

  protected readonly limits = { USERNAME_MAX };
  protected readonly form = inject(NonNullableFormBuilder).group({
    username: [
      '',
      [
        Validators.required,
        Validators.minLength(USERNAME_MIN),
        Validators.maxLength(USERNAME_MAX),
        Validators.pattern(USERNAME_PATTERN),
      ],
    ],
    displayName: ['', [Validators.maxLength(DISPLAY_NAME_MAX)]],
    password: ['', [Validators.required, Validators.minLength(PASSWORD_MIN), Validators.maxLength(PASSWORD_MAX)]],
  });
  protected readonly submitted = signal(false);
  protected readonly submitting = this.store.submitting;
  protected readonly formError = computed(() => authFailureMessage(this.store.failure()));
  protected readonly unmatchedErrors = signal<string[]>([]);
  protected readonly loginQuery = computed(() => {
    const returnUrl = this.returnUrl();
    return returnUrl ? { returnUrl } : {};
  });

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    this.store.clearFailure();
    this.unmatchedErrors.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    const { username, displayName, password } = this.form.getRawValue();
    const name = displayName.trim();
    const ok = await this.store.register({ username, password, ...(name ? { displayName: name } : {}) });
    if (ok) {
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
      return;
    }
    const failure = this.store.failure();
    if (failure?.kind === 'username-taken') {
      setServerError(
        this.form.controls.username,
        $localize`:@@register.usernameTaken:Ce nom d'utilisateur est déjà pris. Choisissez-en un autre.`,
      );
    } else if (failure?.kind === 'invalid-fields') {
      const unmatched = applyServerFieldErrors(this.form, failure.fieldErrors);
      this.unmatchedErrors.set(unmatched.map((error) => error.message));
    }
    this.focusFirstInvalid();
  }

  protected errorFor(name: Field): string | null {
    this.errorsShown();
    const control = this.form.controls[name];
    if (!control.invalid || !(control.touched || this.submitted())) return null;
    const errors = control.errors ?? {};
    if (typeof errors['server'] === 'string') return errors['server'];
    switch (name) {
      case 'username':
        if (errors['required']) return $localize`:@@register.usernameRequired:Choisissez un nom d'utilisateur.`;
        if (errors['minlength'] || errors['maxlength']) {
          return $localize`:@@register.usernameLength:Entre 3 et 32 caractères.`;
        }
        return $localize`:@@register.usernamePattern:Uniquement des lettres minuscules (sans accent), des chiffres et . _ -`;
      case 'displayName':
        return $localize`:@@register.displayNameTooLong:${DISPLAY_NAME_MAX}:max: caractères au maximum.`;
      case 'password':
        if (errors['required']) return $localize`:@@register.passwordRequired:Choisissez un mot de passe.`;
        if (errors['minlength']) return $localize`:@@register.passwordTooShort:8 caractères minimum.`;
        return $localize`:@@register.passwordTooLong:128 caractères au maximum.`;
    }
  }

  /** After the errors render: focus the first invalid field, else the form's message. */
  private focusFirstInvalid(): void {
    this.errorsShown.update((n) => n + 1);
    focusAfterRender(
      () => this.host.nativeElement,
      ['[aria-invalid="true"]', '[data-testid="form-error"]'],
      this.injector,
    );
  }
}
