import { DOCUMENT, inject, InjectionToken } from '@angular/core';

/** Reloads the page; a token so that specs can observe it instead of reloading jsdom. */
export const PAGE_RELOAD = new InjectionToken<() => void>('PAGE_RELOAD', {
  providedIn: 'root',
  factory: () => {
    const location = inject(DOCUMENT).defaultView?.location;
    return () => location?.reload();
  },
});
