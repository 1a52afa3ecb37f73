import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { BandFixture, type Person } from '../support/band-fixture.js';
import { type BrowserSession, signIn, startBrowserSession } from '../support/browser.js';

// A member's agenda on a 390 px phone: a weekly rehearsal series and two gigs a manager planned
// through the API, by month on the band's clock, filtered, read page by page, answered in one tap.
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
  gigId = (
    await manager.post(`/api/bands/${bandId}/gigs`, {
      title: 'Fête de la musique',
      startsAt: '2027-06-21T20:00:00+02:00',
      endsAt: '2027-06-22T01:30:00+02:00',
      location: 'Le Petit Bain',
    })
  ).body.id;
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
});
