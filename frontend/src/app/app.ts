import { ChangeDetectionStrategy, Component, DOCUMENT, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';

import { LostBandNotice } from './core/band/lost-band-notice';
import { OutboxStatus } from './core/offline/outbox-status';
import { OfflineBanner } from './core/pwa/offline-banner';
import { UpdatePrompt } from './core/pwa/update-prompt';

@Component({
  selector: 'bt-root',
  imports: [RouterOutlet, OfflineBanner, OutboxStatus, LostBandNotice, UpdatePrompt],
  templateUrl: './app.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly document = inject(DOCUMENT);

  /** `href="#main"` alone would resolve against <base href="/"> and navigate home. */
  protected skipToMain(event: Event): void {
    const main = this.document.getElementById('main');
    if (!main) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView?.();
  }
}
