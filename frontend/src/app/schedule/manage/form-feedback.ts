import { effect, ElementRef, inject, Injector, signal, untracked } from '@angular/core';
import { FormGroup } from '@angular/forms';

import { applyServerFieldErrors } from '../../core/api/form-errors';
import { focusAfterRender } from '../../core/forms/focus-after-render';
import { ManageFailure } from './manage-action';

/**
 * How a manager form answers a refusal: the server's field errors on their fields, the rest as the
 * form's message (test id `{testId}`), the focus on the first invalid field, else on the message.
 * `revision` is bumped whenever the controls change from the code (a reset, errors applied), for the
 * OnPush fields that read them. Made in the form's injection context.
 */
export class FormFeedback {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly message = signal<string | null>(null);
  readonly revision = signal(0);

  constructor(
    private readonly form: FormGroup,
    failure: () => ManageFailure | null,
    private readonly testId: string,
  ) {
    effect(() => {
      const refused = failure();
      untracked(() => {
        if (!refused) return this.message.set(null);
        const unmatched = applyServerFieldErrors(this.form, refused.fieldErrors);
        this.message.set(refused.message ?? (unmatched.map((error) => error.message).join(' ') || null));
        this.showErrors();
      });
    });
  }

  /** Before a save: false (errors shown, the focus on the first) when the form is not valid. */
  check(): boolean {
    this.message.set(null);
    if (this.form.valid) return true;
    this.form.markAllAsTouched();
    this.showErrors();
    return false;
  }

  /** The form was filled from the code. */
  filled(): void {
    this.revision.update((n) => n + 1);
  }

  private showErrors(): void {
    this.revision.update((n) => n + 1);
    focusAfterRender(
      () => this.host.nativeElement,
      ['[aria-invalid=true]', `[data-testid=${this.testId}]`],
      this.injector,
    );
  }
}
