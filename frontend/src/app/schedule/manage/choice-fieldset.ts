import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
}

/** One choice among a few of a manager form, as radio buttons under a legend; test ids `{testIdPrefix}{value}`. */
@Component({
  selector: 'bt-choice-fieldset',
  imports: [ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset [attr.data-testid]="testIdPrefix() + 'choices'">
      <legend>{{ legend() }}</legend>
      <div class="choice-list">
        @for (choice of choices(); track choice.value) {
          <label class="choice">
            <input
              type="radio"
              [name]="name()"
              [formControl]="control()"
              [value]="choice.value"
              [attr.data-testid]="testIdPrefix() + choice.value"
            />
            {{ choice.label }}
          </label>
        }
      </div>
    </fieldset>
  `,
})
export class ChoiceFieldset<T extends string> {
  readonly legend = input.required<string>();
  readonly name = input.required<string>();
  readonly control = input.required<FormControl<T>>();
  readonly choices = input.required<readonly Choice<T>[]>();
  readonly testIdPrefix = input.required<string>();
}
