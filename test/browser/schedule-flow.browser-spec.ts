import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { BandFixture, type Person } from '../support/band-fixture.js';
import { type BrowserSession, signIn, SMALL_PHONE, startBrowserSession } from '../support/browser.js';

// The schedule end to end, each step on a 360 px phone through the screens: a manager plans a gig
// and its setlist, two members answer on the gig's page, the manager sees who comes, and a member
// subscribes a calendar app to the feed (fetched as such an app would, read by ical.js).
let session: BrowserSession;
let page: Page;
let manager: Person;
let sam: Person;
let zoe: Person;
let gigId = '';

beforeAll(async () => {
  session = await startBrowserSession({ locale: 'fr-FR' });
  const people = new BandFixture(session.app.baseUrl);
  manager = await people.person('Léa');
  sam = await people.person('Sam');
  zoe = await people.person('Zoé');
  const bandId = await people.band(
    manager,
    [
      [sam, 'member'],
      [zoe, 'member'],
    ],
    'Les Baguettes Folles',
  );
  await manager.patch(`/api/bands/${bandId}`, { timezone: 'Europe/Paris' });
  for (const [title, durationSec] of [
    ['Respect', 147],
    ['Superstition', 245],
  ] as const) {
    expect((await manager.post(`/api/bands/${bandId}/songs`, { title, durationSec })).status).toBe(201);
  }
  page = await session.context.newPage();
  await page.setViewportSize(SMALL_PHONE);
});
afterAll(() => session?.close());

const setOf = (index: number) => page.locator('[data-testid=setlist-set]').nth(index);

describe('a gig planned, answered and subscribed to, in Chromium', () => {
  it('a manager plans a gig from the agenda and builds its setlist', async () => {
    await signIn(page, manager.username, 'correct horse');
    await page.goto('/agenda');
    await page.click('[data-testid=new-gig]');
    await page.waitForURL((url) => url.pathname === '/gigs/new');
    await page.fill('input[name=title]', 'Fête de la musique');
    await page.fill('input[name=date]', '2027-06-21');
    await page.fill('input[name=start]', '21:00');
    await page.fill('input[name=end]', '23:30');
    await page.fill('input[name=location]', 'Le Petit Bain');
    await page.click('[data-testid=save-gig]');
    await page.waitForURL((url) => /^\/gigs\/[0-9a-f-]{36}$/.test(url.pathname));
    gigId = new URL(page.url()).pathname.split('/')[2]!;

    await page.click('[data-testid=edit-setlist]');
    await page.waitForURL((url) => url.pathname === `/gigs/${gigId}/setlist`);
    for (const title of ['Superstition', 'Respect']) {
      await page.getByRole('button', { name: new RegExp(`^Ajouter\\s«\\s${title}\\s»`) }).click();
    }
    await page.click('[data-testid=setlist-save]');
    await page.locator('[data-testid=setlist-save-status]', { hasText: 'Setlist enregistrée.' }).waitFor();

    await page.goto(`/gigs/${gigId}`);
    await setOf(0).waitFor();
    expect(await setOf(0).innerText()).toMatch(/Superstition[\s\S]*Respect/);
    expect(await page.locator('[data-testid=setlist-total]').innerText()).toContain('Durée totale\u00a0: 7 min');
  });

  it('two members answer on the gig’s page, one with a comment', async () => {
    for (const [member, answer, comment] of [
      [sam, 'yes', null],
      [zoe, 'maybe', 'Je finis le travail à 20 h'],
    ] as const) {
      await signIn(page, member.username, 'correct horse');
      await page.goto(`/gigs/${gigId}`);
      await page.locator('[data-testid=event-title]').waitFor();
      if (comment) await page.fill('[data-testid=answer-comment]', comment);
      await Promise.all([
        page.waitForResponse((response) => response.url().endsWith(`/gigs/${gigId}/attendance`) && response.ok()),
        page.click(`[data-testid=my-answer-${answer}]`),
      ]);
    }
  });

  it('the manager sees who comes, who may, and who has not answered', async () => {
    await signIn(page, manager.username, 'correct horse');
    await page.goto(`/gigs/${gigId}`);
    await page.locator('[data-testid=attendance-overview]').waitFor();
    expect(await page.locator('[data-testid=attendance-count-yes]').innerText()).toMatch(/^1\s+Présent$/);
    expect(await page.locator('[data-testid=attendance-count-none]').innerText()).toMatch(/^1\s+Sans réponse$/);
    expect(await page.locator('[data-testid=attendance-group-yes]').innerText()).toContain('Sam');
    const maybe = await page.locator('[data-testid=attendance-group-maybe]').innerText();
    expect(maybe).toContain('Zoé');
    expect(maybe).toContain('Je finis le travail à 20 h');
    expect(await page.locator('[data-testid=attendance-group-none]').innerText()).toContain('Léa');
  });

  it('a member adds the feed to their calendar app, which reads the gig and their answer', async () => {
    await signIn(page, zoe.username, 'correct horse');
    await page.goto('/agenda');
    await page.click('[data-testid=agenda-subscribe]');
    await page.click('[data-testid=calendar-issue]');
    const url = await page.locator('[data-testid=calendar-url]').inputValue();

    const response = await fetch(session.app.baseUrl + new URL(url).pathname);
    expect(response.status).toBe(200);
    const events = new ICAL.Component(ICAL.parse(await response.text()))
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component));
    expect(events.map((event) => event.summary)).toEqual(['Fête de la musique — Les Baguettes Folles']);
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2027-06-21T19:00:00.000Z');
    expect(events[0]!.description).toContain('Ma réponse\u202f: peut-être');
    expect(events[0]!.description).toContain(`/gigs/${gigId}`);
  });
});
