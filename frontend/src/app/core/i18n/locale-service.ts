import { inject, Injectable, LOCALE_ID } from '@angular/core';

import { PAGE_RELOAD } from '../browser/page-reload';
import { AppLocale, isAppLocale, readStoredLocale, SOURCE_LOCALE, storeLocale } from './locale-storage';

/**
 * The running language is fixed for the life of the page (runtime translations are loaded by
 * main.ts before bootstrap), so switching language means: remember it, then reload.
 */
@Injectable({ providedIn: 'root' })
export class LocaleService {
  private readonly reload = inject(PAGE_RELOAD);
  private readonly localeId = inject(LOCALE_ID);

  /** The language this page runs in. */
  readonly current: AppLocale = this.toAppLocale(this.localeId);

  readonly options: readonly { value: AppLocale; label: string; lang: AppLocale }[] = [
    { value: 'fr', label: 'Français', lang: 'fr' },
    { value: 'en', label: 'English', lang: 'en' },
  ];

  /** Remember the language and reload into it when it differs from the running one. */
  switchTo(locale: AppLocale): void {
    const stored = storeLocale(locale);
    if (stored && locale !== this.current) {
      this.reload();
    }
  }

  /**
   * The account's saved language (from GET /api/me) wins: switch once if this device was set to
   * another one. Compared with the stored choice, not the running language, so a failed download
   * of the translations (French fallback) cannot cause a reload loop.
   */
  adopt(locale: AppLocale): void {
    if (!isAppLocale(locale) || readStoredLocale() === locale) return;
    this.switchTo(locale);
  }

  private toAppLocale(id: string): AppLocale {
    const base = id.toLowerCase().split(/[-_]/)[0];
    return isAppLocale(base) ? base : SOURCE_LOCALE;
  }
}
