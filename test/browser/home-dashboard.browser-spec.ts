import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { BandFixture, type Person } from '../support/band-fixture.js';
import { MIDSUMMER_GIG } from '../support/schedule-seeds.js';
import { type BrowserSession, startBrowserSession } from '../support/browser.js';

// A member's home screen on a 390 px phone: the next gig and rehearsal a manager planned through the
// API, answered in one tap, online and offline; what reached the server is checked through the API.
let session: BrowserSession;
let page: Page;
let manager: Person;
let member: Person;
let bandId = '';
let gigId = '';
let rehearsalId = '';

/** The member's answer as the gig's page reads it from the API. */
async function answerTo(path: string): Promise<string | null> {
  const { body } = await manager.get(path);
  return body.attendance.find((attendee: { userId: string }) => attendee.userId === member.id).status;
}

beforeAll(async () => {
  session = await startBrowserSession({ locale: 'fr-FR' });
  const people = new BandFixture(session.app.baseUrl);
  manager = await people.person('Léa');
  member = await people.person('Sam');
  bandId = await people.band(manager, [[member, 'member']], 'Les Baguettes Folles');
  gigId = (await manager.post(`/api/bands/${bandId}/gigs`, MIDSUMMER_GIG)).body.id;
  const rehearsals = await manager.post(`/api/bands/${bandId}/rehearsals`, {
    startsAt: '2027-06-17T20:00:00+02:00',
    endsAt: '2027-06-17T23:00:00+02:00',
    location: 'Studio Bleu',
  });
  rehearsalId = rehearsals.body.items[0].id;
  page = await session.context.newPage();
  await page.goto('/login');
  await page.fill('input[name=username]', member.username);
  await page.fill('input[name=password]', 'correct horse');
  await page.click('button[type=submit]');
  await page.waitForURL((url) => url.pathname === '/');
});
afterAll(() => session?.close());

describe('the home screen, in Chromium', () => {
  it('shows the next gig and rehearsal on the band’s clock, both waiting for my answer', async () => {
    const gig = page.locator(`[data-testid=gig-${gigId}]`).first();
    await gig.waitFor();
    expect(await gig.innerText()).toContain('lundi 21 juin, 20:00–01:30');
    expect(await gig.innerText()).toContain('Le Petit Bain');
    const rehearsal = page.locator(`[data-testid=rehearsal-${rehearsalId}]`).first();
    expect(await rehearsal.innerText()).toContain('jeudi 17 juin, 20:00–23:00');
    await page.locator('[data-testid=pending-answers]').waitFor();
  });

  it('answers the gig in one tap, and the server has it', async () => {
    const yes = page.locator(`[data-testid=answer-${gigId}-yes]`).first();
    await Promise.all([
      page.waitForResponse((response) => response.url().endsWith(`/gigs/${gigId}/attendance`)),
      yes.click(),
    ]);
    await page.locator(`[data-testid=answer-${gigId}-yes][aria-pressed=true]`).first().waitFor();
    expect(await answerTo(`/api/gigs/${gigId}`)).toBe('yes');
  });

  it('keeps an answer given offline, shows it pending, and sends it once back online', async () => {
    await session.context.setOffline(true);
    try {
      await page.locator(`[data-testid=answer-${rehearsalId}-maybe]`).first().click();
      await page.locator(`[data-testid=answer-${rehearsalId}-maybe][aria-pressed=true]`).first().waitFor();
      await page.locator('[data-testid=answer-pending]').first().waitFor();
      expect(await answerTo(`/api/rehearsals/${rehearsalId}`)).toBeNull();
    } finally {
      await session.context.setOffline(false);
    }
    await page.locator('[data-testid=answer-pending]').first().waitFor({ state: 'detached', timeout: 15_000 });
    expect(await answerTo(`/api/rehearsals/${rehearsalId}`)).toBe('maybe');
  });
});
