import { HttpErrorResponse } from '@angular/common/http';
import { isPlatformServer } from '@angular/common';
import { computed, DOCUMENT, inject, Injectable, PLATFORM_ID, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { MeResponse, MyBandSummary, Preferences, UpdateMeRequest } from '../api/api-types';
import { LocaleService } from '../i18n/locale-service';
import { clearCachedApiResponses } from '../pwa/api-cache';
import { OnlineStatus } from '../pwa/online-status';
import { ThemeService } from '../theme/theme-service';
import { SessionApi } from './session-api';
import { forgetSignedInHint, hasSignedInHint } from './signed-in-hint';
import {
  forgetUnsyncedPreferences,
  readUnsyncedPreferences,
  rememberUnsyncedPreferences,
} from './unsynced-preferences';

/**
 * - `unknown`: not asked yet (or asking);
 * - `signed-in`: GET /api/me answered;
 * - `signed-out`: it answered 401, or the user signed out;
 * - `unreachable`: no answer (offline with nothing cached, server down).
 */
export type SessionStatus = 'unknown' | 'signed-in' | 'signed-out' | 'unreachable';

interface SessionState {
  status: SessionStatus;
  user: MeResponse | null;
}

/** The current user, from GET /api/me, loaded at app start. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(SessionApi);
  private readonly theme = inject(ThemeService);
  private readonly locale = inject(LocaleService);
  private readonly connectivity = inject(OnlineStatus);
  private readonly document = inject(DOCUMENT);
  /** Prerendering (ADR 0026) renders the guest pages: nobody is signed in there, and nothing is asked. */
  private readonly prerendering = isPlatformServer(inject(PLATFORM_ID));

  private readonly state = signal<SessionState>({ status: 'unknown', user: null });
  private pending: Promise<MeResponse | null> | null = null;

  readonly status = computed(() => this.state().status);
  readonly user = computed(() => this.state().user);
  readonly isSignedIn = computed(() => this.state().user !== null);
  readonly displayName = computed(() => {
    const user = this.state().user;
    return user ? user.displayName?.trim() || user.username : '';
  });
  /** The user's bands (GET /api/me), in the server's order. */
  readonly bands = computed<readonly MyBandSummary[]>(() => this.state().user?.bands ?? []);
  /** The band every band screen shows; null when the user has no band (or is signed out). */
  readonly activeBandId = computed(() => this.state().user?.activeBandId ?? null);
  readonly activeBand = computed(() => {
    const id = this.activeBandId();
    return this.bands().find((band) => band.id === id) ?? null;
  });

  /** Asks GET /api/me; adopts the account's theme and language. Never rejects. */
  load(): Promise<MeResponse | null> {
    this.pending ??= this.fetch().finally(() => (this.pending = null));
    return this.pending;
  }

  /** Resolves once the status is known, loading it if nobody did yet. */
  async ensureLoaded(): Promise<SessionStatus> {
    if (this.status() === 'unknown' || this.status() === 'unreachable' || this.pending) {
      await this.load();
    }
    return this.status();
  }

  /**
   * Forget the user (signed out, session expired or account deleted), including the API answers
   * the service worker kept for offline use.
   */
  clear(): void {
    this.state.set({ status: 'signed-out', user: null });
    forgetUnsyncedPreferences();
    void clearCachedApiResponses();
  }

  /** PATCH /api/me, then the same change on the local copy. Rejects with the HTTP error. */
  async update(changes: UpdateMeRequest): Promise<void> {
    await firstValueFrom(this.api.updateMe(changes));
    this.state.update((state) => {
      if (!state.user) return state;
      const { displayName, preferences } = changes;
      return {
        ...state,
        user: {
          ...state.user,
          ...(displayName !== undefined ? { displayName } : {}),
          preferences: { ...state.user.preferences, ...preferences },
        },
      };
    });
  }

  /**
   * Saves preferences to the account. Offline (no answer, or the service worker's 504), they are
   * kept on this device and sent on the next successful load: resolves `'offline'`. Rejects with
   * the HTTP error when the server refuses them.
   */
  async savePreferences(preferences: Partial<Preferences>): Promise<'saved' | 'offline'> {
    // Known offline: do not even try. A failed PATCH would also make the service worker drop its
    // cached GET /api/me (it forgets a URL's cached answer on any write to it).
    if (!this.connectivity.online()) return this.keepForLater(preferences);
    try {
      await this.update({ preferences });
      return 'saved';
    } catch (error) {
      if (!isNetworkFailure(error)) throw error;
      return this.keepForLater(preferences);
    }
  }

  private keepForLater(preferences: Partial<Preferences>): 'offline' {
    rememberUnsyncedPreferences(preferences);
    this.mergePreferences(preferences);
    return 'offline';
  }

  /** PUT /api/me/active-band, then every band screen follows. Rejects with the HTTP error. */
  async switchBand(bandId: string): Promise<void> {
    if (bandId === this.activeBandId()) return;
    await firstValueFrom(this.api.setActiveBand(bandId));
    this.patchUser((user) => ({ ...user, activeBandId: bandId }));
  }

  /**
   * A band the user just created or joined: listed (or updated) and active, as the server made it.
   * Saves a round trip to GET /api/me.
   */
  adoptBand(band: MyBandSummary): void {
    this.patchUser((user) => {
      const known = user.bands.some((b) => b.id === band.id);
      const bands = known ? user.bands.map((b) => (b.id === band.id ? band : b)) : [...user.bands, band];
      return { ...user, bands, activeBandId: band.id };
    });
  }

  /** Keeps the local list in step after a rename, or a role seen in the members list. */
  updateBand(bandId: string, changes: Partial<Omit<MyBandSummary, 'id'>>): void {
    this.patchUser((user) => ({
      ...user,
      bands: user.bands.map((band) => (band.id === bandId ? { ...band, ...changes } : band)),
    }));
  }

  /** POST /api/auth/logout; the local session ends whatever the server says. */
  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.api.logout());
    } catch {
      // Offline or already expired: the cookie is the server's business, we still forget the user.
    } finally {
      this.clear();
    }
  }

  private async fetch(): Promise<MeResponse | null> {
    if (this.prerendering || !hasSignedInHint(this.document)) {
      this.state.set({ status: 'signed-out', user: null });
      return null;
    }
    try {
      // The first load takes the request boot.js started while main was downloading (core/api/early-responses.ts).
      const me = await firstValueFrom(this.api.getMe());
      this.state.set({ status: 'signed-in', user: me });
      await this.pushUnsyncedPreferences();
      const preferences = this.state().user?.preferences;
      if (preferences) {
        this.theme.adopt(preferences.theme);
        this.locale.adopt(preferences.locale);
      }
      return this.state().user;
    } catch (error) {
      const signedOut = error instanceof HttpErrorResponse && (error.status === 401 || error.status === 403);
      if (signedOut) {
        forgetSignedInHint(this.document);
        this.clear();
      } else {
        this.state.set({ status: 'unreachable', user: null });
      }
      return null;
    }
  }

  /** Preferences chosen offline win over the account's: send them, keep them if still offline. */
  private async pushUnsyncedPreferences(): Promise<void> {
    const unsynced = readUnsyncedPreferences();
    if (!unsynced) return;
    // Rare path (a choice made offline), so waiting for the connectivity check is affordable; a
    // PATCH sent while offline would make the service worker forget the cached GET /api/me.
    if (!(await this.connectivity.settled())) {
      this.mergePreferences(unsynced);
      return;
    }
    try {
      await this.update({ preferences: unsynced });
      forgetUnsyncedPreferences();
    } catch (error) {
      if (isNetworkFailure(error)) {
        this.mergePreferences(unsynced);
      } else {
        forgetUnsyncedPreferences();
      }
    }
  }

  private patchUser(change: (user: MeResponse) => MeResponse): void {
    this.state.update((state) => (state.user ? { ...state, user: change(state.user) } : state));
  }

  private mergePreferences(preferences: Partial<Preferences>): void {
    this.state.update((state) =>
      state.user
        ? { ...state, user: { ...state.user, preferences: { ...state.user.preferences, ...preferences } } }
        : state,
    );
  }
}

/** No answer from the server: offline (status 0) or the service worker's own 504. */
function isNetworkFailure(error: unknown): boolean {
  return error instanceof HttpErrorResponse && (error.status === 0 || error.status === 504);
}
