import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  contentChild,
  DestroyRef,
  Directive,
  inject,
  input,
  signal,
} from '@angular/core';
import { NgControl } from '@angular/forms';

import { ErrorMoment } from '../../core/forms/error-moment';

/**
 * Hint text of a form field, shown under the label: `<p btFieldHint i18n="@@…">…</p>`. Its id is
 * the field's, so the control is described by it.
 */
@Directive({
  selector: '[btFieldHint]',
  host: { class: 'field-hint', '[id]': 'field.hintId()' },
})
export class FieldHint {
  protected readonly field = inject(FormField);
}

/**
 * The control of a form field (`input`, `select`, `textarea`): gets the field's id (so the label
 * names it), `aria-describedby` (hint, then error) and `aria-invalid` while an error shows. With a
 * form control (`formControlName`, here or on the component around it), it tells the field when
 * its error is due (ErrorMoment).
 */
@Directive({
  selector: '[btFieldControl]',
  host: {
    '[id]': 'field.for()',
    '[attr.aria-describedby]': 'field.describedBy()',
    '[attr.aria-invalid]': "field.shownError() ? 'true' : null",
    '(blur)': 'left()',
  },
})
export class FieldControl {
  protected readonly field = inject(FormField);
  private readonly ngControl = inject(NgControl, { optional: true });

  constructor() {
    if (!this.ngControl) return;
    const destroyRef = inject(DestroyRef);
    this.field.timeErrors();
    // The control is bound once its directive's inputs are set, after this constructor.
    afterNextRender(() => {
      if (this.ngControl?.control) this.field.moment.watch(this.ngControl.control, destroyRef);
    });
  }

  protected left(): void {
    if (this.ngControl?.control) this.field.moment.left(this.ngControl.control);
  }
}

/**
 * A labelled form field: label, optional hint, the projected control, and its error.
 *
 * ```html
 * <bt-form-field for="register-username" label="Nom d'utilisateur" i18n-label="@@auth.username"
 *                [error]="errorFor('username')">
 *   <p btFieldHint i18n="@@register.usernameHint">3 à 32 caractères…</p>
 *   <input btFieldControl class="input" formControlName="username" />
 * </bt-form-field>
 * ```
 *
 * The error sits in a polite live region, so it is heard even when the focus stays in the control
 * (a refusal from the server after Enter); ids are `{for}-hint` and `{for}-error`. A field whose
 * control is a form control shows `error` only once it is due: after a submit of the form, or once
 * the user changed the field and left it (core/forms/error-moment.ts); so a page passes the
 * control's error as it stands, without judging when to show it.
 */
@Component({
  selector: 'bt-form-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'field' },
  template: `
    <label class="field-label" [for]="for()"
      >{{ label() }}
      @if (optional()) {
        <span class="optional" i18n="@@form.optional">(facultatif)</span>
      }
    </label>
    <ng-content select="[btFieldHint]" />
    <ng-content />
    <div class="live-region" aria-live="polite">
      @if (shownError(); as error) {
        <p class="field-error" [id]="errorId()">{{ error }}</p>
      }
    </div>
  `,
})
export class FormField {
  /** The control's id. */
  readonly for = input.required<string>();
  readonly label = input.required<string>();
  /** Adds "(facultatif)" to the label. */
  readonly optional = input(false);
  /** The control's error as it stands (null when the value is fine); shown when due (see above). */
  readonly error = input<string | null>(null);

  private readonly hint = contentChild(FieldHint);
  /** Set by a form control inside: then `error` waits for its moment. */
  private readonly timed = signal(false);
  readonly moment = new ErrorMoment();

  /** The error on screen. */
  readonly shownError = computed(() => (!this.timed() || this.moment.due() ? this.error() : null));

  readonly hintId = computed(() => `${this.for()}-hint`);
  readonly errorId = computed(() => `${this.for()}-error`);
  readonly describedBy = computed(() => {
    const ids = [this.hint() ? this.hintId() : null, this.shownError() ? this.errorId() : null].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  });

  timeErrors(): void {
    this.timed.set(true);
  }
}

/** What a template imports to use form fields. */
export const FORM_FIELD = [FormField, FieldHint, FieldControl] as const;
