import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors } from '@angular/forms';
import { RouterLink } from '@angular/router';

import {
  PlanRehearsalsRequest,
  Rehearsal,
  RehearsalListResponse,
  RehearsalScope,
  RepeatEvery,
} from '../../../core/api/api-types';
import { FORM_FIELD } from '../../../shared/ui/form-field';
import { rehearsalUrl } from '../../schedule-api';
import { eventChanges } from '../changed-fields';
import { Choice, ChoiceFieldset } from '../choice-fieldset';
import { EventEditor } from '../event-editor';
import { eventFieldControls, eventFieldsRequest } from '../event-field-controls';
import { EventFields } from '../event-fields';
import { toFields } from '../event-time-fields';
import { FormFeedback } from '../form-feedback';
import { ManageFrame } from '../manage-frame';
import { SaveActions } from '../save-actions';
import { seriesStarts } from '../series-starts';
import { seriesText } from '../series-text';

type RepeatChoice = RepeatEvery | 'none';

/** The rehearsal's controls, the times read on the band's clock (`timeZone`). */
function rehearsalGroup(fb: NonNullableFormBuilder, timeZone: () => string) {
  return fb.group({
    ...eventFieldControls(fb, timeZone),
    repeat: fb.group({ every: ['none' as RepeatChoice], until: [''] }, { validators: [untilGiven] }),
    scope: ['this' as RehearsalScope],
  });
}

type RehearsalValue = ReturnType<ReturnType<typeof rehearsalGroup>['getRawValue']>;

/**
 * /rehearsals/new and /rehearsals/:id/edit, for managers: date and times on the band's clock,
 * place, notes; a new one may repeat every week or fortnight until a date (the count of dates shown
 * as typed); a date of a series is changed alone or with the following ones. Then the rehearsal's
 * page. Members see who may plan.
 */
@Component({
  selector: 'bt-rehearsal-form',
  imports: [ReactiveFormsModule, RouterLink, FORM_FIELD, ChoiceFieldset, EventFields, ManageFrame, SaveActions],
  templateUrl: './rehearsal-form.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RehearsalForm {
  /** From the route (`:id`); none: a new rehearsal. */
  readonly id = input<string>();

  protected readonly editor = new EventEditor<Rehearsal>('rehearsal', rehearsalUrl, this.id, (rehearsal) =>
    this.fill(rehearsal),
  );

  protected readonly repeatChoices: readonly Choice<RepeatChoice>[] = [
    { value: 'none', label: $localize`:@@rehearsal.repeat.none:Aucune` },
    { value: 'week', label: $localize`:@@rehearsal.repeat.week:Chaque semaine` },
    { value: 'fortnight', label: $localize`:@@rehearsal.repeat.fortnight:Toutes les deux semaines` },
  ];
  protected readonly scopes: readonly Choice<RehearsalScope>[] = [
    { value: 'this', label: $localize`:@@rehearsal.scope.this:Cette date` },
    { value: 'following', label: $localize`:@@rehearsal.scope.following:Celle-ci et les suivantes` },
  ];
  /** A date of a series is edited: the scope is asked. */
  protected readonly inSeries = computed(() => this.editor.event()?.seriesId != null);
  protected readonly heading = computed(() =>
    this.editor.editing()
      ? $localize`:@@rehearsal.editTitle:Modifier la répétition`
      : $localize`:@@rehearsal.newTitle:Nouvelle répétition`,
  );
  protected readonly backLabel = computed(() =>
    this.editor.editing() ? $localize`:@@rehearsal.backToRehearsal:La répétition` : $localize`:@@manage.agenda:Agenda`,
  );
  protected readonly form = rehearsalGroup(inject(NonNullableFormBuilder), () => this.editor.timeZone() ?? 'UTC');
  protected readonly feedback = new FormFeedback(this.form, () => this.editor.saving().failure, 'rehearsal-form-error');
  /** What the form showed first: an edit sends what differs from it. */
  private initial: RehearsalValue = this.form.getRawValue();

  protected repeats(): boolean {
    return this.form.controls.repeat.controls.every.value !== 'none';
  }

  /** « 6 répétitions seront créées », from the fields as they stand, on the band's clock. */
  protected seriesCount(timeZone: string): string {
    const { when, repeat } = this.form.getRawValue();
    return repeat.every === 'none' ? '' : seriesText(seriesStarts(when, repeat.every, repeat.until, timeZone));
  }

  protected async submit(): Promise<void> {
    const timeZone = this.editor.timeZone();
    if (!this.feedback.check() || !timeZone) return;
    const value = this.form.getRawValue();
    const request = rehearsalRequest(value, timeZone);
    const { every, until } = value.repeat;
    await this.editor.save(
      every === 'none' ? request : { ...request, repeat: { every, until } },
      eventChanges(rehearsalRequest(this.initial, timeZone), request),
      (answer: RehearsalListResponse) => answer.items[0]!.id,
      { scope: value.scope },
    );
  }

  /** The last date's error: the server's, or none given for a series. */
  protected untilError(): string | null {
    this.feedback.revision();
    const server = this.form.controls.repeat.controls.until.errors?.['server'];
    if (typeof server === 'string') return server;
    return this.form.controls.repeat.errors?.['untilRequired']
      ? $localize`:@@rehearsal.untilRequired:Donnez la date de la dernière répétition.`
      : null;
  }

  private fill(rehearsal: Rehearsal): void {
    this.form.reset({
      when: toFields(rehearsal.startsAt, rehearsal.endsAt, rehearsal.timeZone),
      location: rehearsal.location ?? '',
      notes: rehearsal.notes ?? '',
      repeat: { every: 'none', until: '' },
      scope: 'this',
    });
    this.initial = this.form.getRawValue();
    this.feedback.filled();
  }
}

/** A series needs its last date. */
function untilGiven(group: AbstractControl): ValidationErrors | null {
  const { every, until } = group.getRawValue() as { every: RepeatChoice; until: string };
  return every !== 'none' && !until ? { untilRequired: true } : null;
}

/** The date's own fields as the API takes them (the controls valid: the times parse). */
function rehearsalRequest(value: RehearsalValue, timeZone: string): PlanRehearsalsRequest {
  return eventFieldsRequest(value, timeZone);
}
