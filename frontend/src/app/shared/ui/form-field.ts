import { ChangeDetectionStrategy, Component, computed, contentChild, Directive, inject, input } from '@angular/core';

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
 * names it), `aria-describedby` (hint, then error) and `aria-invalid` while an error shows.
 */
@Directive({
  selector: '[btFieldControl]',
  host: {
    '[id]': 'field.for()',
    '[attr.aria-describedby]': 'field.describedBy()',
    '[attr.aria-invalid]': "field.error() ? 'true' : null",
  },
})
export class FieldControl {
  protected readonly field = inject(FormField);
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
 * (a refusal from the server after Enter); ids are `{for}-hint` and `{for}-error`.
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
      @if (error(); as error) {
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
  /** The message under the control; null when the value is fine (or not to be judged yet). */
  readonly error = input<string | null>(null);

  private readonly hint = contentChild(FieldHint);

  readonly hintId = computed(() => `${this.for()}-hint`);
  readonly errorId = computed(() => `${this.for()}-error`);
  readonly describedBy = computed(() => {
    const ids = [this.hint() ? this.hintId() : null, this.error() ? this.errorId() : null].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  });
}

/** What a template imports to use form fields. */
export const FORM_FIELD = [FormField, FieldHint, FieldControl] as const;
