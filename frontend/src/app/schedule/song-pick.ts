import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

import { Icon } from '../shared/ui/icon';

/**
 * A song offered to a list being built, with its « Ajouter » button: a repertoire song in the setlist
 * editor, a proposal in the rehearsal planner. What is said under its title is projected.
 */
@Component({
  selector: 'bt-song-pick',
  imports: [Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="what">
      <span class="title">{{ title() }}</span>
      <ng-content />
    </span>
    <button type="button" class="button button-secondary" [attr.aria-label]="label()" (click)="pick.emit()">
      <bt-icon name="plus" />
      <span i18n="@@songPick.add">Ajouter</span>
    </button>
  `,
  styles: `
    :host {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--bt-space-2);
      padding: var(--bt-space-2) 0;
      border-bottom: 1px solid var(--bt-color-border);
    }

    .what {
      display: grid;
      min-width: 0;
    }

    .title {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
  `,
})
export class SongPick {
  readonly title = input.required<string>();
  /** The button's accessible name: "Ajouter « Respect » à la setlist". */
  readonly label = input.required<string>();
  readonly pick = output();
}
