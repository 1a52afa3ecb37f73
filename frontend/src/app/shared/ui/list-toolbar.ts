import { ChangeDetectionStrategy, Component, DestroyRef, inject, output } from '@angular/core';

const SEARCH_DELAY_MS = 300;

/**
 * Above a searchable list: the search box, then the list's order (projected: a select, toggles).
 * `search` gives what is typed once the typing pauses, so a list is not read again at each key.
 */
@Component({
  selector: 'bt-list-toolbar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label>
      <span class="visually-hidden" i18n="@@listToolbar.searchLabel">Chercher un titre ou un artiste</span>
      <input
        class="input"
        type="search"
        name="q"
        i18n-placeholder="@@listToolbar.searchPlaceholder"
        placeholder="Chercher un titre, un artiste"
        autocomplete="off"
        (input)="typed($event)"
      />
    </label>
    <ng-content />
  `,
  styles: `
    :host {
      display: grid;
      gap: var(--bt-space-2);
    }
  `,
})
export class ListToolbar {
  readonly search = output<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
  }

  protected typed(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.search.emit(value), SEARCH_DELAY_MS);
  }
}
