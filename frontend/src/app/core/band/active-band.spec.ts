import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import {
  aBand,
  aMe,
  aMeInABand,
  aProblem,
  BAND_ID,
  bandTestProviders,
  ME_ID,
  failWith,
  OTHER_BAND_ID,
  settle,
  startSession,
} from '../../../testing/fixtures';
import { aLiveMessage, afterCoalescing, connectLive, FakeSockets } from '../../../testing/live';
import { SessionStore } from '../session/session-store';
import { BAND_TEMPLATE_STORAGE_KEY } from '../theme/band-template-storage';
import { ActiveBand } from './active-band';
import { LAST_ACTIVE_BAND_STORAGE_KEY } from './last-active-band';

@Component({ template: '' })
class OnboardingStandIn {}

describe('ActiveBand', () => {
  let http: HttpTestingController;
  let session: SessionStore;
  let active: ActiveBand;
  let sockets: FakeSockets;
  const template = () => document.documentElement.getAttribute('data-band-template');

  beforeEach(() => {
    localStorage.clear();
    document.documentElement.removeAttribute('data-band-template');
    startApp();
  });

  function startApp(): void {
    sockets = new FakeSockets();
    TestBed.configureTestingModule({
      providers: [
        ...bandTestProviders(),
        sockets.provider,
        provideRouter([{ path: 'onboarding', component: OnboardingStandIn }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    session = TestBed.inject(SessionStore);
    active = TestBed.inject(ActiveBand);
  }

  /** The app started again on this device (localStorage kept). */
  function restartApp(): void {
    TestBed.resetTestingModule();
    startApp();
  }

  afterEach(() => http.verify());

  it("reads the session's active band (GET /api/bands/{id}) and applies its template to <html>", async () => {
    await startSession(aMeInABand('member'), aBand({ template: 'groove', inviteCode: undefined }));

    expect(active.band()).toMatchObject({ id: BAND_ID, template: 'groove' });
    expect(active.name()).toBe('Les Rythmes');
    expect(active.role()).toBe('member');
    expect(active.isAdmin()).toBe(false);
    expect(active.status()).toBe('loaded');
    expect(template()).toBe('groove');
    expect(localStorage.getItem(BAND_TEMPLATE_STORAGE_KEY)).toBe('groove');
  });

  it('knows the name from GET /api/me before the details arrive', async () => {
    const loading = session.load();
    http.expectOne('/api/me').flush(aMeInABand());
    await loading;
    TestBed.tick();

    expect(active.status()).toBe('loading');
    expect(active.band()).toBeNull();
    expect(active.name()).toBe('Les Rythmes');
    http.expectOne(`/api/bands/${BAND_ID}`).flush(aBand());
    await settle();
    expect(active.status()).toBe('loaded');
  });

  it('follows a switch to another band, and keeps the previous template until the new one is read', async () => {
    await startSession(
      aMeInABand('admin', {
        bands: [
          { id: BAND_ID, name: 'Les Rythmes', role: 'admin' },
          { id: OTHER_BAND_ID, name: 'Duo', role: 'member' },
        ],
      }),
      aBand({ template: 'violet' }),
    );

    const switching = session.switchBand(OTHER_BAND_ID);
    const put = http.expectOne({ method: 'PUT', url: '/api/me/active-band' });
    expect(put.request.body).toEqual({ bandId: OTHER_BAND_ID });
    put.flush({ activeBandId: OTHER_BAND_ID });
    await switching;
    TestBed.tick();

    expect(active.name()).toBe('Duo');
    expect(active.role()).toBe('member');
    expect(template()).toBe('violet');
    http
      .expectOne(`/api/bands/${OTHER_BAND_ID}`)
      .flush(aBand({ id: OTHER_BAND_ID, name: 'Duo', template: 'image', inviteCode: undefined }));
    await settle();
    TestBed.tick();
    expect(template()).toBe('image');
  });

  it('drops the read of a band that stopped being active before it answered', async () => {
    const loading = session.load();
    http.expectOne('/api/me').flush(aMeInABand());
    await loading;
    TestBed.tick();
    const first = http.expectOne(`/api/bands/${BAND_ID}`);

    session.adoptBand({ id: OTHER_BAND_ID, name: 'Duo', role: 'member' });
    TestBed.tick();
    expect(first.cancelled).toBe(true);
    http.expectOne(`/api/bands/${OTHER_BAND_ID}`).flush(aBand({ id: OTHER_BAND_ID, name: 'Duo' }));
    await settle();
    expect(active.band()?.name).toBe('Duo');
  });

  it('adopts the band a write answered, without asking again, and keeps the session name in step', async () => {
    await startSession(aMeInABand());
    active.adopt(aBand({ name: 'Les Rythmes du Jeudi', template: 'groove' }));
    TestBed.tick();

    expect(session.activeBand()?.name).toBe('Les Rythmes du Jeudi');
    expect(template()).toBe('groove');
    http.expectNone(`/api/bands/${BAND_ID}`);
  });

  it('removes the template when the user has no band, and when signed out', async () => {
    await startSession(aMeInABand(), aBand({ template: 'violet' }));
    expect(template()).toBe('violet');

    const leaving = session.signOut();
    http.expectOne('/api/auth/logout').flush(null);
    await leaving;
    TestBed.tick();
    expect(template()).toBeNull();
    expect(localStorage.getItem(BAND_TEMPLATE_STORAGE_KEY)).toBeNull();
  });

  it('has nothing to read without a band', async () => {
    await startSession(aMe());
    expect(active.status()).toBe('none');
    expect(template()).toBeNull();
  });

  it('reports a failed read, asks the session again after a 404 (removed meanwhile), says so and goes to onboarding', async () => {
    const loading = session.load();
    http.expectOne('/api/me').flush(aMeInABand());
    await loading;
    TestBed.tick();
    failWith(http.expectOne(`/api/bands/${BAND_ID}`), aProblem(404, 'BANDS.BAND_NOT_FOUND'));
    await settle();

    expect(active.status()).toBe('failed');
    expect(active.failure()?.status).toBe(404);
    http.expectOne('/api/me').flush(aMe());
    await settle();
    TestBed.tick();
    expect(active.status()).toBe('none');
    expect(active.lostBandName()).toBe('Les Rythmes');
    expect(TestBed.inject(Router).url).toBe('/onboarding');
  });

  it('says so and goes to onboarding when the live connection says I was removed from the active band', async () => {
    await startSession(aMeInABand());
    const socket = connectLive(sockets);
    socket.deliver(aLiveMessage({ type: 'band.removed' }));
    http.expectOne('/api/me').flush(aMe());
    await settle();
    TestBed.tick();
    expect(active.lostBandName()).toBe('Les Rythmes');
    expect(TestBed.inject(Router).url).toBe('/onboarding');
  });

  it('reads the band again when it changed, and the session when my role changed', async () => {
    await startSession(aMeInABand('member'));
    const socket = connectLive(sockets);
    socket.deliver(aLiveMessage({ type: 'band.updated' }));
    await afterCoalescing();
    http.expectOne(`/api/bands/${BAND_ID}`).flush(aBand({ template: 'groove' }));
    await settle();
    expect(active.band()?.template).toBe('groove');

    socket.deliver(aLiveMessage({ type: 'member.role-changed', userId: 'someone-else' }));
    socket.deliver(aLiveMessage({ type: 'member.role-changed', userId: ME_ID }));
    http.expectOne('/api/me').flush(aMeInABand('manager'));
    await settle();
    expect(active.canManage()).toBe(true);
  });

  it('remembers the band shown, and says on the next start that it was lost meanwhile', async () => {
    await startSession(aMeInABand());
    expect(JSON.parse(localStorage.getItem(LAST_ACTIVE_BAND_STORAGE_KEY)!)).toEqual({
      userId: ME_ID,
      id: BAND_ID,
      name: 'Les Rythmes',
    });
    restartApp();

    await startSession(aMe());
    expect(active.lostBandName()).toBe('Les Rythmes');
    expect(localStorage.getItem(LAST_ACTIVE_BAND_STORAGE_KEY)).toBeNull();
  });

  it("says nothing of a band still listed, or of another user's band", async () => {
    const remember = (userId: string) =>
      localStorage.setItem(LAST_ACTIVE_BAND_STORAGE_KEY, JSON.stringify({ userId, id: BAND_ID, name: 'Les Rythmes' }));
    remember(ME_ID);
    await startSession(aMeInABand());
    expect(active.lostBandName()).toBeNull();

    restartApp();
    remember('0190c0de-0000-7000-8000-000000000002');
    await startSession(aMe());
    expect(active.lostBandName()).toBeNull();
  });

  it('reloads on demand', async () => {
    await startSession(aMeInABand());
    active.reload();
    TestBed.tick();
    expect(active.band()?.description).toBe('Du funk le jeudi soir.');
    http.expectOne(`/api/bands/${BAND_ID}`).flush(aBand({ description: 'Nouveau' }));
    await settle();
    expect(active.band()?.description).toBe('Nouveau');
  });
});
