import { DOCUMENT, inject, LOCALE_ID, mergeApplicationConfig, provideAppInitializer } from '@angular/core';
import { bootstrapApplication, BootstrapContext } from '@angular/platform-browser';
import { provideServerRendering, withRoutes } from '@angular/ssr';

import { App } from './app/app';
import { appConfig } from './app/app.config';
import { serverRoutes } from './app/app.routes.server';
import { AppLocale } from './app/core/i18n/locale-storage';

/** Imported by main.server.ts once the translations for `locale` are loaded. */
export function bootstrapServer(locale: AppLocale, context: BootstrapContext) {
  const serverConfig = mergeApplicationConfig(appConfig(), {
    providers: [
      provideServerRendering(withRoutes(serverRoutes)),
      { provide: LOCALE_ID, useValue: locale },
      provideAppInitializer(() => {
        inject(DOCUMENT).documentElement.lang = locale;
      }),
    ],
  });
  return bootstrapApplication(App, serverConfig, context);
}
