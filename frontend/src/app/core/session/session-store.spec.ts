import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { LOCALE_ID, PLATFORM_ID, Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import {
  aFetchResponse as answer,
  aMe,
  aMeInABand,
  aProblem,
  BAND_ID,
  failWith,
  OTHER_BAND_ID,
  settle,
} from '../../../testing/fixtures';
import { earlyResponseInterceptor } from '../api/early-responses';
import { PAGE_RELOAD } from '../browser/page-reload';
import { LOCALE_STORAGE_KEY } from '../i18n/locale-storage';
import { CONNECTIVITY_PROBE } from '../pwa/online-status';
import { THEME_STORAGE_KEY } from '../theme/theme-storage';
import { SessionStore } from './session-store';

describe('SessionStore', () => {
  let store: SessionStore;
  let http: HttpTestingController;
  let reload: jest.Mock;

  /** A fresh testing module, with `extra` providers over the usual ones and this HttpClient. */
  function configure(extra: Provider[] = [], httpClient = provideHttpClient()): void {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [
        httpClient,
        provideHttpClientTesting(),
        { provide: LOCALE_ID, useValue: 'fr' },
        { provide: PAGE_RELOAD, useValue: reload },
        ...extra,
      ],
    });
  }

  beforeEach(() => {
    localStorage.clear();
    document.documentElement.removeAttribute('data-theme');
    reload = jest.fn();
    configure();
    store = TestBed.inject(SessionStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('starts unknown, then holds the user from GET /api/me', async () => {
    expect(store.status()).toBe('unknown');
    const loading = store.load();
    http.expectOne({ method: 'GET', url: '/api/me' }).flush(aMe({ displayName: 'Alice Martin' }));

    await expect(loading).resolves.toMatchObject({ username: 'alice' });
    expect(store.status()).toBe('signed-in');
    expect(store.isSignedIn()).toBe(true);
    expect(store.displayName()).toBe('Alice Martin');
  });

  it('falls back to the username when the display name is empty', async () => {
    const loading = store.load();
    http.expectOne('/api/me').flush(aMe({ displayName: '' }));
    await loading;
    expect(store.displayName()).toBe('alice');
  });

  it('reads 401 as signed out', async () => {
    const loading = store.load();
    failWith(http.expectOne('/api/me'), aProblem(401, 'UNAUTHENTICATED'));

    await expect(loading).resolves.toBeNull();
    expect(store.status()).toBe('signed-out');
    expect(store.user()).toBeNull();
  });

  it('is signed out at once, without asking GET /api/me, when the signed-in hint cookie is absent', async () => {
    document.cookie = 'bt_signed_in=; Max-Age=0; Path=/';

    await expect(store.load()).resolves.toBeNull();
    http.expectNone('/api/me');
    expect(store.status()).toBe('signed-out');
  });

  it('is a guest while prerendering (ADR 0026): no cookie read, no GET /api/me', async () => {
    document.cookie = 'bt_signed_in=1; Path=/';
    configure([{ provide: PLATFORM_ID, useValue: 'server' }]);
    http = TestBed.inject(HttpTestingController);

    await expect(TestBed.inject(SessionStore).load()).resolves.toBeNull();
    expect(TestBed.inject(SessionStore).status()).toBe('signed-out');
    http.expectNone('/api/me');
    document.cookie = 'bt_signed_in=; Max-Age=0; Path=/';
  });

  it('deletes a hint cookie that outlived its session when GET /api/me answers 401', async () => {
    const loading = store.load();
    failWith(http.expectOne('/api/me'), aProblem(401, 'UNAUTHENTICATED'));
    await loading;
    expect(document.cookie).not.toContain('bt_signed_in=1');
  });

  it('reads a network failure as unreachable, and tries again when asked', async () => {
    const first = store.load();
    http.expectOne('/api/me').error(new ProgressEvent('error'));
    await first;
    expect(store.status()).toBe('unreachable');

    const again = store.ensureLoaded();
    http.expectOne('/api/me').flush(aMe());
    await expect(again).resolves.toBe('signed-in');
  });

  it('shares one request between concurrent callers', async () => {
    const a = store.load();
    const b = store.ensureLoaded();
    http.expectOne('/api/me').flush(aMe());
    await Promise.all([a, b]);
    expect(store.status()).toBe('signed-in');
  });

  describe('the GET /api/me boot.js started (core/api/early-responses.ts)', () => {
    const early = window as { btEarly?: Record<string, Promise<Response>> };

    beforeEach(() => {
      configure([], provideHttpClient(withInterceptors([earlyResponseInterceptor])));
      store = TestBed.inject(SessionStore);
      http = TestBed.inject(HttpTestingController);
    });
    afterEach(() => delete early.btEarly);

    it('takes its answer instead of asking again: one request, and the next load asks itself', async () => {
      early.btEarly = { '/api/me': Promise.resolve(answer(200, aMe({ displayName: 'Alice Martin' }))) };

      await expect(store.load()).resolves.toMatchObject({ username: 'alice' });
      http.expectNone('/api/me');
      expect(store.displayName()).toBe('Alice Martin');

      const again = store.load();
      http.expectOne('/api/me').flush(aMe({ displayName: 'Alice M.' }));
      await again;
      expect(store.displayName()).toBe('Alice M.');
    });

    it('reads its 401 as signed out and deletes the hint cookie', async () => {
      early.btEarly = { '/api/me': Promise.resolve(answer(401, aProblem(401, 'UNAUTHENTICATED'))) };

      await expect(store.load()).resolves.toBeNull();
      http.expectNone('/api/me');
      expect(store.status()).toBe('signed-out');
      expect(document.cookie).not.toContain('bt_signed_in=1');
    });

    it('reads its network failure as unreachable', async () => {
      early.btEarly = { '/api/me': Promise.reject(new TypeError('Failed to fetch')) };

      await expect(store.load()).resolves.toBeNull();
      expect(store.status()).toBe('unreachable');
    });
  });

  it("adopts the account's theme and, when it differs, its language (then reloads)", async () => {
    const loading = store.load();
    http.expectOne('/api/me').flush(aMe({ preferences: { theme: 'dark', locale: 'en' } }));
    await loading;

    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does not reload when the account language is the running one', async () => {
    const loading = store.load();
    http.expectOne('/api/me').flush(aMe({ preferences: { theme: 'light', locale: 'fr' } }));
    await loading;
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('fr');
    expect(reload).not.toHaveBeenCalled();
  });

  it('updates the profile with PATCH /api/me and keeps the local copy in step', async () => {
    const loading = store.load();
    http.expectOne('/api/me').flush(aMe());
    await loading;

    const saving = store.update({ displayName: 'Ali', preferences: { theme: 'dark' } });
    const request = http.expectOne({ method: 'PATCH', url: '/api/me' });
    expect(request.request.body).toEqual({ displayName: 'Ali', preferences: { theme: 'dark' } });
    request.flush(null);
    await saving;

    expect(store.displayName()).toBe('Ali');
    expect(store.user()?.preferences).toEqual({ theme: 'dark', locale: 'fr' });
  });

  it('keeps preferences chosen offline (504 from the service worker) and sends them at the next load', async () => {
    const loading = store.load();
    http.expectOne('/api/me').flush(aMe({ preferences: { theme: 'light', locale: 'fr' } }));
    await loading;

    const saving = store.savePreferences({ theme: 'dark' });
    http.expectOne({ method: 'PATCH', url: '/api/me' }).flush(null, { status: 504, statusText: 'Gateway Timeout' });
    await expect(saving).resolves.toBe('offline');
    expect(store.user()?.preferences.theme).toBe('dark');

    // Still offline: the cached GET answers, the PATCH fails again, the local choice holds.
    const offlineLoad = store.load();
    http.expectOne('/api/me').flush(aMe({ preferences: { theme: 'light', locale: 'fr' } }));
    await settle();
    http.expectOne({ method: 'PATCH', url: '/api/me' }).error(new ProgressEvent('error'));
    await offlineLoad;
    expect(store.user()?.preferences.theme).toBe('dark');
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');

    // Online again: sent once, then forgotten.
    const onlineLoad = store.load();
    http.expectOne('/api/me').flush(aMe({ preferences: { theme: 'light', locale: 'fr' } }));
    await settle();
    const push = http.expectOne({ method: 'PATCH', url: '/api/me' });
    expect(push.request.body).toEqual({ preferences: { theme: 'dark' } });
    push.flush(null);
    await onlineLoad;
    expect(store.user()?.preferences.theme).toBe('dark');

    const later = store.load();
    http.expectOne('/api/me').flush(aMe({ preferences: { theme: 'dark', locale: 'fr' } }));
    await later;
    http.expectNone({ method: 'PATCH', url: '/api/me' });
  });

  it('does not even try to save preferences while known to be offline', async () => {
    configure([{ provide: CONNECTIVITY_PROBE, useValue: () => Promise.resolve(false) }]);
    const offlineStore = TestBed.inject(SessionStore);
    const backend = TestBed.inject(HttpTestingController);
    await settle();

    await expect(offlineStore.savePreferences({ locale: 'en' })).resolves.toBe('offline');
    backend.expectNone({ method: 'PATCH', url: '/api/me' });
    http = backend;
  });

  it('rejects preferences the server refuses', async () => {
    const saving = store.savePreferences({ theme: 'dark' });
    failWith(http.expectOne('/api/me'), aProblem(400, 'VALIDATION_FAILED'));
    await expect(saving).rejects.toMatchObject({ status: 400 });
  });

  describe('bands', () => {
    const signIn = async () => {
      const loading = store.load();
      http.expectOne('/api/me').flush(aMeInABand('member'));
      await loading;
    };

    it('holds the bands and the active one from GET /api/me', async () => {
      await signIn();
      expect(store.activeBandId()).toBe(BAND_ID);
      expect(store.activeBand()).toEqual({ id: BAND_ID, name: 'Les Rythmes', role: 'member' });
      expect(store.bands()).toHaveLength(1);
    });

    it('has none when signed out or without a band', async () => {
      expect(store.activeBandId()).toBeNull();
      expect(store.bands()).toEqual([]);
      const loading = store.load();
      http.expectOne('/api/me').flush(aMe());
      await loading;
      expect(store.activeBand()).toBeNull();
    });

    it('adopts a band just created or joined as the active one', async () => {
      await signIn();
      store.adoptBand({ id: OTHER_BAND_ID, name: 'Duo', role: 'admin' });
      expect(store.activeBandId()).toBe(OTHER_BAND_ID);
      expect(store.bands().map((band) => band.name)).toEqual(['Les Rythmes', 'Duo']);

      // Joining a band one is already in (idempotent) updates it rather than listing it twice.
      store.adoptBand({ id: BAND_ID, name: 'Les Rythmes', role: 'member' });
      expect(store.activeBandId()).toBe(BAND_ID);
      expect(store.bands()).toHaveLength(2);
    });

    it('switches with PUT /api/me/active-band, and stays put when it fails', async () => {
      await signIn();
      store.adoptBand({ id: OTHER_BAND_ID, name: 'Duo', role: 'admin' });

      const failing = store.switchBand(BAND_ID);
      failWith(http.expectOne({ method: 'PUT', url: '/api/me/active-band' }), aProblem(404, 'BANDS.BAND_NOT_FOUND'));
      await expect(failing).rejects.toMatchObject({ status: 404 });
      expect(store.activeBandId()).toBe(OTHER_BAND_ID);

      const switching = store.switchBand(BAND_ID);
      http.expectOne({ method: 'PUT', url: '/api/me/active-band' }).flush({ activeBandId: BAND_ID });
      await switching;
      expect(store.activeBandId()).toBe(BAND_ID);
    });

    it('keeps a renamed band and a changed role in step', async () => {
      await signIn();
      store.updateBand(BAND_ID, { name: 'Les Rythmes du Jeudi', role: 'admin' });
      expect(store.activeBand()).toEqual({ id: BAND_ID, name: 'Les Rythmes du Jeudi', role: 'admin' });
    });
  });

  it('signs out with POST /api/auth/logout, and forgets the user even if that fails', async () => {
    const loading = store.load();
    http.expectOne('/api/me').flush(aMe());
    await loading;

    const leaving = store.signOut();
    http.expectOne({ method: 'POST', url: '/api/auth/logout' }).error(new ProgressEvent('error'));
    await leaving;
    expect(store.status()).toBe('signed-out');
    expect(store.user()).toBeNull();
  });
});
