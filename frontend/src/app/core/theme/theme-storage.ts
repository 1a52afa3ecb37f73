// Plain functions (no Angular, no $localize): main.ts applies the saved theme before bootstrap
// with them, and ThemeService keeps it up to date afterwards.
import { localStore } from '../browser/local-store';

export type ThemePreference = 'light' | 'dark' | 'system';
export type ResolvedTheme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'bandtrack.theme';
export const DARK_SCHEME_QUERY = '(prefers-color-scheme: dark)';

/** `<meta name="theme-color">` per resolved theme (the app bar surface colour). */
const THEME_COLORS: Record<ResolvedTheme, string> = { light: '#ffffff', dark: '#1c1c25' };

export function isThemePreference(value: unknown): value is ThemePreference {
  return value === 'light' || value === 'dark' || value === 'system';
}

export function readStoredTheme(): ThemePreference | null {
  const value = localStore.get(THEME_STORAGE_KEY);
  return isThemePreference(value) ? value : null;
}

export function storeTheme(theme: ThemePreference): void {
  localStore.set(THEME_STORAGE_KEY, theme);
}

export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): ResolvedTheme {
  if (preference === 'system') return systemPrefersDark ? 'dark' : 'light';
  return preference;
}

export function systemPrefersDark(view: Window | null | undefined): boolean {
  return typeof view?.matchMedia === 'function' && view.matchMedia(DARK_SCHEME_QUERY).matches;
}

/**
 * `<html data-theme="light|dark">` is always the resolved theme (what the CSS tokens key on);
 * `data-theme-preference` keeps the choice itself (`system` included).
 */
export function applyTheme(document: Document, preference: ThemePreference, resolved: ResolvedTheme): void {
  const root = document.documentElement;
  root.setAttribute('data-theme', resolved);
  root.setAttribute('data-theme-preference', preference);
  document.querySelector('meta[name="theme-color"]')?.setAttribute('content', THEME_COLORS[resolved]);
}
