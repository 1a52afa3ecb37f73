import { DestroyRef, signal } from '@angular/core';
import { AbstractControl, FormResetEvent, FormSubmittedEvent } from '@angular/forms';

/**
 * When a field's error is due: once its form was submitted, or once the user changed the field and
 * left it — never while they tab through an empty form. Resetting the form makes it wait again
 * (a saved form, a dialog opened anew).
 */
export class ErrorMoment {
  private readonly reached = signal(false);
  readonly due = this.reached.asReadonly();

  /** Follows the submits and resets of the control's form. */
  watch(control: AbstractControl, destroyRef: DestroyRef): void {
    const subscription = control.root.events.subscribe((event) => {
      if (event instanceof FormSubmittedEvent) this.reached.set(true);
      else if (event instanceof FormResetEvent) this.reached.set(false);
    });
    destroyRef.onDestroy(() => subscription.unsubscribe());
  }

  /** The user left the field: its error is due if they changed it. */
  left(control: AbstractControl): void {
    if (control.dirty) this.reached.set(true);
  }
}
