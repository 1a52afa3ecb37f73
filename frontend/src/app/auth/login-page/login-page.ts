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

import { applyServerFieldErrors } from '../../core/api/form-errors';
import { safeReturnUrl } from '../../core/navigation/return-url';
import { FORM_FIELD } from '../../shared/ui/form-field';
import { PasswordToggle } from '../../shared/ui/password-toggle';
import { authFailureMessage } from '../auth-messages';
import { AuthStore } from '../auth-store';
import { focusAfterRender } from '../../core/forms/focus-after-render';

@Component({
  selector: 'bt-login-page',
  imports: [ReactiveFormsModule, RouterLink, PasswordToggle, FORM_FIELD],
  templateUrl: './login-page.html',
  styleUrl: '../auth-layout.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [AuthStore],
})
export class LoginPage {
  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  /** Bumped when errors are (re)applied to controls, which are not signals. */
  private readonly errorsShown = signal(0);

  /** `?returnUrl=` (component input binding). */
  readonly returnUrl = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    username: ['', [Validators.required]],
    password: ['', [Validators.required]],
  });
  protected readonly submitted = signal(false);
  protected readonly submitting = this.store.submitting;
  protected readonly formError = computed(() => authFailureMessage(this.store.failure()));
  protected readonly registerQuery = computed(() => {
    const returnUrl = this.returnUrl();
    return returnUrl ? { returnUrl } : {};
  });

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    this.store.clearFailure();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    const { username, password } = this.form.getRawValue();
    if (await this.store.login({ username: username.trim(), password })) {
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
      return;
    }
    applyServerFieldErrors(this.form, this.store.fieldErrors());
    this.focusFirstInvalid();
  }

  protected errorFor(name: 'username' | 'password'): string | null {
    this.errorsShown();
    const control = this.form.controls[name];
    if (!control.invalid || !(control.touched || this.submitted())) return null;
    const errors = control.errors ?? {};
    if (typeof errors['server'] === 'string') return errors['server'];
    if (errors['required']) {
      return name === 'username'
        ? $localize`:@@login.usernameRequired:Saisissez votre nom d'utilisateur.`
        : $localize`:@@login.passwordRequired:Saisissez votre mot de passe.`;
    }
    return null;
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
