export const THEMES = ['light', 'dark', 'system'] as const;
export const LOCALES = ['fr', 'en'] as const;

export type Theme = (typeof THEMES)[number];
export type Locale = (typeof LOCALES)[number];

export interface Preferences {
  readonly theme: Theme;
  readonly locale: Locale;
}

export const DEFAULT_PREFERENCES: Preferences = { theme: 'system', locale: 'fr' };
