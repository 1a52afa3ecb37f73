import { computed, inject, Injectable, signal, WritableSignal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { ApiFailure, hasCode, toApiFailure } from '../core/api/api-failure';
import { ErrorCode, FieldError, Locale, Theme } from '../core/api/api-types';
import { genericFailureMessage, localizedFieldErrors } from '../core/api/failure-messages';
import { ActiveBand } from '../core/band/active-band';
import { LocaleService } from '../core/i18n/locale-service';
import { SessionStore } from '../core/session/session-store';
import { ThemeService } from '../core/theme/theme-service';
import { SettingsApi } from './settings-api';

export interface ActionState {
  readonly pending: boolean;
  readonly done: boolean;
  /** A sentence for the whole form, when the failure belongs to no single field. */
  readonly error: string | null;
  readonly fieldErrors: readonly FieldError[];
  /** Set when the server refused the password the user typed (422 WRONG_PASSWORD). */
  readonly wrongPassword: boolean;
}

const IDLE: ActionState = { pending: false, done: false, error: null, fieldErrors: [], wrongPassword: false };

/** The profile screen: display name, theme, language, password, sign-out and account deletion. */
@Injectable()
export class SettingsStore {
  private readonly api = inject(SettingsApi);
  private readonly session = inject(SessionStore);
  private readonly theme = inject(ThemeService);
  private readonly locale = inject(LocaleService);
  private readonly activeBand = inject(ActiveBand);

  private readonly profileState = signal(IDLE);
  private readonly preferencesState = signal(IDLE);
  private readonly passwordState = signal(IDLE);
  private readonly deletionState = signal(IDLE);

  readonly user = this.session.user;
  /** The active band, for the Réglages page's band section (its screens are the bands feature's). */
  readonly bandName = this.activeBand.name;
  readonly bandRole = this.activeBand.role;
  readonly hasBand = computed(() => this.activeBand.id() !== null);
  readonly themePreference = this.theme.preference;
  readonly currentLocale = this.locale.current;
  readonly localeOptions = this.locale.options;
  readonly profile = this.profileState.asReadonly();
  readonly preferences = this.preferencesState.asReadonly();
  readonly password = this.passwordState.asReadonly();
  readonly deletion = this.deletionState.asReadonly();

  saveDisplayName(displayName: string): Promise<boolean> {
    return this.run(this.profileState, () => this.session.update({ displayName }));
  }

  /** Applied at once on this device; saved to the account (later, when offline). */
  chooseTheme(theme: Theme): Promise<boolean> {
    this.theme.choose(theme);
    return this.run(this.preferencesState, () => this.session.savePreferences({ theme }));
  }

  /**
   * Saved to the account first (else the account's language would win again at the next start;
   * offline, it is sent later), then the app reloads in that language.
   */
  async chooseLocale(locale: Locale): Promise<boolean> {
    if (locale === this.locale.current) return true;
    const saved = await this.run(this.preferencesState, () => this.session.savePreferences({ locale }));
    if (saved) this.locale.switchTo(locale);
    return saved;
  }

  changePassword(currentPassword: string, newPassword: string): Promise<boolean> {
    return this.run(this.passwordState, () =>
      firstValueFrom(this.api.changePassword({ currentPassword, newPassword })),
    );
  }

  /** On success the session is over: the caller leaves for /login. */
  deleteAccount(password: string): Promise<boolean> {
    return this.run(
      this.deletionState,
      async () => {
        await firstValueFrom(this.api.deleteAccount({ password }));
        this.session.clear();
      },
      (failure) =>
        hasCode(failure, ErrorCode.lastAdmin) || failure.status === 409
          ? $localize`:@@settings.delete.lastAdmin:Vous êtes le dernier administrateur d'un groupe qui a d'autres membres : nommez un autre administrateur d'abord.`
          : null,
    );
  }

  signOut(): Promise<void> {
    return this.session.signOut();
  }

  resetDeletion(): void {
    this.deletionState.set(IDLE);
  }

  private async run(
    state: WritableSignal<ActionState>,
    action: () => Promise<unknown>,
    specificMessage: (failure: ApiFailure) => string | null = () => null,
  ): Promise<boolean> {
    state.set({ ...IDLE, pending: true });
    try {
      await action();
      state.set({ ...IDLE, done: true });
      return true;
    } catch (error) {
      const failure = toApiFailure(error);
      const wrongPassword = failure.status === 422 && (hasCode(failure, ErrorCode.wrongPassword) || !failure.code);
      const fieldErrors = failure.status === 400 ? localizedFieldErrors(failure) : [];
      const message =
        specificMessage(failure) ?? (wrongPassword || fieldErrors.length ? null : genericFailureMessage(failure));
      state.set({ ...IDLE, error: message, fieldErrors, wrongPassword });
      return false;
    }
  }
}
