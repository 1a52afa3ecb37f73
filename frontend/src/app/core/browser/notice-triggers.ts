import { computed, inject, Signal } from '@angular/core';

import { ActiveBand } from '../band/active-band';
import { AppUpdates } from '../pwa/app-updates';

/** When each of the app's deferred notices first has something to say: their code is loaded then (ADR 0056). */
export interface NoticeTriggers {
  readonly bandLost: Signal<boolean>;
  readonly updateReady: Signal<boolean>;
}

export function noticeTriggers(): NoticeTriggers {
  const band = inject(ActiveBand);
  const updates = inject(AppUpdates);
  return {
    bandLost: computed(() => band.lostBandName() !== null),
    updateReady: computed(() => updates.status() !== 'none'),
  };
}
