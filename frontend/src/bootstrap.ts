import { LOCALE_ID } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';

import { App } from './app/app';
import { appConfig } from './app/app.config';
import { AppLocale } from './app/core/i18n/locale-storage';

/** Imported by main.ts once the translations for `locale` are loaded. */
export function bootstrap(locale: AppLocale) {
  return bootstrapApplication(App, {
    ...appConfig,
    providers: [{ provide: LOCALE_ID, useValue: locale }, ...appConfig.providers],
  });
}
