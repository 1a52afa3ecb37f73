// Plain functions (no Angular, no $localize): main.ts picks the language with them before bootstrap.
import { localStore } from '../browser/local-store';

export type AppLocale = 'fr' | 'en';

export const LOCALE_STORAGE_KEY = 'bandtrack.locale';
export const SOURCE_LOCALE: AppLocale = 'fr';
export const TRANSLATIONS_URL: Record<Exclude<AppLocale, 'fr'>, string> = {
  en: 'locale/messages.en.json',
};

export function isAppLocale(value: unknown): value is AppLocale {
  return value === 'fr' || value === 'en';
}

export function readStoredLocale(): AppLocale | null {
  const value = localStore.get(LOCALE_STORAGE_KEY);
  return isAppLocale(value) ? value : null;
}

/** Saves the choice; true when it was really stored (so a reload will pick it up). */
export function storeLocale(locale: AppLocale): boolean {
  return localStore.set(LOCALE_STORAGE_KEY, locale);
}

/** The saved choice, else English for an English browser, else French. */
export function chooseLocale(stored: AppLocale | null, navigatorLanguage: string | undefined): AppLocale {
  if (stored) return stored;
  return navigatorLanguage?.toLowerCase().startsWith('en') ? 'en' : SOURCE_LOCALE;
}
