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
  const stored = localStore.set(LOCALE_STORAGE_KEY, locale);
  if (stored) shareLocaleWithServer(locale);
  return stored;
}

/**
 * The choice, also in a cookie: the server reads it to send a prerendered page in this language
 * (ADR 0026), as it cannot see localStorage. Without it, it goes by Accept-Language, as
 * chooseLocale() goes by navigator.language.
 */
export function shareLocaleWithServer(locale: AppLocale): void {
  if (typeof document === 'undefined') return;
  document.cookie = `bt_locale=${locale}; Max-Age=31536000; Path=/; SameSite=Lax`;
}

/** The saved choice, else English for an English browser, else French. */
export function chooseLocale(stored: AppLocale | null, navigatorLanguage: string | undefined): AppLocale {
  if (stored) return stored;
  return navigatorLanguage?.toLowerCase().startsWith('en') ? 'en' : SOURCE_LOCALE;
}
