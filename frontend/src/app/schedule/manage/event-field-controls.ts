import { NonNullableFormBuilder, Validators } from '@angular/forms';

import { eventTimeGroup } from './event-time-controls';
import { EventTimeFields, toInstants } from './event-time-fields';

/** The lengths the server accepts (backend schedule-text.ts) for the fields every event has. */
export const EVENT_FIELD_LIMITS = { location: 200, notes: 4000 } as const;

/** When, where and the notes: the controls the gig and rehearsal forms share (see EventFields). */
export function eventFieldControls(fb: NonNullableFormBuilder, timeZone: () => string) {
  return {
    when: eventTimeGroup(fb, timeZone),
    location: fb.control('', [Validators.maxLength(EVENT_FIELD_LIMITS.location)]),
    notes: fb.control('', [Validators.maxLength(EVENT_FIELD_LIMITS.notes)]),
  };
}

interface EventFieldValue {
  when: EventTimeFields;
  location: string;
  notes: string;
}

/** A text field as the API takes it: trimmed, null when blank. */
export function optionalText(field: string): string | null {
  return field.trim() || null;
}

/** The shared fields as the API takes them (the controls valid: the times parse). */
export function eventFieldsRequest(value: EventFieldValue, timeZone: string) {
  return {
    ...toInstants(value.when, timeZone)!,
    location: optionalText(value.location),
    notes: optionalText(value.notes),
  };
}
