import { DOCUMENT, inject, Signal, signal } from '@angular/core';
import { Event, NavigationCancel, NavigationEnd, NavigationError, NavigationSkipped, Router } from '@angular/router';
import { first } from 'rxjs';

import { whenIdle } from '../browser/yield-to-main';

const ended = (event: Event): boolean =>
  event instanceof NavigationEnd ||
  event instanceof NavigationCancel ||
  event instanceof NavigationError ||
  event instanceof NavigationSkipped;

/**
 * True once the first navigation has ended, whether it succeeded or not, and the browser has then been
 * idle: for what has nothing to show on the first screen and whose scripts would compete with its
 * (ADR 0055). `requestIdleCallback` alone can run while the first screen still waits for its scripts.
 */
export function afterFirstScreen(): Signal<boolean> {
  const done = signal(false);
  const view = inject(DOCUMENT).defaultView;
  inject(Router)
    .events.pipe(first(ended))
    .subscribe(() => whenIdle(view, () => done.set(true)));
  return done.asReadonly();
}
