/*
 * Prerendering entry (ng build, see ADR 0026): renders the public pages at build time in one
 * language, PRERENDER_LOCALE (a build-time `define`: French, the source, unless a build sets it to
 * 'en'). Like main.ts, the translations are loaded before anything that uses $localize is imported.
 */
import { registerLocaleData } from '@angular/common';
import type { ApplicationRef } from '@angular/core';
import { loadTranslations } from '@angular/localize';
import type { BootstrapContext } from '@angular/platform-browser';

import type { AppLocale } from './app/core/i18n/locale-storage';

declare const PRERENDER_LOCALE: AppLocale | undefined;

export default async function bootstrap(context: BootstrapContext): Promise<ApplicationRef> {
  const locale: AppLocale = typeof PRERENDER_LOCALE === 'undefined' ? 'fr' : PRERENDER_LOCALE;
  if (locale === 'en') {
    const [messages, localeData] = await Promise.all([
      import('./locale/messages.en.json'),
      import('@angular/common/locales/en'),
    ]);
    loadTranslations(messages.default.translations);
    registerLocaleData(localeData.default, 'en');
  } else {
    registerLocaleData((await import('@angular/common/locales/fr')).default, 'fr');
  }
  $localize.locale = locale;
  const { bootstrapServer } = await import('./bootstrap.server');
  return bootstrapServer(locale, context);
}
