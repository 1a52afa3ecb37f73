import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { hasCode } from '../../core/api/api-failure';
import { ErrorCode } from '../../core/api/api-types';
import { genericFailureMessage } from '../../core/api/failure-messages';
import { focusAfterRender } from '../../core/forms/focus-after-render';
import { SessionStore } from '../../core/session/session-store';
import { Action } from '../../core/state/action-state';
import { AuthApi } from '../auth-api';
import { PASSWORD_MAX, PASSWORD_MIN } from '../identity-rules';
import { NewPasswordField, newPasswordError } from '../new-password-field/new-password-field';

/**
 * /reset-password?token=…, the one-time link the server's operator prints (npm run user --
 * reset-password USERNAME): sets a new password; the server ends every session of the account.
 */
@Component({
  selector: 'bt-reset-password-page',
  imports: [ReactiveFormsModule, RouterLink, NewPasswordField],
  templateUrl: './reset-password-page.html',
  styleUrl: '../auth-layout.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordPage {
  private readonly api = inject(AuthApi);
  private readonly session = inject(SessionStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** `?token=` (component input binding). */
  readonly token = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    newPassword: ['', [Validators.required, Validators.minLength(PASSWORD_MIN), Validators.maxLength(PASSWORD_MAX)]],
  });
  protected readonly done = signal(false);
  protected readonly reset = new Action<string>({
    describe: (failure) => {
      if (hasCode(failure, ErrorCode.resetTokenInvalid)) {
        return $localize`:@@reset.tokenInvalid:Ce lien ne fonctionne plus : il a déjà servi, a expiré (une heure) ou est incomplet. Demandez-en un nouveau à la personne qui gère le serveur.`;
      }
      if (hasCode(failure, ErrorCode.samePassword)) {
        return $localize`:@@reset.samePassword:Le nouveau mot de passe est le mot de passe actuel : choisissez-en un autre.`;
      }
      return failure.fieldErrors[0]?.message ?? genericFailureMessage(failure);
    },
    exclusive: true,
  });

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirst();
      return;
    }
    const { newPassword } = this.form.getRawValue();
    const token = this.token() ?? '';
    const ok = await this.reset.run(() => firstValueFrom(this.api.resetPassword({ token, newPassword })));
    if (ok) {
      // The server ended every session, this device's too.
      this.session.clear();
      this.done.set(true);
    }
    this.focusFirst();
  }

  protected passwordError(): string | null {
    const control = this.form.controls.newPassword;
    return control.invalid ? newPasswordError(control.errors) : null;
  }

  private focusFirst(): void {
    focusAfterRender(
      () => this.host.nativeElement,
      ['[data-testid="reset-done"]', '[data-testid="form-error"]', '[aria-invalid="true"]'],
      this.injector,
    );
  }
}
