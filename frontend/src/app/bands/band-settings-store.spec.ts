import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import {
  aBand,
  aBandWithCount,
  aMeInABand,
  aProblem,
  BAND_ID,
  bandTestProviders,
  failWith,
  OTHER_BAND_ID,
  settle,
  startSession,
} from '../../testing/fixtures';
import { SessionStore } from '../core/session/session-store';
import { BandSettingsStore } from './band-settings-store';

describe('BandSettingsStore', () => {
  let http: HttpTestingController;
  let store: BandSettingsStore;
  let session: SessionStore;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [...bandTestProviders(), BandSettingsStore] });
    http = TestBed.inject(HttpTestingController);
    session = TestBed.inject(SessionStore);
    await startSession(
      aMeInABand('admin', {
        bands: [
          { id: BAND_ID, name: 'Les Rythmes', role: 'admin' },
          { id: OTHER_BAND_ID, name: 'Duo', role: 'member' },
        ],
      }),
    );
    store = TestBed.inject(BandSettingsStore);
    TestBed.tick();
  });

  afterEach(() => http.verify());

  const answerMyBands = async () => {
    http
      .expectOne({ method: 'GET', url: '/api/bands' })
      .flush([aBandWithCount(), aBandWithCount({ id: OTHER_BAND_ID, name: 'Duo', role: 'member', memberCount: 1 })]);
    await settle();
  };

  it('lists my bands with their size (GET /api/bands)', async () => {
    expect(store.myBandsLoading()).toBe(true);
    expect(store.myBands()).toEqual([]);
    await answerMyBands();
    expect(store.myBands().map((band) => [band.name, band.memberCount])).toEqual([
      ['Les Rythmes', 3],
      ['Duo', 1],
    ]);
    expect(store.myBandsLoading()).toBe(false);
  });

  it('says why my bands could not be read, and reads them again on demand', async () => {
    http.expectOne('/api/bands').error(new ProgressEvent('error'));
    await settle();
    expect(store.myBandsError()).toContain('Impossible de joindre le serveur');
    expect(store.myBands()).toEqual([]);

    store.reloadMyBands();
    TestBed.tick();
    await answerMyBands();
    expect(store.myBandsError()).toBeNull();
    expect(store.myBands()).toHaveLength(2);
  });

  it('saves the settings (PATCH), adopts the band the server answers and renames it in my bands', async () => {
    await answerMyBands();
    const saving = store.saveSettings({ name: 'Les Rythmes du Jeudi', template: 'groove' });
    expect(store.saving().pending).toBe(true);
    const patch = http.expectOne({ method: 'PATCH', url: `/api/bands/${BAND_ID}` });
    expect(patch.request.body).toEqual({ name: 'Les Rythmes du Jeudi', template: 'groove' });
    patch.flush(aBand({ name: 'Les Rythmes du Jeudi', template: 'groove' }));
    await expect(saving).resolves.toBe(true);

    expect(store.band()?.template).toBe('groove');
    expect(session.activeBand()?.name).toBe('Les Rythmes du Jeudi');
    expect(store.myBands()[0].name).toBe('Les Rythmes du Jeudi');
    TestBed.tick();
    http.expectNone(`/api/bands/${BAND_ID}`);
  });

  it('returns field errors in French, per field (400 BANDS.INVALID_SETTING)', async () => {
    await answerMyBands();
    const saving = store.saveSettings({ logoUrl: 'ftp://x' });
    failWith(
      http.expectOne(`/api/bands/${BAND_ID}`),
      aProblem(400, 'BANDS.INVALID_SETTING', { errors: [{ field: 'logoUrl', message: 'The logo is https' }] }),
    );
    await expect(saving).resolves.toBe(false);
    expect(store.saving().failure?.fieldErrors).toEqual([
      {
        field: 'logoUrl',
        message: 'Une adresse qui commence par https:// (ou http://), de 2048 caractères au maximum.',
      },
    ]);
    expect(store.saving().failure?.message).toBeNull();
  });

  it('after a 403 (no longer admin), asks the session again', async () => {
    await answerMyBands();
    const saving = store.saveSettings({ name: 'Autre' });
    failWith(http.expectOne(`/api/bands/${BAND_ID}`), aProblem(403, 'BANDS.INSUFFICIENT_ROLE'));
    await saving;
    expect(store.saving().failure?.message).toBe('Seuls les administrateurs du groupe peuvent faire cela.');
    http.expectOne('/api/me').flush(aMeInABand('member'));
    await settle();
    expect(store.isAdmin()).toBe(false);
  });

  it('switches the active band, and every band screen follows', async () => {
    await answerMyBands();
    const switching = store.switchTo(OTHER_BAND_ID);
    http.expectOne({ method: 'PUT', url: '/api/me/active-band' }).flush({ activeBandId: OTHER_BAND_ID });
    await expect(switching).resolves.toBe(true);
    expect(store.activeBandId()).toBe(OTHER_BAND_ID);
    expect(store.band()).toBeNull();
    expect(store.bandName()).toBe('Duo');
    TestBed.tick();
    http.expectOne(`/api/bands/${OTHER_BAND_ID}`).flush(aBand({ id: OTHER_BAND_ID, name: 'Duo' }));
    await settle();
    expect(store.band()?.name).toBe('Duo');
  });
});
