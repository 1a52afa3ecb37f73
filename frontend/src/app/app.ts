import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  DOCUMENT,
  ElementRef,
  inject,
  viewChild,
} from '@angular/core';
import { RouterOutlet } from '@angular/router';

import { ActiveBand } from './core/band/active-band';
import { LostBandNotice } from './core/band/lost-band-notice';
import { measureStuckNotices, revealNewNotices } from './core/browser/notices-in-view';
import { OutboxStatus } from './core/offline/outbox-status';
import { AppUpdates } from './core/pwa/app-updates';
import { OfflineBanner } from './core/pwa/offline-banner';
import { UpdatePrompt } from './core/pwa/update-prompt';

@Component({
  selector: 'bt-root',
  imports: [RouterOutlet, OfflineBanner, OutboxStatus, LostBandNotice, UpdatePrompt],
  templateUrl: './app.html',
  styleUrl: './app.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly document = inject(DOCUMENT);
  private readonly stuckNotices = viewChild.required<ElementRef<HTMLElement>>('stuckNotices');
  // What makes the deferred notices load (app.html, ADR 0056).
  protected readonly band = inject(ActiveBand);
  protected readonly updates = inject(AppUpdates);

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const stops = [revealNewNotices(this.document.body), measureStuckNotices(this.stuckNotices().nativeElement)];
      destroyRef.onDestroy(() => stops.forEach((stop) => stop()));
    });
  }

  /** `href="#main"` alone would resolve against <base href="/"> and navigate home. */
  protected skipToMain(event: Event): void {
    const main = this.document.getElementById('main');
    if (!main) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView?.();
  }
}
