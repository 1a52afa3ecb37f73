import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

export interface ToggleOption<T extends string> {
  readonly value: T;
  readonly label: string;
}

/**
 * One choice among a few, as pressed buttons (`aria-pressed`) in a named group: the repertoire's
 * tabs (`look="tabs"`), the suggestions' order (`look="buttons"`). Each button's test id is
 * `{testIdPrefix}{value}`.
 */
@Component({
  selector: 'bt-toggle-group',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'group', '[attr.aria-label]': 'label()', '[class]': 'look()' },
  template: `
    @for (option of options(); track option.value) {
      <button
        type="button"
        class="toggle"
        [class.button]="look() === 'buttons'"
        [class.button-secondary]="look() === 'buttons'"
        [attr.aria-pressed]="option.value === value()"
        [attr.data-testid]="testIdPrefix() + option.value"
        (click)="valueChange.emit(option.value)"
      >
        {{ option.label }}
      </button>
    }
  `,
  styles: `
    :host(.tabs) {
      display: grid;
      grid-auto-columns: 1fr;
      grid-auto-flow: column;
      border-bottom: 1px solid var(--bt-color-border-strong);
    }

    :host(.tabs) .toggle {
      min-height: var(--bt-touch-target);
      border: 0;
      border-bottom: 3px solid transparent;
      background: transparent;
      color: inherit;
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }

    :host(.tabs) .toggle[aria-pressed='true'] {
      border-bottom-color: var(--bt-color-primary);
      color: var(--bt-color-primary);
    }

    :host(.buttons) {
      display: flex;
      flex-wrap: wrap;
      gap: var(--bt-space-2);
    }

    :host(.buttons) .toggle[aria-pressed='true'] {
      border-color: var(--bt-color-primary);
      color: var(--bt-color-primary);
      font-weight: 700;
    }
  `,
})
export class ToggleGroup<T extends string> {
  readonly options = input.required<readonly ToggleOption<T>[]>();
  /** The option pressed; null: none yet (an answer not given). */
  readonly value = input.required<T | null>();
  /** The group's accessible name. */
  readonly label = input.required<string>();
  readonly look = input<'tabs' | 'buttons'>('buttons');
  readonly testIdPrefix = input('');
  readonly valueChange = output<T>();
}
