import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/accessibility.js';
import { BandFixture, PERSON_PASSWORD, type Person } from '../support/band-fixture.js';
import {
  type BrowserSession,
  type ExtraBrowser,
  openExtraBrowser,
  signIn,
  SMALL_PHONE,
  startBrowserSession,
} from '../support/browser.js';
import { eventually } from '../support/eventually.js';
import { MIDSUMMER_GIG } from '../support/schedule-seeds.js';

// The gig and rehearsal pages on a 360 px phone: a manager plans a gig with a two-set setlist and a
// weekly rehearsal series through the API; one member answers the gig from its agenda card, then
// again offline, the other answers the whole series from a rehearsal page; the manager sees who
// comes and who has not answered, and prints the setlist. What reached the server is read over the API.
let session: BrowserSession;
let other: ExtraBrowser;
let page: Page;
let managerPage: Page;
let manager: Person;
let sam: Person;
let zoe: Person;
let bandId = '';
let gigId = '';
let rehearsalIds: string[] = [];

/** A member's answer (and comment) to an event, as the API gives it. */
async function answerOf(path: string, person: Person): Promise<{ status: string | null; comment: string | null }> {
  const { body } = await manager.get(path);
  const { status, comment } = body.attendance.find((attendee: { userId: string }) => attendee.userId === person.id);
  return { status, comment };
}

/** Axe finds nothing, and nothing is wider than the 360 px screen. */
async function expectNoAxeViolations(on: Page): Promise<void> {
  expect(await axeViolations(on)).toEqual([]);
  expect(await on.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
}

beforeAll(async () => {
  session = await startBrowserSession({ locale: 'fr-FR' });
  const people = new BandFixture(session.app.baseUrl);
  manager = await people.person('Léa');
  sam = await people.person('Sam');
  zoe = await people.person('Zoé');
  bandId = await people.band(
    manager,
    [
      [sam, 'member'],
      [zoe, 'member'],
    ],
    'Les Baguettes Folles',
  );
  const song = async (title: string, key: string, bpm: number, durationSec?: number) =>
    (await manager.post(`/api/bands/${bandId}/songs`, { title, key, bpm, durationSec })).body.id as string;
  const creep = await song('Creep', 'G', 92, 240);
  const zombie = await song('Zombie', 'Em', 84, 300);
  const encore = await song('Seven Nation Army', 'Em', 124);
  gigId = (
    await manager.post(`/api/bands/${bandId}/gigs`, {
      ...MIDSUMMER_GIG,
      address: '7 port de la Gare, Paris',
      feeCents: 45050,
      notes: 'Balance à 18 h',
    })
  ).body.id;
  const setlist = await manager.put(`/api/gigs/${gigId}/setlist`, {
    items: [{ songId: creep }, { songId: zombie }, { break: true, label: 'Rappel' }, { songId: encore }],
  });
  expect(setlist.status).toBe(200);
  const series = await manager.post(`/api/bands/${bandId}/rehearsals`, {
    startsAt: '2027-01-06T20:00:00+01:00',
    endsAt: '2027-01-06T23:00:00+01:00',
    location: 'Studio Bleu',
    songIds: [zombie],
    repeat: { every: 'week', until: '2027-01-27' },
  });
  rehearsalIds = series.body.items.map((rehearsal: { id: string }) => rehearsal.id);
  page = await session.context.newPage();
  await page.setViewportSize(SMALL_PHONE);
  await signIn(page, sam.username, PERSON_PASSWORD);
  other = await openExtraBrowser(session, { viewport: SMALL_PHONE });
  managerPage = await other.context.newPage();
});
afterAll(async () => {
  await other?.close();
  await session?.close();
});

describe('the gig page, in Chromium', () => {
  it('opens from the agenda card and shows the gig on the band’s clock, its place, fee and setlist', async () => {
    await page.click('[data-testid=nav-agenda]');
    await page.waitForURL((url) => url.pathname === '/agenda');
    await page.locator(`[data-testid=month-2027-06] [data-testid=gig-${gigId}] [data-testid=event-link]`).click();
    await page.waitForURL((url) => url.pathname === `/gigs/${gigId}`);
    await page.locator('[data-testid=event-title]').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Fête de la musique');
    expect(await page.locator('[data-testid=event-when]').textContent()).toBe(
      'lundi 21 juin 2027, 20:00 – mardi 22 juin, 01:30',
    );
    expect(await page.locator('[data-testid=gig-fee]').textContent()).toBe('450,50\u00a0€');
    expect(await page.locator('[data-testid=gig-address]').getAttribute('href')).toBe(
      'https://www.openstreetmap.org/search?query=7%20port%20de%20la%20Gare%2C%20Paris',
    );
    const sets = page.locator('[data-testid=setlist-set]');
    expect(await sets.count()).toBe(2);
    expect(await sets.nth(0).innerText()).toMatch(/Set 1\s+9 min/);
    expect(await sets.nth(0).innerText()).toContain('2.\nZombie');
    expect(await sets.nth(1).innerText()).toContain('Rappel');
    expect(await sets.nth(1).innerText()).toContain('1 morceau sans durée');
    expect(await page.locator('[data-testid=setlist-total]').innerText()).toContain('Durée totale\u00a0: 9 min');
    // A member sees the answers, not the managers' actions.
    await page.locator('[data-testid=attendance-overview]').waitFor();
    expect(await page.locator('[data-testid=delete-gig]').count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  it('sends my answer with its comment', async () => {
    await page.fill('[data-testid=answer-comment]', 'J’arrive pour la balance');
    await Promise.all([
      page.waitForResponse((response) => response.url().endsWith(`/gigs/${gigId}/attendance`)),
      page.click('[data-testid=my-answer-maybe]'),
    ]);
    await page.locator('[data-testid=my-answer-maybe][aria-pressed=true]').waitFor();
    expect(await answerOf(`/api/gigs/${gigId}`, sam)).toEqual({ status: 'maybe', comment: 'J’arrive pour la balance' });
  });

  it('keeps an answer changed offline, and sends it once back online', async () => {
    await session.context.setOffline(true);
    try {
      await page.click('[data-testid=my-answer-yes]');
      await page.locator('[data-testid=my-answer-yes][aria-pressed=true]').waitFor();
      await page.locator('[data-testid=answer-pending]').waitFor();
      expect((await answerOf(`/api/gigs/${gigId}`, sam)).status).toBe('maybe');
    } finally {
      await session.context.setOffline(false);
    }
    await page.locator('[data-testid=answer-pending]').waitFor({ state: 'detached', timeout: 15_000 });
    await eventually(() => answerOf(`/api/gigs/${gigId}`, sam), { status: 'yes', comment: 'J’arrive pour la balance' });
  });

  it('shows the gig read last while offline, setlist included', async () => {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 45_000 });
    // Once the worker controls the page, its reads go through the api-reads data group.
    await page.reload();
    await page.locator('[data-testid=setlist-set]').first().waitFor();
    await session.context.setOffline(true);
    try {
      await page.reload();
      await page.locator('[data-testid=offline-banner]').waitFor();
      expect(await page.locator('h1').textContent()).toBe('Fête de la musique');
      expect(await page.locator('[data-testid=setlist-set]').count()).toBe(2);
      await page.locator('[data-testid=my-answer-yes][aria-pressed=true]').waitFor();
    } finally {
      await session.context.setOffline(false);
    }
  });

  it('says so when a date no longer exists, with the way to the agenda', async () => {
    await page.goto('/gigs/00000000-0000-4000-8000-000000000000');
    await page.locator('[data-testid=event-gone]').waitFor();
    expect(await page.locator('[data-testid=event-gone] a').getAttribute('href')).toBe('/agenda');
    await expectNoAxeViolations(page);
  });
});

describe('the rehearsal page, in Chromium', () => {
  it('answers the whole series at once', async () => {
    await signIn(managerPage, zoe.username, PERSON_PASSWORD);
    await managerPage.goto(`/rehearsals/${rehearsalIds[1]}`);
    await managerPage.locator('[data-testid=rehearsal-series]').waitFor();
    expect(await managerPage.locator('[data-testid=rehearsal-series]').textContent()).toBe(
      "Encore 2 dates après celle-ci, jusqu'au mercredi 27 janvier 2027",
    );
    expect(await managerPage.locator('[data-testid=event-when]').textContent()).toBe(
      'mercredi 13 janvier 2027, 20:00–23:00',
    );
    await managerPage.locator('[data-testid=rehearsal-songs] a', { hasText: 'Zombie' }).waitFor();
    await expectNoAxeViolations(managerPage);
    await managerPage.check('[data-testid=answer-whole-series]');
    await Promise.all([
      managerPage.waitForResponse((response) => response.url().includes(`/rehearsals/${rehearsalIds[1]}/attendance`)),
      managerPage.click('[data-testid=my-answer-no]'),
    ]);
    for (const id of rehearsalIds.slice(1)) {
      expect((await answerOf(`/api/rehearsals/${id}`, zoe)).status).toBe('no');
    }
    // The date before the one answered is not "following" it.
    expect((await answerOf(`/api/rehearsals/${rehearsalIds[0]}`, zoe)).status).toBeNull();
  });
});

describe('the manager’s view, in Chromium', () => {
  it('shows who answered what on the gig, and who has not answered', async () => {
    await signIn(managerPage, manager.username, PERSON_PASSWORD);
    await managerPage.goto(`/gigs/${gigId}`);
    const overview = managerPage.locator('[data-testid=attendance-overview]');
    await overview.waitFor();
    expect(await managerPage.locator('[data-testid=attendance-count-yes]').innerText()).toMatch(/^1\s+Présent$/);
    expect(await managerPage.locator('[data-testid=attendance-count-none]').innerText()).toMatch(/^2\s+Sans réponse$/);
    expect(await managerPage.locator('[data-testid=attendance-group-yes]').innerText()).toContain(
      'Sam\nJ’arrive pour la balance',
    );
    expect(await managerPage.locator('[data-testid=attendance-group-none]').innerText()).toMatch(/Léa\s+Zoé/);
    expect(await managerPage.locator('[data-testid=edit-setlist]').getAttribute('href')).toBe(`/gigs/${gigId}/setlist`);
    await expectNoAxeViolations(managerPage);
  });

  it('shows the series answer on a rehearsal’s overview', async () => {
    await managerPage.goto(`/rehearsals/${rehearsalIds[2]}`);
    await managerPage.locator('[data-testid=attendance-group-no]').waitFor();
    expect(await managerPage.locator('[data-testid=attendance-group-no]').innerText()).toContain('Zoé');
    expect(await managerPage.locator('[data-testid=attendance-group-none]').innerText()).toMatch(/Léa\s+Sam/);
    await managerPage.locator('[data-testid=scope-following]').waitFor();
    expect(await managerPage.locator('[data-testid=plan-rehearsal]').getAttribute('href')).toBe(
      `/rehearsals/${rehearsalIds[2]}/plan`,
    );
    await expectNoAxeViolations(managerPage);
  });

  it('prints the setlist one set a page, without the app around it', async () => {
    await managerPage.goto(`/gigs/${gigId}`);
    await managerPage.click('[data-testid=print-link]');
    await managerPage.waitForURL((url) => url.pathname === `/gigs/${gigId}/print`);
    const sets = managerPage.locator('[data-testid=print-set]');
    await sets.first().waitFor();
    expect(await sets.count()).toBe(2);
    expect(await managerPage.locator('nav').count()).toBe(0);
    const style = await sets.first().evaluate((set) => {
      const song = getComputedStyle(set.querySelector('.song')!);
      const title = getComputedStyle(set.querySelector('h2')!);
      return {
        breakAfter: getComputedStyle(set).breakAfter,
        song: parseFloat(song.fontSize),
        title: parseFloat(title.fontSize),
        color: song.color,
      };
    });
    expect(style).toMatchObject({ breakAfter: 'page', color: 'rgb(0, 0, 0)' });
    expect(style.song).toBeGreaterThanOrEqual(28);
    expect(style.title).toBeGreaterThanOrEqual(24);
    expect(await sets.nth(0).innerText()).toMatch(/1\s+Creep\s+G\s+92 BPM/);
    await expectNoAxeViolations(managerPage);
  });

  it('deletes the gig after confirming, back to the agenda', async () => {
    await managerPage.goto(`/gigs/${gigId}`);
    await managerPage.click('[data-testid=delete-gig]');
    await managerPage.click('[data-testid=confirm-ok]');
    await managerPage.waitForURL((url) => url.pathname === '/agenda');
    expect((await manager.get(`/api/gigs/${gigId}`)).status).toBe(404);
  });
});
