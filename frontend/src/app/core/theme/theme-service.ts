import { isPlatformServer } from '@angular/common';
import { computed, DestroyRef, DOCUMENT, inject, Injectable, PLATFORM_ID, signal } from '@angular/core';

import {
  applyTheme,
  DARK_SCHEME_QUERY,
  readStoredTheme,
  resolveTheme,
  storeTheme,
  systemPrefersDark,
  ThemePreference,
} from './theme-storage';

/**
 * Light, dark or system theme. The choice is applied to `<html data-theme>` at once and kept in
 * localStorage, so it holds before `/api/me` answers and after a reload; `system` follows
 * `prefers-color-scheme` live. Saving it to the account (PATCH /api/me) is the settings store's job,
 * and the account's preference is adopted when the session loads.
 */
@Injectable({ providedIn: 'root' })
export class ThemeService {
  private readonly document = inject(DOCUMENT);
  private readonly view = this.document.defaultView;
  /** A prerendered page (ADR 0026) carries no theme: its CSS follows the system until main.ts runs. */
  private readonly prerendering = isPlatformServer(inject(PLATFORM_ID));

  private readonly preferenceState = signal<ThemePreference>(readStoredTheme() ?? 'system');
  private readonly systemDark = signal(systemPrefersDark(this.view));

  readonly preference = this.preferenceState.asReadonly();
  readonly resolved = computed(() => resolveTheme(this.preferenceState(), this.systemDark()));

  constructor() {
    const media = typeof this.view?.matchMedia === 'function' ? this.view.matchMedia(DARK_SCHEME_QUERY) : null;
    if (media) {
      const onChange = (event: MediaQueryListEvent) => {
        this.systemDark.set(event.matches);
        this.apply();
      };
      media.addEventListener('change', onChange);
      inject(DestroyRef).onDestroy(() => media.removeEventListener('change', onChange));
    }
    this.apply();
  }

  /** The user's choice on this device: applied and remembered locally. */
  choose(preference: ThemePreference): void {
    storeTheme(preference);
    this.preferenceState.set(preference);
    this.apply();
  }

  /** The account's saved preference (from GET /api/me) wins over the local one. */
  adopt(preference: ThemePreference): void {
    if (preference !== this.preferenceState() || readStoredTheme() !== preference) {
      this.choose(preference);
    }
  }

  private apply(): void {
    if (this.prerendering) return;
    applyTheme(this.document, this.preferenceState(), this.resolved());
  }
}
