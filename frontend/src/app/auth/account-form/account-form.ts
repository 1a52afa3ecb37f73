import { isPlatformServer } from '@angular/common';
import {
  ApplicationRef,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  OnInit,
  output,
  PLATFORM_ID,
  signal,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';

import { typedBeforeStart } from '../../core/browser/typed-before-start';
import { focusAfterRender } from '../../core/forms/focus-after-render';
import { FORM_FIELD } from '../../shared/ui/form-field';
import { PasswordToggle } from '../../shared/ui/password-toggle';
import {
  showAuthFailureOnFields,
  SIGN_IN_VALIDATORS,
  SIGN_UP_VALIDATORS,
  SignUpField,
  signInFieldMessage,
  signUpFieldMessage,
} from '../account-fields';
import { authFailureMessage } from '../auth-messages';
import { AuthStore } from '../auth-store';
import { USERNAME_MAX } from '../identity-rules';

export type AccountMode = 'sign-up' | 'sign-in';

/**
 * The account form of /register, /login and an invitation: sign-up (username, display name,
 * password, with hints) or sign-in (username, password). Emits `done` once signed in and the
 * session loaded; the page decides where to go. AuthStore comes from the page.
 */
@Component({
  selector: 'bt-account-form',
  imports: [ReactiveFormsModule, PasswordToggle, FORM_FIELD],
  templateUrl: './account-form.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountForm implements OnInit {
  private readonly store = inject(AuthStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly appRef = inject(ApplicationRef);
  /** Bumped when errors are (re)applied to controls, which are not signals. */
  private readonly errorsShown = signal(0);

  readonly mode = input.required<AccountMode>();
  /** Prefix of the fields' ids (`{idPrefix}-username`…), one per page. */
  readonly idPrefix = input.required<string>();
  readonly submitLabel = input.required<string>();
  readonly submittingLabel = input.required<string>();
  readonly done = output<void>();

  protected readonly limits = { USERNAME_MAX };
  protected readonly form = inject(NonNullableFormBuilder).group({
    username: ['', SIGN_UP_VALIDATORS.username],
    displayName: ['', SIGN_UP_VALIDATORS.displayName],
    password: ['', SIGN_UP_VALIDATORS.password],
  });
  protected readonly submitting = this.store.submitting;
  protected readonly formError = computed(() => authFailureMessage(this.store.failure()));
  protected readonly unmatchedErrors = signal<string[]>([]);
  /**
   * Marks the form prerendered at build time (ADR 0026) until the app's first check of it: boot.js holds
   * a submit made meanwhile for `ngOnInit` (the form's model is not bound to it before).
   */
  protected readonly prerendered = isPlatformServer(inject(PLATFORM_ID)) ? '' : null;
  /** A submit made by the visitor in the running app, after which a held early one is not sent. */
  private submitted = false;

  constructor() {
    // A switch between sign-up and sign-in starts afresh with the other mode's rules.
    effect(() => {
      const mode = this.mode();
      untracked(() => this.applyRules(mode));
    });
  }

  /**
   * A prerendered page may have been typed into, even submitted, before the app ran (ADR 0026). Read
   * here, in the first check that binds the fields to the model and writes it into them: not in the
   * constructor, as hydration creates the component a task before, and keys typed in between would be
   * overwritten.
   */
  ngOnInit(): void {
    const early = typedBeforeStart(this.host.nativeElement);
    this.form.patchValue(early.values);
    // Sent once the app is stable: hydration done and the first navigation settled, which the
    // navigation after signing in must not race; unless the visitor submitted again meanwhile.
    if (early.submitted) {
      void this.appRef.whenStable().then(() => {
        if (!this.submitted) void this.submit();
      });
    }
  }

  protected async submit(): Promise<void> {
    this.submitted = true;
    this.store.clearFailure();
    this.unmatchedErrors.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    const { username, displayName, password } = this.form.getRawValue();
    const name = displayName.trim();
    const ok =
      this.mode() === 'sign-up'
        ? await this.store.register({ username, password, ...(name ? { displayName: name } : {}) })
        : await this.store.login({ username: username.trim(), password });
    if (ok) {
      this.done.emit();
      return;
    }
    this.unmatchedErrors.set(showAuthFailureOnFields(this.form, this.store.failure()));
    this.focusFirstInvalid();
  }

  protected errorFor(name: SignUpField): string | null {
    this.errorsShown();
    const control = this.form.controls[name];
    if (!control.invalid) return null;
    const errors = control.errors ?? {};
    if (this.mode() === 'sign-up') return signUpFieldMessage(name, errors);
    return name === 'displayName' ? null : signInFieldMessage(name, errors);
  }

  private applyRules(mode: AccountMode): void {
    const rules = mode === 'sign-up' ? SIGN_UP_VALIDATORS : { ...SIGN_IN_VALIDATORS, displayName: [] };
    for (const name of ['username', 'displayName', 'password'] as const) {
      this.form.controls[name].setValidators(rules[name]);
      this.form.controls[name].updateValueAndValidity();
    }
    // A reset makes the fields' errors wait again (core/forms/error-moment.ts), keeping what was typed.
    this.form.reset(this.form.getRawValue());
    this.store.clearFailure();
    this.unmatchedErrors.set([]);
    this.errorsShown.update((n) => n + 1);
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
