import { DestroyRef, inject, Injectable, signal } from '@angular/core';
import { SwUpdate } from '@angular/service-worker';

import { PAGE_RELOAD } from '../browser/page-reload';

/**
 * New deployments: the service worker downloads the new version in the background and reports
 * VERSION_READY; the app then offers to reload. A broken cache (unrecoverable state) also asks for
 * a reload.
 */
@Injectable({ providedIn: 'root' })
export class AppUpdates {
  private readonly updates = inject(SwUpdate);
  private readonly reloadPage = inject(PAGE_RELOAD);
  private readonly state = signal<'none' | 'ready' | 'broken'>('none');

  readonly status = this.state.asReadonly();

  constructor() {
    if (!this.updates.isEnabled) return;
    const ready = this.updates.versionUpdates.subscribe((event) => {
      if (event.type === 'VERSION_READY') this.state.set('ready');
    });
    const broken = this.updates.unrecoverable.subscribe(() => this.state.set('broken'));
    inject(DestroyRef).onDestroy(() => {
      ready.unsubscribe();
      broken.unsubscribe();
    });
  }

  async reload(): Promise<void> {
    if (this.state() === 'ready') {
      try {
        await this.updates.activateUpdate();
      } catch {
        // The reload below fetches the new version anyway.
      }
    }
    this.reloadPage();
  }

  dismiss(): void {
    this.state.set('none');
  }
}
