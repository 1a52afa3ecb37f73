import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';

import { EVENT_FIELD_LIMITS } from './event-field-controls';
import { EventTextField } from './event-text-field';
import { EventTimeControls } from './event-time-controls';
import { EventTimeInputs } from './event-time-inputs';

/**
 * The fields of every event's form: date and times on the band's clock, the place, then what the
 * kind of event adds (projected), then the notes. Its children sit in the form's own layout.
 */
@Component({
  selector: 'bt-event-fields',
  imports: [EventTextField, EventTimeInputs],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <bt-event-time-inputs [idPrefix]="idPrefix()" [group]="when()" [timeZone]="timeZone()" [revision]="revision()" />
    <bt-event-text-field
      [id]="idPrefix() + '-location'"
      name="location"
      label="Lieu"
      i18n-label="@@manage.location"
      [control]="location()"
      [max]="limits.location"
      [revision]="revision()"
    />
    <ng-content />
    <bt-event-text-field
      [id]="idPrefix() + '-notes'"
      name="notes"
      label="Notes"
      i18n-label="@@manage.notes"
      [control]="notes()"
      [rows]="4"
      [max]="limits.notes"
      [revision]="revision()"
    />
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class EventFields {
  /** `gig` or `rehearsal`: the fields' ids start with it. */
  readonly idPrefix = input.required<string>();
  readonly when = input.required<FormGroup<EventTimeControls>>();
  readonly location = input.required<FormControl<string>>();
  readonly notes = input.required<FormControl<string>>();
  readonly timeZone = input.required<string>();
  /** FormFeedback's revision: errors show after a submit. */
  readonly revision = input(0);

  protected readonly limits = EVENT_FIELD_LIMITS;
}
