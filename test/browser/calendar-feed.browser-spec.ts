import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/accessibility.js';
import { BandFixture, type Person } from '../support/band-fixture.js';
import { MIDSUMMER_GIG } from '../support/schedule-seeds.js';
import { type BrowserSession, signIn, SMALL_PHONE, startBrowserSession } from '../support/browser.js';

// A member subscribes their calendar app to the band's dates from a 360 px phone (the agenda leads to
// the settings screen's calendar section): the address shown is fetched as a calendar app would (no cookie) and read by ical.js; a new
// address, then stopping the sharing, make the old ones fail.
let session: BrowserSession;
let page: Page;
let member: Person;
let gigId = '';

beforeAll(async () => {
  session = await startBrowserSession({ locale: 'fr-FR' });
  const people = new BandFixture(session.app.baseUrl);
  const manager = await people.person('Léa');
  member = await people.person('Sam');
  const bandId = await people.band(manager, [[member, 'member']], 'Les Baguettes Folles');
  gigId = (await manager.post(`/api/bands/${bandId}/gigs`, MIDSUMMER_GIG)).body.id;
  await member.put(`/api/gigs/${gigId}/attendance`, { status: 'maybe' });
  page = await session.context.newPage();
  await page.setViewportSize(SMALL_PHONE);
  await signIn(page, member.username, 'correct horse');
  await page.goto('/agenda');
  await page.click('[data-testid=agenda-subscribe]');
  await page.waitForURL((url) => url.pathname === '/settings' && url.hash === '#calendar');
  await page.locator('[data-testid=calendar-issue]').waitFor();
});
afterAll(() => session?.close());

/** The feed as a calendar app fetches it: only the secret address, no cookie. */
async function fetchFeed(url: string) {
  const response = await fetch(session.app.baseUrl + new URL(url).pathname);
  return { status: response.status, text: await response.text() };
}

const shownUrl = () => page.inputValue('[data-testid=calendar-url]');

describe('the calendar feed, in Chromium', () => {
  let firstUrl = '';

  it('gives an address a calendar app reads the band’s dates from, with my answer', async () => {
    await page.click('[data-testid=calendar-issue]');
    await page.locator('[data-testid=calendar-url]').waitFor();
    firstUrl = await shownUrl();
    expect(await page.getAttribute('[data-testid=calendar-subscribe]', 'href')).toBe(
      firstUrl.replace(/^https?:/, 'webcal:'),
    );

    const feed = await fetchFeed(firstUrl);
    expect(feed.status).toBe(200);
    const [event, ...others] = new ICAL.Component(ICAL.parse(feed.text))
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component));
    expect(others).toEqual([]);
    expect(event?.summary).toBe('Fête de la musique — Les Baguettes Folles');
    expect(event?.startDate.toJSDate().toISOString()).toBe('2027-06-21T18:00:00.000Z');
    expect(event?.endDate.toJSDate().toISOString()).toBe('2027-06-21T23:30:00.000Z');
    expect(event?.description).toContain('Ma réponse\u202f: peut-être');
    expect(event?.description).toContain(`/gigs/${gigId}`);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('replaces the address once confirmed: the old one stops working', async () => {
    await page.click('[data-testid=calendar-issue]');
    await page.click('[data-testid=confirm-ok]');
    await page.waitForFunction(
      (old) => (document.querySelector('[data-testid=calendar-url]') as HTMLInputElement | null)?.value !== old,
      firstUrl,
    );
    const secondUrl = await shownUrl();
    expect((await fetchFeed(firstUrl)).status).toBe(404);
    expect((await fetchFeed(secondUrl)).status).toBe(200);

    await page.click('[data-testid=calendar-revoke]');
    await page.click('[data-testid=confirm-ok]');
    await page.locator('[data-testid=calendar-revoked]').waitFor();
    expect(await page.locator('[data-testid=calendar-url]').count()).toBe(0);
    expect((await fetchFeed(secondUrl)).status).toBe(404);
  });
});
