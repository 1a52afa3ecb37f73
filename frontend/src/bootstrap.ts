import { APP_BOOTSTRAP_LISTENER, DOCUMENT, inject, LOCALE_ID, PendingTasks } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { Router, withDisabledInitialNavigation } from '@angular/router';

import { App } from './app/app';
import { appConfig } from './app/app.config';
import { yieldToMain } from './app/core/browser/yield-to-main';
import { AppLocale } from './app/core/i18n/locale-storage';

/**
 * The first navigation (the page's chunk, its guards, its render or hydration) starts a task after
 * the root component's (ADR 0039), where the router would start it in the same one. The app stays
 * unstable in between (a pending task taken at bootstrap), so that hydration keeps the prerendered
 * page for it.
 */
const firstNavigationAfterAYield = {
  provide: APP_BOOTSTRAP_LISTENER,
  multi: true,
  useFactory: () => {
    const router = inject(Router);
    const pendingTasks = inject(PendingTasks);
    const view = inject(DOCUMENT).defaultView;
    return () => {
      const started = pendingTasks.add();
      void yieldToMain(view).then(() => {
        router.initialNavigation();
        started();
      });
    };
  },
};

/** Imported by main.ts once the translations for `locale` are loaded. */
export function bootstrap(locale: AppLocale) {
  const config = appConfig(withDisabledInitialNavigation());
  return bootstrapApplication(App, {
    ...config,
    providers: [{ provide: LOCALE_ID, useValue: locale }, ...config.providers, firstNavigationAfterAYield],
  });
}
