import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';

import { applyServerFieldErrors, setServerError } from '../../core/api/form-errors';
import { Locale, Theme } from '../../core/api/api-types';
import { DISPLAY_NAME_MAX, PASSWORD_MAX, PASSWORD_MIN } from '../../auth/identity-rules';
import { NewPasswordField, newPasswordError } from '../../auth/new-password-field/new-password-field';
import { roleLabel } from '../../core/band/role-label';
import { FORM_FIELD } from '../../shared/ui/form-field';
import { Icon } from '../../shared/ui/icon';
import { LabelColon } from '../../shared/ui/label-colon';
import { PasswordToggle } from '../../shared/ui/password-toggle';
import { BackupStatusSection } from '../backup-status/backup-status';
import { CalendarFeed } from '../calendar-feed/calendar-feed';
import { SettingsFailure, SettingsStore } from '../settings-store';
import { focusAfterRender } from '../../core/forms/focus-after-render';

@Component({
  selector: 'bt-profile-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    PasswordToggle,
    Icon,
    LabelColon,
    FORM_FIELD,
    NewPasswordField,
    CalendarFeed,
    BackupStatusSection,
  ],
  templateUrl: './profile-page.html',
  styleUrl: './profile-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [SettingsStore],
})
export class ProfilePage {
  protected readonly store = inject(SettingsStore);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly injector = inject(Injector);
  /** Bumped when errors are (re)applied to controls, which are not signals. */
  private readonly errorsShown = signal(0);
  private readonly deleteDialog = viewChild.required<ElementRef<HTMLDialogElement>>('deleteDialog');

  protected readonly user = this.store.user;
  protected readonly usernameLabel = $localize`:@@settings.profile.username:Nom d'utilisateur`;
  protected readonly roleLabel = roleLabel;
  protected readonly themes: readonly { value: Theme; label: string }[] = [
    { value: 'light', label: $localize`:@@settings.theme.light:Clair` },
    { value: 'dark', label: $localize`:@@settings.theme.dark:Sombre` },
    { value: 'system', label: $localize`:@@settings.theme.system:Comme l'appareil` },
  ];

  protected readonly profileForm = this.fb.group({
    displayName: ['', [Validators.required, Validators.maxLength(DISPLAY_NAME_MAX)]],
  });
  protected readonly localeForm = this.fb.group({
    locale: [this.store.currentLocale as Locale],
  });
  protected readonly passwordForm = this.fb.group({
    currentPassword: ['', [Validators.required]],
    newPassword: ['', [Validators.required, Validators.minLength(PASSWORD_MIN), Validators.maxLength(PASSWORD_MAX)]],
  });
  protected readonly deleteForm = this.fb.group({
    password: ['', [Validators.required]],
  });

  protected readonly deleteOpen = signal(false);
  protected readonly profileSaved = computed(() => this.store.profile().done);
  protected readonly passwordChanged = computed(() => this.store.password().done);

  constructor() {
    // Fill the display name from the session (and again if it changes elsewhere, unless edited).
    effect(() => {
      const name = this.user()?.displayName ?? '';
      untracked(() => {
        if (!this.profileForm.dirty) this.profileForm.setValue({ displayName: name });
      });
    });
  }

  protected async saveProfile(): Promise<void> {
    if (!this.validate(this.profileForm)) return;
    const displayName = this.profileForm.getRawValue().displayName.trim();
    if (await this.store.saveDisplayName(displayName)) {
      this.profileForm.reset({ displayName });
    } else {
      this.showErrors(this.profileForm, this.store.profile().failure);
    }
  }

  protected chooseTheme(theme: Theme): void {
    void this.store.chooseTheme(theme);
  }

  protected async saveLocale(): Promise<void> {
    await this.store.chooseLocale(this.localeForm.getRawValue().locale);
  }

  protected async changePassword(): Promise<void> {
    if (!this.validate(this.passwordForm)) return;
    const { currentPassword, newPassword } = this.passwordForm.getRawValue();
    if (await this.store.changePassword(currentPassword, newPassword)) {
      this.passwordForm.reset();
      return;
    }
    const failure = this.store.password().failure;
    if (failure?.wrongPassword) {
      setServerError(
        this.passwordForm.controls.currentPassword,
        $localize`:@@settings.password.wrong:Mot de passe actuel incorrect.`,
      );
    }
    this.showErrors(this.passwordForm, failure);
  }

  protected async signOut(): Promise<void> {
    await this.store.signOut();
    await this.router.navigateByUrl('/login');
  }

  protected openDelete(): void {
    this.store.resetDeletion();
    this.deleteForm.reset();
    this.deleteOpen.set(true);
    this.deleteDialog().nativeElement.showModal();
  }

  protected closeDelete(): void {
    this.deleteDialog().nativeElement.close();
  }

  /** The dialog closed (button, Escape or success). */
  protected onDeleteClosed(): void {
    this.deleteOpen.set(false);
  }

  protected async deleteAccount(): Promise<void> {
    if (!this.validate(this.deleteForm)) return;
    if (await this.store.deleteAccount(this.deleteForm.getRawValue().password)) {
      this.closeDelete();
      await this.router.navigateByUrl('/login');
      return;
    }
    const failure = this.store.deletion().failure;
    if (failure?.wrongPassword) {
      setServerError(
        this.deleteForm.controls.password,
        $localize`:@@settings.delete.wrongPassword:Mot de passe incorrect.`,
      );
    }
    this.showErrors(this.deleteForm, failure);
  }

  protected errorFor(form: FormGroup, name: string): string | null {
    this.errorsShown();
    const control = form.get(name);
    if (!control?.invalid) return null;
    const errors = control.errors ?? {};
    if (typeof errors['server'] === 'string') return errors['server'];
    if (name === 'newPassword') return newPasswordError(errors);
    if (errors['required']) {
      return name === 'displayName'
        ? $localize`:@@settings.displayName.required:Saisissez un nom affiché.`
        : $localize`:@@settings.password.required:Saisissez le mot de passe.`;
    }
    if (errors['maxlength'])
      return $localize`:@@register.displayNameTooLong:${DISPLAY_NAME_MAX}:max: caractères au maximum.`;
    return null;
  }

  private validate(form: FormGroup): boolean {
    if (form.valid) return true;
    form.markAllAsTouched();
    this.focusFirstInvalid();
    return false;
  }

  private showErrors(form: FormGroup, failure: SettingsFailure | null): void {
    applyServerFieldErrors(form, failure?.fieldErrors ?? []);
    this.focusFirstInvalid();
  }

  /** After the errors render: focus the first invalid field of the open dialog, else of the page. */
  private focusFirstInvalid(): void {
    this.errorsShown.update((n) => n + 1);
    focusAfterRender(
      () => (this.deleteOpen() ? this.deleteDialog().nativeElement : this.host.nativeElement),
      ['[aria-invalid="true"]'],
      this.injector,
    );
  }
}
