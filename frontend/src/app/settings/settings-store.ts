import { computed, inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { ApiFailure, hasCode } from '../core/api/api-failure';
import { ErrorCode, FieldError, Locale, Theme } from '../core/api/api-types';
import { genericFailureMessage, localizedFieldErrors } from '../core/api/failure-messages';
import { ActiveBand } from '../core/band/active-band';
import { LocaleService } from '../core/i18n/locale-service';
import { SessionStore } from '../core/session/session-store';
import { Action } from '../core/state/action-state';
import { ThemeService } from '../core/theme/theme-service';
import { SettingsApi } from './settings-api';

/** Why an account action failed, as the profile screen shows it. */
export interface SettingsFailure {
  /** A sentence for the whole form, when the failure belongs to no single field. */
  readonly message: string | null;
  readonly fieldErrors: readonly FieldError[];
  /** The server refused the password the user typed (422 WRONG_PASSWORD). */
  readonly wrongPassword: boolean;
}

/** The profile screen: display name, theme, language, password, sign-out and account deletion. */
@Injectable()
export class SettingsStore {
  private readonly api = inject(SettingsApi);
  private readonly session = inject(SessionStore);
  private readonly theme = inject(ThemeService);
  private readonly locale = inject(LocaleService);
  private readonly activeBand = inject(ActiveBand);

  private readonly profileAction = new Action({ describe: describeSettingsFailure() });
  private readonly preferencesAction = new Action({ describe: describeSettingsFailure() });
  private readonly passwordAction = new Action({ describe: describeSettingsFailure() });
  private readonly deletionAction = new Action({
    describe: describeSettingsFailure((failure) =>
      hasCode(failure, ErrorCode.lastAdmin) || failure.status === 409
        ? $localize`:@@settings.delete.lastAdmin:Vous êtes le dernier administrateur d'un groupe qui a d'autres membres : nommez un autre administrateur d'abord.`
        : null,
    ),
  });

  readonly user = this.session.user;
  /** The active band, for the Réglages page's band section (its screens are the bands feature's). */
  readonly bandName = this.activeBand.name;
  readonly bandRole = this.activeBand.role;
  readonly hasBand = computed(() => this.activeBand.id() !== null);
  readonly themePreference = this.theme.preference;
  readonly currentLocale = this.locale.current;
  readonly localeOptions = this.locale.options;
  readonly profile = this.profileAction.state;
  readonly preferences = this.preferencesAction.state;
  readonly password = this.passwordAction.state;
  readonly deletion = this.deletionAction.state;

  saveDisplayName(displayName: string): Promise<boolean> {
    return this.profileAction.run(() => this.session.update({ displayName }));
  }

  /** Applied at once on this device; saved to the account (later, when offline). */
  chooseTheme(theme: Theme): Promise<boolean> {
    this.theme.choose(theme);
    return this.preferencesAction.run(() => this.session.savePreferences({ theme }));
  }

  /**
   * Saved to the account first (else the account's language would win again at the next start;
   * offline, it is sent later), then the app reloads in that language.
   */
  async chooseLocale(locale: Locale): Promise<boolean> {
    if (locale === this.locale.current) return true;
    const saved = await this.preferencesAction.run(() => this.session.savePreferences({ locale }));
    if (saved) this.locale.switchTo(locale);
    return saved;
  }

  changePassword(currentPassword: string, newPassword: string): Promise<boolean> {
    return this.passwordAction.run(() => firstValueFrom(this.api.changePassword({ currentPassword, newPassword })));
  }

  /** On success the session is over: the caller leaves for /login. */
  deleteAccount(password: string): Promise<boolean> {
    return this.deletionAction.run(async () => {
      await firstValueFrom(this.api.deleteAccount({ password }));
      this.session.clear();
    });
  }

  signOut(): Promise<void> {
    return this.session.signOut();
  }

  resetDeletion(): void {
    this.deletionAction.reset();
  }
}

/** `specific`: the sentence an action has of its own for some failures. */
function describeSettingsFailure(
  specific: (failure: ApiFailure) => string | null = () => null,
): (failure: ApiFailure) => SettingsFailure {
  return (failure) => {
    const wrongPassword = failure.status === 422 && (hasCode(failure, ErrorCode.wrongPassword) || !failure.code);
    const fieldErrors = failure.status === 400 ? localizedFieldErrors(failure) : [];
    const message = specific(failure) ?? (wrongPassword || fieldErrors.length ? null : genericFailureMessage(failure));
    return { message, fieldErrors, wrongPassword };
  };
}
