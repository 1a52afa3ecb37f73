import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';

import { FORM_FIELD } from '../../shared/ui/form-field';
import { EventTimeControls } from './event-time-controls';
import { endsNextDay } from './event-time-fields';

/**
 * The date, start and end fields of the gig and rehearsal forms (`group`: eventTimeGroup), on the
 * band's clock, which the hint names; an end earlier than the start is said to be the next day.
 */
@Component({
  selector: 'bt-event-time-inputs',
  imports: [ReactiveFormsModule, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="times" [formGroup]="group()">
      <bt-form-field
        class="date"
        [for]="idPrefix() + '-date'"
        label="Date"
        i18n-label="@@manage.date"
        [error]="dateError()"
      >
        <p btFieldHint i18n="@@manage.timeZoneHint">À l'heure du groupe ({{ timeZone() }}).</p>
        <input btFieldControl class="input" type="date" name="date" formControlName="date" aria-required="true" />
      </bt-form-field>
      <bt-form-field [for]="idPrefix() + '-start'" label="Début" i18n-label="@@manage.start" [error]="startError()">
        <input btFieldControl class="input" type="time" name="start" formControlName="start" aria-required="true" />
      </bt-form-field>
      <bt-form-field
        [for]="idPrefix() + '-end'"
        label="Fin"
        i18n-label="@@manage.end"
        [optional]="true"
        [error]="serverError('end')"
      >
        @if (nextDay()) {
          <p btFieldHint class="next-day" data-testid="ends-next-day" i18n="@@manage.endsNextDay">
            Le lendemain : la fin est avant le début.
          </p>
        }
        <input btFieldControl class="input" type="time" name="end" formControlName="end" />
      </bt-form-field>
    </div>
  `,
  styles: `
    .times {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
      gap: var(--bt-space-4) var(--bt-space-3);
    }

    /* Under the end time it speaks of. */
    .next-day {
      order: 1;
    }

    .date {
      grid-column: 1 / -1;
    }
  `,
})
export class EventTimeInputs {
  readonly group = input.required<FormGroup<EventTimeControls>>();
  /** Ids are `{idPrefix}-date`, `-start`, `-end`. */
  readonly idPrefix = input.required<string>();
  readonly timeZone = input.required<string>();
  /** Bumped by the form when it reset or showed errors (controls are not signals). */
  readonly revision = input(0);

  protected nextDay(): boolean {
    return endsNextDay(this.group().getRawValue());
  }

  protected dateError(): string | null {
    this.revision();
    const date = this.group().controls.date;
    if (date.errors?.['required']) return $localize`:@@manage.dateRequired:Donnez la date.`;
    if (this.group().errors?.['badDate']) return $localize`:@@manage.badDate:Cette date n'existe pas.`;
    return null;
  }

  protected startError(): string | null {
    this.revision();
    const start = this.group().controls.start;
    if (start.errors?.['required'] || start.errors?.['pattern']) {
      return $localize`:@@manage.startRequired:Donnez l'heure de début.`;
    }
    return this.serverError('start');
  }

  protected serverError(name: 'start' | 'end'): string | null {
    this.revision();
    const server = this.group().controls[name].errors?.['server'];
    return typeof server === 'string' ? server : null;
  }
}
