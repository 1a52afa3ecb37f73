import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { aMeInABand, BAND_ID, bandTestProviders, settle, startSession, textOf } from '../../../testing/fixtures';
import { Dashboard } from '../../core/api/api-types';
import { welcomeState } from '../../core/band/band-welcome';
import { provideOutboxKinds } from '../../core/offline/outbox';
import { ATTENDANCE_ANSWER } from '../../schedule/attendance-answer';
import { HomePage } from './home-page';

const GIG_ID = '0190c0de-0000-7000-8000-00000000a001';

function aDashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    timeZone: 'Europe/Paris',
    nextGig: {
      id: GIG_ID,
      type: 'gig',
      title: 'Fête de la musique',
      startsAt: '2027-06-21T18:00:00.000Z',
      endsAt: '2027-06-21T23:30:00.000Z',
      location: 'Le Petit Bain',
      status: 'confirmed',
      myAttendance: null,
    },
    nextRehearsal: null,
    topSuggestions: [{ id: 's1', title: 'Zombie', artist: null, votes: 3, votedByMe: true }],
    songsToWork: [{ id: 'song-1', title: 'Creep', artist: null, myLevel: null, bandAverageLevel: 4 }],
    pendingAnswers: [],
    ...overrides,
  };
}

describe('HomePage', () => {
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        ...bandTestProviders(),
        provideOutboxKinds(ATTENDANCE_ANSWER),
        provideRouter([{ path: '', component: HomePage }]),
      ],
    });
    await startSession(aMeInABand());
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  /** Answers the home screen's one read. */
  async function dashboardIs(dashboard: Dashboard): Promise<HTMLElement> {
    await settle();
    TestBed.inject(HttpTestingController).expectOne(`/api/bands/${BAND_ID}/dashboard`).flush(dashboard);
    await settle();
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  it('greets the member and names the active band', async () => {
    await harness.navigateByUrl('/');
    const root = await dashboardIs(aDashboard());
    expect(textOf(root, '[data-testid="greeting"]')).toBe('Bonjour, Alice !');
    expect(textOf(root, '[data-testid="home-band"]')).toBe('Groupe : Les Rythmes');
    expect(root.querySelector('[data-testid="band-welcome"]')).toBeNull();
  });

  it('says once which band was just created, with a way to invite the others', async () => {
    await TestBed.inject(Router).navigateByUrl('/', { state: welcomeState('Les Rythmes', 'created') });
    const root = await dashboardIs(aDashboard());
    expect(textOf(root, '[data-testid="band-welcome"]')).toBe(
      'Le groupe « Les Rythmes » est créé. Inviter les autres membres',
    );
    expect(root.querySelector('[data-testid="band-welcome"] a')?.getAttribute('href')).toBe('/settings/members');
  });

  it('shows the next gig on the band’s clock, the top suggestions and the songs to work', async () => {
    await harness.navigateByUrl('/');
    const root = await dashboardIs(aDashboard());
    expect(textOf(root, `[data-testid="gig-${GIG_ID}"]`)).toContain('lundi 21 juin, 20:00–01:30');
    expect(textOf(root, '[data-testid="no-rehearsal"]')).toBe('Aucune répétition prévue.');
    expect(textOf(root, '[data-testid="top-suggestions"] .muted')).toBe('3 votes');
    expect(textOf(root, '[data-testid="songs-to-work"] .muted')).toBe('pas encore noté');
  });

  it('answers a gig in one tap, shown at once, and reads the screen again once the server has it', async () => {
    await harness.navigateByUrl('/');
    const root = await dashboardIs(aDashboard());
    const yes = root.querySelector<HTMLButtonElement>(`[data-testid="answer-${GIG_ID}-yes"]`)!;
    expect(yes.getAttribute('aria-pressed')).toBe('false');
    yes.click();
    await settle();
    harness.fixture.detectChanges();
    expect(yes.getAttribute('aria-pressed')).toBe('true');
    const http = TestBed.inject(HttpTestingController);
    const put = http.expectOne({ method: 'PUT', url: `/api/gigs/${GIG_ID}/attendance` });
    expect(put.request.body).toEqual({ status: 'yes' });
    put.flush({ eventIds: [GIG_ID], status: 'yes', comment: null, answeredAt: '2026-12-02T10:00:00.000Z' });
    await settle();
    await dashboardIs(aDashboard({ nextGig: { ...aDashboard().nextGig!, myAttendance: 'yes' } }));
    expect(yes.getAttribute('aria-pressed')).toBe('true');
  });
});
