import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';

import { safeReturnUrl } from '../../core/navigation/return-url';
import { AccountForm } from '../account-form/account-form';
import { AuthStore } from '../auth-store';

@Component({
  selector: 'bt-login-page',
  imports: [RouterLink, AccountForm],
  templateUrl: './login-page.html',
  styleUrl: '../auth-layout.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [AuthStore],
})
export class LoginPage {
  private readonly router = inject(Router);

  /** `?returnUrl=` (component input binding). */
  readonly returnUrl = input<string>();

  protected readonly registerQuery = computed(() => {
    const returnUrl = this.returnUrl();
    return returnUrl ? { returnUrl } : {};
  });

  protected async signedIn(): Promise<void> {
    await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
  }
}
