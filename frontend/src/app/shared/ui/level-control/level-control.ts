import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, output } from '@angular/core';

import { clampLevel, levelColor, levelWord, MAX_LEVEL, MIN_LEVEL } from './level';

let nextId = 0;

/**
 * My level on a song, 0 to 10, coloured by level. A native range (arrow keys, Home/End, Page
 * Up/Down, screen-reader gestures) between − and + buttons for exact taps on a phone. `valueChange`
 * fires when a level is chosen (the range released, a key, a button), not at each step of a drag.
 * `pending` says the level shown is not confirmed by the server yet (kept offline); the control
 * stays usable, the latest choice wins.
 */
@Component({
  selector: 'bt-level-control',
  templateUrl: './level-control.html',
  styleUrl: './level-control.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LevelControl {
  /** null: not rated yet. */
  readonly value = input<number | null>(null);
  readonly label = input($localize`:@@level.label:Mon niveau`);
  readonly disabled = input(false);
  readonly pending = input(false);
  readonly valueChange = output<number>();

  protected readonly min = MIN_LEVEL;
  protected readonly max = MAX_LEVEL;
  protected readonly inputId = `bt-level-${nextId++}`;
  protected readonly pendingId = `${this.inputId}-pending`;

  /** What shows: the value given, or the one being dragged to. */
  protected readonly shown = linkedSignal<number | null>(() => {
    const value = this.value();
    return value === null ? null : clampLevel(value);
  });
  /** Not rated yet: neutral, not the red of level 0. */
  protected readonly color = computed(() => {
    const level = this.shown();
    return level === null ? 'var(--bt-color-border-strong)' : levelColor(level);
  });
  protected readonly word = computed(() => levelWord(this.shown()));
  protected readonly fill = computed(() => `${((this.shown() ?? MIN_LEVEL) / MAX_LEVEL) * 100}%`);
  protected readonly valueText = computed(() => {
    const level = this.shown();
    return level === null ? this.word() : $localize`:@@level.valueText:${level}:level: sur 10, ${this.word()}:word:`;
  });

  protected preview(event: Event): void {
    this.shown.set(Number((event.target as HTMLInputElement).value));
  }

  protected commit(event: Event): void {
    this.choose(Number((event.target as HTMLInputElement).value));
  }

  protected stepBy(delta: number): void {
    this.choose(clampLevel((this.shown() ?? MIN_LEVEL) + delta));
  }

  private choose(level: number): void {
    if (this.disabled()) return;
    const unchanged = this.value() === level;
    this.shown.set(level);
    if (!unchanged) this.valueChange.emit(level);
  }
}
