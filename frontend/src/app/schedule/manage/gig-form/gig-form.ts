import { ChangeDetectionStrategy, Component, computed, inject, input, LOCALE_ID } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';

import { Gig, GigStatus, PlanGigRequest } from '../../../core/api/api-types';
import { FORM_FIELD } from '../../../shared/ui/form-field';
import { gigUrl } from '../../schedule-api';
import { eventChanges } from '../changed-fields';
import { EventEditor } from '../event-editor';
import { eventFieldControls, eventFieldsRequest, optionalText } from '../event-field-controls';
import { EventFields } from '../event-fields';
import { EventTextField } from '../event-text-field';
import { formatFee, parseFee, toFields } from '../event-time-fields';
import { FormFeedback } from '../form-feedback';
import { feeRule } from '../manage-action';
import { ManageFrame } from '../manage-frame';
import { SaveActions } from '../save-actions';

const TITLE_MAX = 200;
const ADDRESS_MAX = 500;
const CURRENCIES = ['EUR', 'CHF', 'GBP', 'USD', 'CAD'];

/** The gig's controls, the times read on the band's clock (`timeZone`). */
function gigGroup(fb: NonNullableFormBuilder, timeZone: () => string) {
  return fb.group({
    title: ['', [Validators.required, Validators.pattern(/\S/), Validators.maxLength(TITLE_MAX)]],
    ...eventFieldControls(fb, timeZone),
    address: ['', [Validators.maxLength(ADDRESS_MAX)]],
    fee: ['', [feeValidator]],
    currency: ['EUR'],
    status: ['planned' as GigStatus],
  });
}

type GigValue = ReturnType<ReturnType<typeof gigGroup>['getRawValue']>;

/**
 * /gigs/new and /gigs/:id/edit, for managers: title, date and times on the band's clock (an end
 * before the start is the next day), place, fee in the currency, status, notes. A new gig is POSTed,
 * an edited one PATCHed with the changed fields alone; then its page. Members see who may plan.
 */
@Component({
  selector: 'bt-gig-form',
  imports: [ReactiveFormsModule, FORM_FIELD, EventFields, EventTextField, ManageFrame, SaveActions],
  templateUrl: './gig-form.html',
  styleUrl: './gig-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GigForm {
  private readonly locale = inject(LOCALE_ID);
  private readonly currencyNames = new Intl.DisplayNames([this.locale], { type: 'currency' });

  /** From the route (`:id`); none: a new gig. */
  readonly id = input<string>();

  protected readonly editor = new EventEditor<Gig>('gig', gigUrl, this.id, (gig) => this.fill(gig));

  protected readonly limits = { title: TITLE_MAX, address: ADDRESS_MAX };
  protected readonly titleMessages = {
    required: $localize`:@@gig.titleRequired:Donnez le titre du concert.`,
    pattern: $localize`:@@gig.titleRequired:Donnez le titre du concert.`,
  };
  protected readonly feeMessages = { fee: feeRule() };
  protected readonly statuses: readonly { value: GigStatus; label: string }[] = [
    { value: 'planned', label: $localize`:@@gig.status.planned:Prévu` },
    { value: 'confirmed', label: $localize`:@@gig.status.confirmed:Confirmé` },
    { value: 'cancelled', label: $localize`:@@gig.status.cancelled:Annulé` },
  ];
  /** The usual ones, and the gig's own when it is another. */
  protected readonly currencies = computed(() => {
    const own = this.editor.event()?.currency;
    const codes = own && !CURRENCIES.includes(own) ? [...CURRENCIES, own] : CURRENCIES;
    return codes.map((code) => ({ code, label: `${code} – ${this.currencyNames.of(code)}` }));
  });

  protected readonly heading = computed(() =>
    this.editor.editing()
      ? $localize`:@@gig.editTitle:Modifier le concert`
      : $localize`:@@gig.newTitle:Nouveau concert`,
  );
  protected readonly backLabel = computed(() =>
    this.editor.editing() ? $localize`:@@gig.backToGig:Le concert` : $localize`:@@manage.agenda:Agenda`,
  );
  protected readonly form = gigGroup(inject(NonNullableFormBuilder), () => this.editor.timeZone() ?? 'UTC');
  protected readonly feedback = new FormFeedback(this.form, () => this.editor.saving().failure, 'gig-form-error');
  /** What the form showed first: an edit sends what differs from it. */
  private initial: GigValue = this.form.getRawValue();

  protected async submit(): Promise<void> {
    const timeZone = this.editor.timeZone();
    if (!this.feedback.check() || !timeZone) return;
    const request = gigRequest(this.form.getRawValue(), timeZone);
    const changes = eventChanges(gigRequest(this.initial, timeZone), request);
    await this.editor.save(request, changes, (gig: Gig) => gig.id);
  }

  private fill(gig: Gig): void {
    this.form.reset({
      title: gig.title,
      when: toFields(gig.startsAt, gig.endsAt, gig.timeZone),
      location: gig.location ?? '',
      address: gig.address ?? '',
      fee: gig.feeCents === null ? '' : formatFee(gig.feeCents, this.locale),
      currency: gig.currency,
      status: gig.status,
      notes: gig.notes ?? '',
    });
    this.initial = this.form.getRawValue();
    this.feedback.filled();
  }
}

function feeValidator(control: { value: string }): ValidationErrors | null {
  return Number.isNaN(parseFee(control.value)) ? { fee: true } : null;
}

/** The form's value as the API takes it (the controls valid: times and fee parse). */
function gigRequest(value: GigValue, timeZone: string): PlanGigRequest {
  return {
    title: value.title.trim(),
    ...eventFieldsRequest(value, timeZone),
    address: optionalText(value.address),
    feeCents: parseFee(value.fee),
    currency: value.currency,
    status: value.status,
  };
}
