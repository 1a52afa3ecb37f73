import { AbstractControl, FormGroup } from '@angular/forms';

import { FieldError } from './api-types';

/**
 * Puts the server's field errors (problem+json `errors[]`, `field` = body property name) on the
 * matching controls as a `server` error, and returns those that match no control.
 * The error goes away as soon as the user edits the field (validators run again).
 */
export function applyServerFieldErrors(form: FormGroup, errors: readonly FieldError[]): FieldError[] {
  const unmatched: FieldError[] = [];
  for (const error of errors) {
    const control = form.get(error.field);
    if (control) {
      setServerError(control, error.message);
    } else {
      unmatched.push(error);
    }
  }
  return unmatched;
}

export function setServerError(control: AbstractControl, message: string): void {
  control.setErrors({ ...control.errors, server: message });
  control.markAsTouched();
}
