import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { ApiFailure, hasCode, retryAfterMinutes } from '../core/api/api-failure';
import { ErrorCode, FieldError, LoginRequest, RegisterRequest } from '../core/api/api-types';
import { genericFailureMessage, localizedFieldErrors } from '../core/api/failure-messages';
import { LocaleService } from '../core/i18n/locale-service';
import { SessionApi } from '../core/session/session-api';
import { SessionStore } from '../core/session/session-store';
import { Action } from '../core/state/action-state';
import { ThemeService } from '../core/theme/theme-service';
import { AuthApi } from './auth-api';

export type AuthFailure =
  | { readonly kind: 'invalid-credentials' }
  | { readonly kind: 'rate-limited'; readonly minutes: number | null }
  | { readonly kind: 'username-taken' }
  | { readonly kind: 'invalid-fields'; readonly fieldErrors: readonly FieldError[] }
  | { readonly kind: 'other'; readonly message: string };

/** Sign-in and sign-up: the request in flight and why the last one failed. */
@Injectable()
export class AuthStore {
  private readonly api = inject(AuthApi);
  private readonly sessionApi = inject(SessionApi);
  private readonly session = inject(SessionStore);
  private readonly theme = inject(ThemeService);
  private readonly locale = inject(LocaleService);

  private readonly submission = new Action({ describe: describeAuthFailure, exclusive: true });

  readonly submitting = this.submission.pending;
  readonly failure = this.submission.failure;

  /** True once signed in and the session loaded. */
  login(credentials: LoginRequest): Promise<boolean> {
    return this.submission.run(async () => {
      await firstValueFrom(this.api.login(credentials));
      await this.session.load();
    });
  }

  /**
   * True once the account exists, the session is loaded and the account carries the theme and
   * language the person was already using here.
   */
  register(request: RegisterRequest): Promise<boolean> {
    return this.submission.run(async () => {
      await firstValueFrom(this.api.register(request));
      const preferences = { theme: this.theme.preference(), locale: this.locale.current };
      await firstValueFrom(this.sessionApi.updateMe({ preferences })).catch(() => undefined);
      await this.session.load();
    });
  }

  clearFailure(): void {
    this.submission.reset();
  }
}

function describeAuthFailure(failure: ApiFailure): AuthFailure {
  if (failure.status === 429 || hasCode(failure, ErrorCode.rateLimited)) {
    return { kind: 'rate-limited', minutes: retryAfterMinutes(failure) };
  }
  if (failure.status === 401 || hasCode(failure, ErrorCode.invalidCredentials)) {
    return { kind: 'invalid-credentials' };
  }
  if (hasCode(failure, ErrorCode.usernameTaken) || failure.status === 409) {
    return { kind: 'username-taken' };
  }
  if (failure.fieldErrors.length > 0) {
    return { kind: 'invalid-fields', fieldErrors: localizedFieldErrors(failure) };
  }
  return { kind: 'other', message: genericFailureMessage(failure) };
}
