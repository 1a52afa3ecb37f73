import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/accessibility.js';
import { BandFixture, type Person } from '../support/band-fixture.js';
import { type BrowserSession, openExtraBrowser, signIn, SMALL_PHONE, startBrowserSession } from '../support/browser.js';
import { MIDSUMMER_GIG } from '../support/schedule-seeds.js';

// A member's activity screen on a 360 px phone: what the manager did through the API reads in French
// (and in English to a member who chose it), newest first, with the time on the band's clock.
let session: BrowserSession;
let page: Page;
let manager: Person;
let member: Person;

beforeAll(async () => {
  session = await startBrowserSession({ locale: 'fr-FR' });
  const people = new BandFixture(session.app.baseUrl);
  manager = await people.person('Léa');
  member = await people.person('Sam');
  const bandId = await people.band(manager, [[member, 'member']], 'Les Baguettes Folles');
  const suggestion = await member.post(`/api/bands/${bandId}/suggestions`, { title: 'Creep', artist: 'Radiohead' });
  await manager.post(`/api/suggestions/${suggestion.body.id}/promote`);
  await manager.post(`/api/bands/${bandId}/gigs`, MIDSUMMER_GIG);
  await manager.post(`/api/bands/${bandId}/rehearsals`, {
    startsAt: '2027-01-06T20:00:00+01:00',
    repeat: { every: 'week', until: '2027-01-27' },
  });
  page = await session.context.newPage();
  await page.setViewportSize(SMALL_PHONE);
  await signIn(page, member.username, 'correct horse');
});
afterAll(() => session?.close());

describe('the activity screen, in Chromium', () => {
  it('shows from the home what another member did, newest first, in French', async () => {
    await page.click('[data-testid=activity-link]');
    await page.waitForURL((url) => url.pathname === '/activity');
    const lines = page.locator('[data-testid=activity-line]');
    await lines.nth(5).waitFor();
    const texts = (await lines.locator('.what').allInnerTexts()).map((text) => text.replace(/\s+/g, ' '));
    expect(texts).toEqual([
      'Léa a prévu 4 répétitions à partir du mercredi 6 janvier 2027',
      `Léa a prévu le concert « ${MIDSUMMER_GIG.title} » le lundi 21 juin 2027`,
      'Léa a fait passer « Creep » au répertoire',
      'Sam a suggéré « Creep »',
      'Sam a rejoint le groupe',
      'Léa a formé le groupe',
    ]);
    expect(await lines.first().locator('time').innerText()).toMatch(/^il y a \d+ secondes? · |^maintenant · /);
  });

  it('reads in English to a member whose language is English', async () => {
    // The account's language wins over the browser's once signed in (a fixture person's is French).
    expect((await manager.patch('/api/me', { preferences: { locale: 'en' } })).status).toBe(200);
    const english = await openExtraBrowser(session, { locale: 'en-US', viewport: SMALL_PHONE });
    try {
      const englishPage = await english.context.newPage();
      await signIn(englishPage, manager.username, 'correct horse');
      await englishPage.goto('/activity');
      const lines = englishPage.locator('[data-testid=activity-line]');
      await lines.nth(5).waitFor();
      expect(await englishPage.getAttribute('html', 'lang')).toBe('en');
      const texts = (await lines.locator('.what').allInnerTexts()).map((text) => text.replace(/\s+/g, ' '));
      expect(texts).toEqual([
        'Léa planned 4 rehearsals from Wednesday, January 6, 2027',
        `Léa planned the gig “${MIDSUMMER_GIG.title}” on Monday, June 21, 2027`,
        'Léa moved “Creep” to the repertoire',
        'Sam suggested “Creep”',
        'Sam joined the band',
        'Léa formed the band',
      ]);
      expect(await lines.first().locator('time').innerText()).toMatch(/^\d+ seconds? ago · |^now · /);
    } finally {
      await english.close();
    }
  });

  it('is accessible at 360 px', async () => {
    expect(await axeViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
  });

  it('shows the last activity seen when the network is gone', async () => {
    await page.evaluate(() => navigator.serviceWorker.ready);
    // Controlled by the worker from the next load on: the page read then is kept.
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const lines = page.locator('[data-testid=activity-line]');
    await lines.nth(4).waitFor();
    await session.context.setOffline(true);
    try {
      await page.reload();
      await lines.nth(4).waitFor();
      expect(await lines.first().locator('.what').innerText()).toContain('4 répétitions');
    } finally {
      await session.context.setOffline(false);
    }
  });
});
