import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  LOCALE_ID,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';

import { Band, BandLanguage, BAND_TEMPLATES, BandTemplate, MyBandWithCount } from '../../core/api/api-types';
import { applyServerFieldErrors } from '../../core/api/form-errors';
import { welcomeState } from '../../core/band/band-welcome';
import { roleLabel } from '../../core/band/role-label';
import { focusAfterRender } from '../../core/forms/focus-after-render';
import { LocaleService } from '../../core/i18n/locale-service';
import { OnlineStatus } from '../../core/pwa/online-status';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog';
import { FORM_FIELD } from '../../shared/ui/form-field';
import { Icon } from '../../shared/ui/icon';
import { ListStatus } from '../../shared/ui/list-status';
import { BAND_NAME_MAX, DEFAULT_TIMEZONE, DESCRIPTION_MAX, LOGO_URL_MAX, LOGO_URL_PATTERN } from '../band-rules';
import { BandSettingsStore } from '../band-settings-store';
import { templateDescription, templateLabel } from '../bands-messages';
import { TimeZonePicker } from '../time-zone-picker/time-zone-picker';
import { describeTimeZone } from '../time-zones';

type Field = 'name' | 'description' | 'timezone' | 'language' | 'template' | 'logoUrl';

/**
 * /settings/band: my bands (switch between them, create or join another) and the active band's
 * settings: admins edit name, description, time zone, the language of its exports, template and logo;
 * the others read them.
 */
@Component({
  selector: 'bt-band-settings-page',
  imports: [ReactiveFormsModule, RouterLink, Icon, FORM_FIELD, ConfirmDialog, TimeZonePicker, ListStatus],
  templateUrl: './band-settings-page.html',
  styleUrl: './band-settings-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [BandSettingsStore],
})
export class BandSettingsPage {
  protected readonly store = inject(BandSettingsStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);
  private readonly confirm = viewChild.required(ConfirmDialog);
  /** Bumped when errors are (re)applied to controls, which are not signals. */
  private readonly errorsShown = signal(0);
  /** The band the form was filled from. */
  private filledFrom: string | null = null;

  protected readonly limits = { BAND_NAME_MAX, DESCRIPTION_MAX, LOGO_URL_MAX };
  protected readonly online = inject(OnlineStatus).online;
  protected readonly roleLabel = roleLabel;
  protected readonly templateLabel = templateLabel;
  protected readonly templateDescription = templateDescription;
  protected readonly templates = BAND_TEMPLATES;
  /** The band's language is named in itself, as the app's is. */
  protected readonly languages = inject(LocaleService).options;
  protected readonly languageName = computed(
    () => this.languages.find((option) => option.value === this.band()?.language)?.label ?? '',
  );
  protected readonly band = this.store.band;
  protected readonly isAdmin = this.store.isAdmin;
  private readonly locale = inject(LOCALE_ID);
  /** The band's zone for those who only read it: "Kyiv · heure d’Europe de l’Est (UTC+2)". */
  protected readonly zoneLabel = computed(() => {
    const zone = describeTimeZone(this.band()?.timezone ?? DEFAULT_TIMEZONE, this.locale);
    return `${zone.city} · ${zone.description}`;
  });
  protected readonly saved = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly switchNotice = signal<string | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(BAND_NAME_MAX), Validators.pattern(/\S/)]],
    description: ['', [Validators.maxLength(DESCRIPTION_MAX)]],
    timezone: [DEFAULT_TIMEZONE, [Validators.required]],
    language: ['fr' as BandLanguage, [Validators.required]],
    template: ['classic' as BandTemplate, [Validators.required]],
    logoUrl: ['', [Validators.maxLength(LOGO_URL_MAX), Validators.pattern(LOGO_URL_PATTERN)]],
  });

  constructor() {
    // Fill the form from the band; again when another band becomes active, or when it changes
    // elsewhere while the form is untouched.
    effect(() => {
      const band = this.band();
      untracked(() => {
        if (band && (band.id !== this.filledFrom || !this.form.dirty)) this.fill(band);
      });
    });
  }

  protected async save(): Promise<void> {
    this.saved.set(false);
    this.formError.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    const value = this.form.getRawValue();
    const ok = await this.store.saveSettings({
      name: value.name.trim(),
      description: value.description.trim(),
      timezone: value.timezone,
      language: value.language,
      template: value.template,
      logoUrl: value.logoUrl.trim() || null,
    });
    if (ok) {
      const band = this.band();
      if (band) this.fill(band);
      this.saved.set(true);
      return;
    }
    const failure = this.store.saving().failure;
    const unmatched = applyServerFieldErrors(this.form, failure?.fieldErrors ?? []);
    this.formError.set(failure?.message ?? (unmatched.map((error) => error.message).join(' ') || null));
    this.focusFirstInvalid();
  }

  /** Admins: typing the band's name confirms; then home (another band) or onboarding. */
  protected async deleteBand(): Promise<void> {
    const name = this.store.bandName();
    const confirmed = await this.confirm().ask({
      title: $localize`:@@bandSettings.delete.title:Supprimer ${name}:band: ?`,
      message: $localize`:@@bandSettings.delete.message:Le groupe, ses membres, ses morceaux, ses répétitions et ses concerts seront supprimés pour tout le monde. C'est définitif.`,
      confirmLabel: $localize`:@@bandSettings.delete.confirm:Supprimer le groupe`,
      danger: true,
      typeToConfirm: name,
    });
    if (!confirmed) return;
    if (await this.store.deleteBand()) {
      const next = this.store.activeBandId() ? '/' : '/onboarding';
      await this.router.navigateByUrl(next, { state: welcomeState(name, 'deleted') });
      return;
    }
    focusAfterRender(() => this.host.nativeElement, ['[data-testid="delete-band-error"]'], this.injector);
  }

  protected async switchTo(band: MyBandWithCount): Promise<void> {
    this.switchNotice.set(null);
    if (await this.store.switchTo(band.id)) {
      const name = band.name;
      this.switchNotice.set($localize`:@@bandSettings.switched:Groupe actif : ${name}:name:.`);
    }
  }

  protected isActive(band: MyBandWithCount): boolean {
    return band.id === this.store.activeBandId();
  }

  protected memberCount(count: number): string {
    return count === 1
      ? $localize`:@@bandSettings.oneMember:1 membre`
      : $localize`:@@bandSettings.members:${count}:count: membres`;
  }

  protected errorFor(name: Field): string | null {
    this.errorsShown();
    const control = this.form.controls[name];
    if (!control.invalid) return null;
    const errors = control.errors ?? {};
    if (typeof errors['server'] === 'string') return errors['server'];
    switch (name) {
      case 'name':
        return errors['maxlength']
          ? $localize`:@@bands.create.nameTooLong:${BAND_NAME_MAX}:max: caractères au maximum.`
          : $localize`:@@bands.create.nameRequired:Donnez un nom au groupe.`;
      case 'description':
        return $localize`:@@bands.field.descriptionRule:La description a 2000 caractères au maximum.`;
      case 'logoUrl':
        return $localize`:@@bands.field.logoUrlRule:Une adresse qui commence par https:// (ou http://), de 2048 caractères au maximum.`;
      case 'timezone':
        return $localize`:@@bands.field.timezoneRule:Choisissez un fuseau horaire de la liste.`;
      case 'language':
        return $localize`:@@bands.field.languageRule:Choisissez le français ou l'anglais.`;
      case 'template':
        return $localize`:@@bands.field.templateRule:Choisissez un des modèles proposés.`;
    }
  }

  private fill(band: Band): void {
    this.filledFrom = band.id;
    this.form.reset({
      name: band.name,
      description: band.description,
      timezone: band.timezone,
      language: band.language,
      template: band.template,
      logoUrl: band.logoUrl ?? '',
    });
  }

  /** After the errors render: focus the first invalid field, else the form's message. */
  private focusFirstInvalid(): void {
    this.errorsShown.update((n) => n + 1);
    afterNextRender(
      () => {
        const form = this.host.nativeElement.querySelector('[data-testid="band-settings-form"]');
        const target =
          form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
          form?.querySelector<HTMLElement>('[data-testid="band-settings-error"]');
        target?.focus();
      },
      { injector: this.injector },
    );
  }
}
