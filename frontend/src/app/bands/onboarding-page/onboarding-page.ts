import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';

import { Band } from '../../core/api/api-types';
import { applyServerFieldErrors } from '../../core/api/form-errors';
import { navigationWelcome, welcomeState } from '../../core/band/band-welcome';
import { OnlineStatus } from '../../core/pwa/online-status';
import { SessionStore } from '../../core/session/session-store';
import { FORM_FIELD } from '../../shared/ui/form-field';
import { Icon } from '../../shared/ui/icon';
import { BAND_NAME_MAX } from '../band-rules';
import { BandEntryStore } from '../band-entry-store';
import { JoinForm } from '../join-form/join-form';
import { focusAfterRender } from '../../core/forms/focus-after-render';

/**
 * /onboarding: where a signed-in user without a band lands (and anyone who wants another band):
 * create a band by its name, or join one with a code. Either way, home next.
 */
@Component({
  selector: 'bt-onboarding-page',
  imports: [ReactiveFormsModule, RouterLink, Icon, JoinForm, FORM_FIELD],
  templateUrl: './onboarding-page.html',
  styleUrls: ['../band-entry.css', './onboarding-page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [BandEntryStore],
})
export class OnboardingPage {
  private readonly store = inject(BandEntryStore);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  /** Bumped when errors are (re)applied to controls, which are not signals. */
  private readonly errorsShown = signal(0);

  protected readonly limits = { BAND_NAME_MAX };
  protected readonly online = inject(OnlineStatus).online;
  protected readonly name = this.session.displayName;
  protected readonly hasBand = computed(() => this.session.activeBandId() !== null);
  /** After leaving one's last band. */
  protected readonly left = navigationWelcome(this.router);
  protected readonly creating = computed(() => this.store.creation().pending);
  protected readonly createError = computed(() => this.store.creation().failure?.message ?? null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(BAND_NAME_MAX), Validators.pattern(/\S/)]],
  });

  protected async create(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    const band = await this.store.create(this.form.getRawValue().name.trim());
    if (band) {
      await this.goHome(band, 'created');
      return;
    }
    applyServerFieldErrors(this.form, this.store.creation().failure?.fieldErrors ?? []);
    this.focusFirstInvalid();
  }

  protected async joined(band: Band): Promise<void> {
    await this.goHome(band, 'joined');
  }

  protected async signOut(): Promise<void> {
    await this.session.signOut();
    await this.router.navigateByUrl('/login');
  }

  protected nameError(): string | null {
    this.errorsShown();
    const control = this.form.controls.name;
    if (!control.invalid) return null;
    const errors = control.errors ?? {};
    if (typeof errors['server'] === 'string') return errors['server'];
    if (errors['maxlength']) {
      return $localize`:@@bands.create.nameTooLong:${BAND_NAME_MAX}:max: caractères au maximum.`;
    }
    return $localize`:@@bands.create.nameRequired:Donnez un nom au groupe.`;
  }

  private goHome(band: Band, how: 'created' | 'joined'): Promise<boolean> {
    return this.router.navigateByUrl('/', { state: welcomeState(band.name, how) });
  }

  private focusFirstInvalid(): void {
    this.errorsShown.update((n) => n + 1);
    focusAfterRender(
      () => this.host.nativeElement,
      ['#onboarding-band-name[aria-invalid="true"]', '[data-testid="create-error"]'],
      this.injector,
    );
  }
}
