import { ChangeDetectionStrategy, Component, inject } from '@angular/core';

import { ActiveBand } from './active-band';

/**
 * "Vous n'êtes plus membre de X": shown on any screen once the active band answered 404, in the app's
 * alert region (app.html).
 */
@Component({
  selector: 'bt-lost-band-notice',
  template: `
    @if (band.lostBandName(); as name) {
      <p class="notice notice-error lost-band" data-testid="band-lost">
        <span i18n="@@band.lost">Vous n'êtes plus membre de « {{ name }} ».</span>
        <button
          type="button"
          class="button button-secondary"
          (click)="band.dismissLostBand()"
          i18n="@@band.lostDismiss"
        >
          OK
        </button>
      </p>
    }
  `,
  styles: `
    .lost-band {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--bt-space-2);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LostBandNotice {
  protected readonly band = inject(ActiveBand);
}
