import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/accessibility.js';
import { BandFixture, type Person } from '../support/band-fixture.js';
import { MIDSUMMER_GIG } from '../support/schedule-seeds.js';
import { type BrowserSession, signIn, startBrowserSession } from '../support/browser.js';

// A member's agenda on a 390 px phone: a weekly rehearsal series and two gigs a manager planned
// through the API, by month on the band's clock, filtered, read page by page, answered in one tap;
// on a wide screen as a month calendar; the last one seen readable offline.
let session: BrowserSession;
let page: Page;
let manager: Person;
let member: Person;
let bandId = '';
let gigId = '';
let cancelledGigId = '';
let rehearsalIds: string[] = [];

beforeAll(async () => {
  session = await startBrowserSession({ locale: 'fr-FR' });
  const people = new BandFixture(session.app.baseUrl);
  manager = await people.person('Léa');
  member = await people.person('Sam');
  bandId = await people.band(manager, [[member, 'member']], 'Les Baguettes Folles');
  const series = await manager.post(`/api/bands/${bandId}/rehearsals`, {
    startsAt: '2027-01-06T20:00:00+01:00',
    endsAt: '2027-01-06T23:00:00+01:00',
    location: 'Studio Bleu',
    repeat: { every: 'week', until: '2027-12-29' },
  });
  rehearsalIds = series.body.items.map((rehearsal: { id: string }) => rehearsal.id);
  gigId = (await manager.post(`/api/bands/${bandId}/gigs`, MIDSUMMER_GIG)).body.id;
  cancelledGigId = (
    await manager.post(`/api/bands/${bandId}/gigs`, {
      title: 'Bal du 14 juillet',
      startsAt: '2027-07-14T21:00:00+02:00',
      status: 'cancelled',
    })
  ).body.id;
  page = await session.context.newPage();
  await signIn(page, member.username, 'correct horse');
  await page.click('[data-testid=nav-agenda]');
  await page.waitForURL((url) => url.pathname === '/agenda');
});
afterAll(() => session?.close());

const shownIds = () =>
  page.$$eval('bt-event-card article', (cards) => cards.map((card) => card.getAttribute('data-testid')));

describe('the agenda, in Chromium', () => {
  it('lists the dates to come in time order under their month, on the band’s clock', async () => {
    const first = page.locator(`[data-testid=rehearsal-${rehearsalIds[0]}]`);
    await first.waitFor();
    expect(await first.innerText()).toContain('mercredi 6 janvier, 20:00–23:00');
    expect(await page.locator('[data-testid=month-2027-01] h2').textContent()).toBe('janvier 2027');
    const ids = (await shownIds()).filter((id) => id?.startsWith('rehearsal-'));
    expect(ids).toEqual(rehearsalIds.slice(0, ids.length).map((id) => `rehearsal-${id}`));
    expect(ids.length).toBeLessThan(rehearsalIds.length);
  });

  it('reads the later dates on demand, the gigs among them, a cancelled one said so', async () => {
    await page.getByRole('button', { name: 'Voir les dates suivantes' }).click();
    await page.locator(`[data-testid=rehearsal-${rehearsalIds.at(-1)}]`).waitFor();
    const ids = await shownIds();
    expect(ids).toHaveLength(rehearsalIds.length + 2);
    // June 16 and July 14 are Wednesdays of the series; the gigs come after them.
    expect(ids.indexOf(`gig-${gigId}`)).toBe(ids.indexOf(`rehearsal-${rehearsalIds[23]}`) + 1);
    expect(ids.indexOf(`gig-${cancelledGigId}`)).toBe(ids.indexOf(`rehearsal-${rehearsalIds[27]}`) + 1);
    const cancelled = page.locator(`[data-testid=gig-${cancelledGigId}]`);
    expect(await cancelled.innerText()).toContain('Annulé');
    expect(await cancelled.locator('button').count()).toBe(0);
  });

  it('shows only the gigs, and nothing in the past', async () => {
    await page.click('[data-testid=agenda-type-gig]');
    await page.locator(`[data-testid=rehearsal-${rehearsalIds[0]}]`).waitFor({ state: 'detached' });
    await page.locator(`[data-testid=gig-${gigId}]`).waitFor();
    expect(await shownIds()).toEqual([`gig-${gigId}`, `gig-${cancelledGigId}`]);
    await page.click('[data-testid=agenda-when-past]');
    await page.locator('[data-testid=agenda-empty]').waitFor();
    await page.click('[data-testid=agenda-when-upcoming]');
    await page.click('[data-testid=agenda-type-all]');
    await page.locator(`[data-testid=rehearsal-${rehearsalIds[0]}]`).waitFor();
  });

  it('answers a date in one tap, and the server has it', async () => {
    await Promise.all([
      page.waitForResponse((response) => response.url().endsWith(`/rehearsals/${rehearsalIds[0]}/attendance`)),
      page.click(`[data-testid=answer-${rehearsalIds[0]}-no]`),
    ]);
    const { body } = await manager.get(`/api/rehearsals/${rehearsalIds[0]}`);
    expect(body.attendance.find((attendee: { userId: string }) => attendee.userId === member.id).status).toBe('no');
  });

  it('shows the dates between two days, and says when the last comes before the first', async () => {
    await page.click('[data-testid=agenda-when-range]');
    await page.fill('[data-testid=agenda-first-day]', '2027-06-20');
    await page.fill('[data-testid=agenda-last-day]', '2027-06-23');
    await page.locator(`[data-testid=gig-${gigId}]`).waitFor();
    // June 23 is a Wednesday of the series: the last day counts whole, on the band's clock.
    expect(await shownIds()).toEqual([`gig-${gigId}`, `rehearsal-${rehearsalIds[24]}`]);
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('[data-testid=agenda-last-day]', '2027-06-19');
    await page.locator('[data-testid=agenda-range-error]').waitFor();
    expect(await page.getAttribute('[data-testid=agenda-last-day]', 'aria-invalid')).toBe('true');
    expect(await shownIds()).toEqual([]);
    await page.click('[data-testid=agenda-when-upcoming]');
    await page.locator(`[data-testid=rehearsal-${rehearsalIds[0]}]`).waitFor();
  });

  it('lays a month out as a calendar on a wide screen, each date a link to its page', async () => {
    expect(await page.locator('[data-testid=agenda-view-month]').count()).toBe(0);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.click('[data-testid=agenda-view-month]');
    const title = page.locator('[data-testid=month-title]');
    await title.waitFor();
    const thisMonth = new Intl.DateTimeFormat('fr', { timeZone: 'Europe/Paris', month: 'long', year: 'numeric' });
    expect(await title.textContent()).toBe(thisMonth.format(new Date()));
    for (let shown = await title.textContent(); shown !== 'janvier 2027';) {
      await page.click('[data-testid=month-next]');
      await page.waitForFunction(
        (before) => document.querySelector('[data-testid=month-title]')?.textContent !== before,
        shown,
      );
      shown = await title.textContent();
    }
    const first = page.locator(`[data-testid=month-event-${rehearsalIds[0]}]`);
    await first.waitFor();
    expect(await first.getAttribute('href')).toBe(`/rehearsals/${rehearsalIds[0]}`);
    expect((await first.textContent())?.replace(/\s+/g, ' ').trim()).toBe('20:00 Répétition');
    expect(await page.locator('[data-testid=day-2027-01-06]').locator('a').count()).toBe(1);
    expect(
      await page.$$eval('[data-testid=month-grid] th', (cells) => cells.map((cell) => cell.textContent?.trim())),
    ).toEqual(['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.']);
    // January 2027 starts on a Friday: the first row begins on Monday, December 28.
    expect(
      await page.locator('[data-testid=month-grid] tbody tr').first().locator('td').first().getAttribute('data-testid'),
    ).toBe('day-2026-12-28');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('[data-testid=month-today]');
    await title.filter({ hasText: thisMonth.format(new Date()) }).waitFor();
    await page.click('[data-testid=agenda-view-list]');
    await page.setViewportSize({ width: 390, height: 844 });
  });

  it('shows the last agenda seen when the network is gone', async () => {
    await page.evaluate(() => navigator.serviceWorker.ready);
    // Controlled by the worker from the next load on: the agenda read then is kept.
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.locator(`[data-testid=rehearsal-${rehearsalIds[0]}]`).waitFor();
    await session.context.setOffline(true);
    try {
      await page.reload();
      await page.locator(`[data-testid=rehearsal-${rehearsalIds[0]}]`).waitFor();
      expect(await page.locator('[data-testid=month-2027-01] h2').textContent()).toBe('janvier 2027');
    } finally {
      await session.context.setOffline(false);
    }
  });
});
