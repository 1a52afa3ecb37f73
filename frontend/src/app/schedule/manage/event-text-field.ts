import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';

import { FORM_FIELD } from '../../shared/ui/form-field';

/**
 * One text field of the gig and rehearsal forms (a line, or a textarea of `rows` lines): its label,
 * "(facultatif)" unless `required`, and its error — the server's, a rule's sentence from `messages`
 * (by validator key), or the length limit.
 */
@Component({
  selector: 'bt-event-text-field',
  imports: [ReactiveFormsModule, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <bt-form-field [for]="id()" [label]="label()" [optional]="!required()" [error]="error()">
      @if (rows(); as rows) {
        <textarea
          btFieldControl
          class="input textarea"
          [name]="name()"
          [formControl]="control()"
          [rows]="rows"
          [attr.maxlength]="max()"
          [attr.autocomplete]="autocomplete()"
        ></textarea>
      } @else {
        <input
          btFieldControl
          class="input"
          type="text"
          [name]="name()"
          [formControl]="control()"
          [attr.maxlength]="max()"
          [attr.aria-required]="required() || null"
          [attr.inputmode]="inputmode()"
          [attr.autocomplete]="autocomplete()"
        />
      }
    </bt-form-field>
  `,
})
export class EventTextField {
  readonly control = input.required<FormControl<string>>();
  /** The control's name attribute; its id is `id`. */
  readonly name = input.required<string>();
  readonly id = input.required<string>();
  readonly label = input.required<string>();
  readonly required = input(false);
  readonly max = input<number | null>(null);
  readonly rows = input<number | null>(null);
  readonly inputmode = input<string | null>(null);
  readonly autocomplete = input('off');
  /** A sentence per validator key (`required`, `fee`…). */
  readonly messages = input<Readonly<Record<string, string>>>({});
  /** Bumped by the form when it reset or showed errors (controls are not signals). */
  readonly revision = input(0);

  protected error(): string | null {
    this.revision();
    const errors = this.control().errors;
    if (!errors) return null;
    if (typeof errors['server'] === 'string') return errors['server'];
    const known = Object.keys(errors).find((key) => key in this.messages());
    if (known) return this.messages()[known]!;
    if (errors['maxlength']) {
      const max = errors['maxlength'].requiredLength as number;
      return $localize`:@@manage.tooLong:${max}:max: caractères au plus.`;
    }
    return null;
  }
}
