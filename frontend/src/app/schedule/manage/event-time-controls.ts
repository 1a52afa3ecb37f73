import {
  AbstractControl,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ValidationErrors,
  Validators,
} from '@angular/forms';

import { EventTimeFields, toInstants } from './event-time-fields';

export type EventTimeControls = { [K in keyof EventTimeFields]: FormControl<string> };

const TIME = /^\d\d:\d\d$/;

/** The date and the start/end times of an event, typed on the band's clock. */
export function eventTimeGroup(fb: NonNullableFormBuilder, timeZone: () => string): FormGroup<EventTimeControls> {
  return fb.group(
    {
      date: ['', [Validators.required]],
      start: ['', [Validators.required, Validators.pattern(TIME)]],
      end: ['', [Validators.pattern(TIME)]],
    },
    { validators: [(group) => realDate(group, timeZone())] },
  );
}

/** A date that exists on the band's clock (not 2026-02-30); the controls' own rules first. */
function realDate(group: AbstractControl, timeZone: string): ValidationErrors | null {
  const fields = group.getRawValue() as EventTimeFields;
  if (!fields.date || !TIME.test(fields.start)) return null;
  return toInstants(fields, timeZone) ? null : { badDate: true };
}
