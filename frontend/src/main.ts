/*
 * Entry point. Decides the language before anything that uses $localize is loaded:
 * the saved choice (localStorage), else English for an English browser, else French (the source).
 * English messages are fetched and loaded, the locale data registered, and only then the app
 * module is imported and bootstrapped. The saved theme and band template are applied first to avoid
 * a flash. A guest page prerendered at build time (ADR 0026) is hydrated when it is in that language.
 */
import { registerLocaleData } from '@angular/common';
// Static, not import(): a few kB in main spare a round trip before the bootstrap chunk is asked for.
import localeEn from '@angular/common/locales/en';
import localeFr from '@angular/common/locales/fr';

import {
  AppLocale,
  chooseLocale,
  readStoredLocale,
  shareLocaleWithServer,
  TRANSLATIONS_URL,
} from './app/core/i18n/locale-storage';
import { yieldToMain } from './app/core/browser/yield-to-main';
import { loadTranslationsLazily } from './app/core/i18n/load-translations-lazily';
import { applyBandTemplate, readStoredBandTemplate } from './app/core/theme/band-template-storage';
import { applyTheme, readStoredTheme, resolveTheme, systemPrefersDark } from './app/core/theme/theme-storage';

const theme = readStoredTheme() ?? 'system';
applyTheme(document, theme, resolveTheme(theme, systemPrefersDark(window)));
applyBandTemplate(document, readStoredBandTemplate());

async function loadLocale(locale: AppLocale): Promise<AppLocale> {
  if (locale === 'en') {
    try {
      // Started by boot.js (index.html) in parallel with this file's download.
      const response = await ((window as { btMessages?: Promise<Response> }).btMessages ??
        fetch(new URL(TRANSLATIONS_URL.en, document.baseURI)));
      if (!response.ok) throw new Error(`translations: HTTP ${response.status}`);
      const messages = (await response.json()) as { translations: Record<string, string> };
      loadTranslationsLazily(messages.translations);
      registerLocaleData(localeEn, 'en');
      return 'en';
    } catch (error) {
      console.error('English translations unavailable, using French.', error);
    }
  }
  registerLocaleData(localeFr, 'fr');
  return 'fr';
}

async function start(): Promise<void> {
  const stored = readStoredLocale();
  // A choice made before the server was told of it (ADR 0026).
  if (stored) shareLocaleWithServer(stored);
  const locale = await loadLocale(chooseLocale(stored, navigator.language));
  // A page prerendered in another language (the server guessed wrong, or the English messages
  // failed to load) is not hydrated: without its hydration data the app renders over it.
  if (document.documentElement.lang !== locale) document.getElementById('ng-state')?.remove();
  $localize.locale = locale;
  document.documentElement.lang = locale;
  // main's evaluation and the bootstrap in tasks of their own (ADR 0039).
  await yieldToMain();
  const { bootstrap } = await import('./bootstrap');
  await bootstrap(locale);
}

start().catch((error: unknown) => console.error(error));
