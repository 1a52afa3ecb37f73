import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import {
  aBand,
  aMe,
  aMeInABand,
  aProblem,
  BAND_ID,
  bandTestProviders,
  failWith,
  OTHER_BAND_ID,
  settle,
  startSession,
  textOf,
} from '../../../testing/fixtures';
import { MeResponse } from '../../core/api/api-types';
import { SessionStore } from '../../core/session/session-store';
import { BandSwitcher } from './band-switcher';

const twoBands = aMeInABand('admin', {
  bands: [
    { id: BAND_ID, name: 'Les Rythmes', role: 'admin' },
    { id: OTHER_BAND_ID, name: 'Duo', role: 'member' },
  ],
});

describe('BandSwitcher', () => {
  let fixture: ComponentFixture<BandSwitcher>;
  let root: HTMLElement;
  let http: HttpTestingController;

  async function open(me: MeResponse): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [BandSwitcher], providers: bandTestProviders() });
    http = TestBed.inject(HttpTestingController);
    await startSession(me, aBand({ template: 'violet' }));
    fixture = TestBed.createComponent(BandSwitcher);
    root = fixture.nativeElement;
    await stable();
  }

  const stable = async () => {
    await settle();
    await fixture.whenStable();
  };
  const select = () => root.querySelector<HTMLSelectElement>('[data-testid="band-switcher"]')!;
  const choose = async (bandId: string) => {
    select().value = bandId;
    select().dispatchEvent(new Event('change'));
    await stable();
  };

  afterEach(() => http.verify());

  it("shows the one band's name, with nothing to choose", async () => {
    await open(aMeInABand());
    expect(textOf(root, '[data-testid="active-band-name"]')).toBe('Les Rythmes');
    expect(root.querySelector('select')).toBeNull();
  });

  it('shows nothing without a band', async () => {
    await open(aMe());
    expect(root.textContent?.trim()).toBe('');
  });

  it('offers every band in a labelled select, the active one chosen', async () => {
    await open(twoBands);
    expect([...select().options].map((option) => [option.value, option.text])).toEqual([
      [BAND_ID, 'Les Rythmes'],
      [OTHER_BAND_ID, 'Duo'],
    ]);
    expect(select().value).toBe(BAND_ID);
    expect(root.querySelector('label[for="band-switcher"]')?.textContent).toBe('Groupe actif');
  });

  it('switches with PUT /api/me/active-band; the session, the band and its template follow', async () => {
    await open(twoBands);
    await choose(OTHER_BAND_ID);
    const put = http.expectOne({ method: 'PUT', url: '/api/me/active-band' });
    expect(put.request.body).toEqual({ bandId: OTHER_BAND_ID });
    put.flush({ activeBandId: OTHER_BAND_ID });
    // The band's details are still on their way (a pending read keeps the fixture from being stable).
    await settle();
    TestBed.tick();

    expect(TestBed.inject(SessionStore).activeBandId()).toBe(OTHER_BAND_ID);
    expect(root.textContent).toContain('Groupe actif : Duo.');
    http.expectOne(`/api/bands/${OTHER_BAND_ID}`).flush(aBand({ id: OTHER_BAND_ID, name: 'Duo', template: 'groove' }));
    await stable();
    expect(document.documentElement.getAttribute('data-band-template')).toBe('groove');
  });

  it('goes back to the active band and says why when the switch fails', async () => {
    await open(twoBands);
    await choose(OTHER_BAND_ID);
    failWith(http.expectOne('/api/me/active-band'), aProblem(500, 'INTERNAL'));
    await stable();
    expect(select().value).toBe(BAND_ID);
    expect(textOf(root, '[data-testid="band-switch-error"]')).toContain('Le serveur a rencontré un problème');
  });
});
