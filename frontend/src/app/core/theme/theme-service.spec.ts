import { PLATFORM_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { ThemeService } from './theme-service';
import { THEME_STORAGE_KEY } from './theme-storage';

/** A controllable `(prefers-color-scheme: dark)` media query. */
function fakeColorScheme(initiallyDark: boolean) {
  const listeners = new Set<(event: MediaQueryListEvent) => void>();
  const query = {
    matches: initiallyDark,
    media: '(prefers-color-scheme: dark)',
    addEventListener: (_type: string, listener: (event: MediaQueryListEvent) => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: (event: MediaQueryListEvent) => void) => listeners.delete(listener),
  };
  Object.defineProperty(window, 'matchMedia', { configurable: true, writable: true, value: jest.fn(() => query) });
  return {
    setDark(dark: boolean) {
      query.matches = dark;
      listeners.forEach((listener) => listener({ matches: dark } as MediaQueryListEvent));
    },
    listenerCount: () => listeners.size,
  };
}

describe('ThemeService', () => {
  const html = document.documentElement;
  let meta: HTMLMetaElement;

  beforeEach(() => {
    localStorage.clear();
    html.removeAttribute('data-theme');
    html.removeAttribute('data-theme-preference');
    meta = document.createElement('meta');
    meta.name = 'theme-color';
    document.head.appendChild(meta);
  });

  afterEach(() => {
    meta.remove();
    delete (window as { matchMedia?: unknown }).matchMedia;
  });

  it('defaults to system and follows prefers-color-scheme', () => {
    fakeColorScheme(true);
    const theme = TestBed.inject(ThemeService);

    expect(theme.preference()).toBe('system');
    expect(theme.resolved()).toBe('dark');
    expect(html.getAttribute('data-theme')).toBe('dark');
    expect(html.getAttribute('data-theme-preference')).toBe('system');
    expect(meta.content).toBe('#1c1c25');
  });

  it('leaves the page without a theme while prerendering (ADR 0026): its CSS follows the system', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    TestBed.configureTestingModule({ providers: [{ provide: PLATFORM_ID, useValue: 'server' }] });
    TestBed.inject(ThemeService).choose('light');

    expect(html.hasAttribute('data-theme')).toBe(false);
    expect(html.hasAttribute('data-theme-preference')).toBe(false);
  });

  it('follows a system change live while on system', () => {
    const scheme = fakeColorScheme(false);
    const theme = TestBed.inject(ThemeService);
    expect(html.getAttribute('data-theme')).toBe('light');

    scheme.setDark(true);
    expect(theme.resolved()).toBe('dark');
    expect(html.getAttribute('data-theme')).toBe('dark');

    scheme.setDark(false);
    expect(html.getAttribute('data-theme')).toBe('light');
  });

  it('keeps an explicit choice whatever the system does', () => {
    const scheme = fakeColorScheme(false);
    const theme = TestBed.inject(ThemeService);

    theme.choose('dark');
    scheme.setDark(false);
    expect(html.getAttribute('data-theme')).toBe('dark');

    theme.choose('light');
    scheme.setDark(true);
    expect(html.getAttribute('data-theme')).toBe('light');
    expect(html.getAttribute('data-theme-preference')).toBe('light');
  });

  it('remembers the choice in localStorage, and starts from it next time', () => {
    fakeColorScheme(false);
    TestBed.inject(ThemeService).choose('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');

    TestBed.resetTestingModule();
    html.removeAttribute('data-theme');
    const next = TestBed.inject(ThemeService);
    expect(next.preference()).toBe('dark');
    expect(html.getAttribute('data-theme')).toBe('dark');
  });

  it("adopts the account's preference", () => {
    fakeColorScheme(false);
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    const theme = TestBed.inject(ThemeService);

    theme.adopt('light');
    expect(theme.preference()).toBe('light');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('light');
  });

  it('ignores a corrupt stored value', () => {
    fakeColorScheme(false);
    localStorage.setItem(THEME_STORAGE_KEY, 'purple');
    expect(TestBed.inject(ThemeService).preference()).toBe('system');
  });

  it('works without matchMedia (light) and stops listening when destroyed', () => {
    const service = TestBed.inject(ThemeService);
    expect(service.resolved()).toBe('light');

    TestBed.resetTestingModule();
    const scheme = fakeColorScheme(false);
    TestBed.inject(ThemeService);
    expect(scheme.listenerCount()).toBe(1);
    TestBed.resetTestingModule();
    expect(scheme.listenerCount()).toBe(0);
  });
});
