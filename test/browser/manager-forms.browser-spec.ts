import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/accessibility.js';
import { BandFixture, type Person } from '../support/band-fixture.js';
import { type BrowserSession, signIn, SMALL_PHONE, startBrowserSession, untilRendered } from '../support/browser.js';

// A manager plans from a 360 px phone: a gig past midnight with a fee, refused bad input, a weekly
// rehearsal series across the spring daylight-saving change (Europe/Paris, 28 March 2027), then one
// date moved alone; a member finds the forms closed. What reached the server is read over the API.
let session: BrowserSession;
let page: Page;
let manager: Person;
let member: Person;
let bandId = '';
/** The POST requests the page sent to the band's gigs or rehearsals. */
const posts: string[] = [];

interface Item {
  id: string;
  startsAt: string;
  endsAt: string | null;
}

async function agenda(type: 'gig' | 'rehearsal'): Promise<Item[]> {
  const { body } = await manager.get(`/api/bands/${bandId}/agenda?when=upcoming&type=${type}`);
  return body.items;
}

const fieldError = (id: string) => page.locator(`#${id}-error`);

/**
 * The series count once it reads `expected`, or what it reads after a few seconds: the count is
 * rendered on the next change detection after the typing, not within it.
 */
async function countOnceShown(expected: string): Promise<string | undefined> {
  const count = page.locator('[data-testid=series-count]');
  await count
    .filter({ hasText: expected })
    .waitFor({ timeout: 5000 })
    .catch(() => undefined);
  return (await count.textContent())?.trim();
}

beforeAll(async () => {
  session = await startBrowserSession({ locale: 'fr-FR' });
  const people = new BandFixture(session.app.baseUrl);
  manager = await people.person('Léa');
  member = await people.person('Sam');
  bandId = await people.band(manager, [[member, 'member']], 'Les Baguettes Folles');
  expect((await manager.patch(`/api/bands/${bandId}`, { timezone: 'Europe/Paris' })).status).toBe(200);
  page = await session.context.newPage();
  await page.setViewportSize(SMALL_PHONE);
  page.on('request', (request) => {
    if (request.method() === 'POST' && /\/api\/bands\/[^/]+\/(gigs|rehearsals)$/.test(request.url())) {
      posts.push(request.url());
    }
  });
  await signIn(page, manager.username, 'correct horse');
});
afterAll(() => session?.close());

describe('the manager forms, in Chromium', () => {
  it('plans a gig past midnight with a fee of 150,50 €, from the agenda, and lands on its page', async () => {
    await page.goto('/agenda');
    await page.click('[data-testid=new-gig]');
    await page.waitForURL((url) => url.pathname === '/gigs/new');
    await page.fill('input[name=title]', 'Fête de la musique');
    await page.fill('input[name=date]', '2027-06-21');
    await page.fill('input[name=start]', '22:00');
    await page.fill('input[name=end]', '01:00');
    await page.locator('[data-testid=ends-next-day]').waitFor();
    await page.fill('input[name=location]', 'Le Petit Bain');
    await page.fill('input[name=fee]', '150,50');
    await page.selectOption('select[name=status]', 'confirmed');
    expect(await axeViolations(page)).toEqual([]);
    const [created] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST' && response.url().endsWith('/gigs')),
      page.click('[data-testid=save-gig]'),
    ]);
    expect(created.status()).toBe(201);
    const { id } = await created.json();
    await page.waitForURL((url) => url.pathname === `/gigs/${id}`);
    await page.locator('[data-testid=event-title]', { hasText: 'Fête de la musique' }).waitFor();
    const { body: gig } = await manager.get(`/api/gigs/${id}`);
    expect(gig).toMatchObject({
      title: 'Fête de la musique',
      startsAt: '2027-06-21T20:00:00.000Z',
      endsAt: '2027-06-21T23:00:00.000Z',
      location: 'Le Petit Bain',
      feeCents: 15050,
      currency: 'EUR',
      status: 'confirmed',
    });
  });

  it('edits the gig: the form shows it on the band’s clock and sends only what changed', async () => {
    const [gig] = await agenda('gig');
    await page.goto(`/gigs/${gig!.id}/edit`);
    const fee = page.locator('input[name=fee]');
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name=fee]')?.value === '150,50');
    expect(await page.inputValue('input[name=start]')).toBe('22:00');
    expect(await page.inputValue('input[name=end]')).toBe('01:00');
    await fee.fill('200');
    const [patch] = await Promise.all([
      page.waitForRequest((request) => request.method() === 'PATCH' && request.url().endsWith(`/gigs/${gig!.id}`)),
      page.click('[data-testid=save-gig]'),
    ]);
    expect(patch.postDataJSON()).toEqual({ feeCents: 20000 });
    await page.waitForURL((url) => url.pathname === `/gigs/${gig!.id}`);
    expect((await manager.get(`/api/gigs/${gig!.id}`)).body.endsAt).toBe('2027-06-21T23:00:00.000Z');
  });

  it('refuses a fee in fractions of a cent, a negative one and an empty title, and saves nothing', async () => {
    posts.length = 0;
    await page.goto('/gigs/new');
    await page.fill('input[name=date]', '2027-07-14');
    await page.fill('input[name=start]', '21:00');
    await page.fill('input[name=fee]', '1,555');
    await page.click('[data-testid=save-gig]');
    await fieldError('gig-title').waitFor();
    expect(await fieldError('gig-title').textContent()).toBe('Donnez le titre du concert.');
    expect(await fieldError('gig-fee').textContent()).toContain('deux décimales au plus');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('title');
    await page.fill('input[name=title]', 'Bal du 14 juillet');
    await page.fill('input[name=fee]', '-5');
    await page.click('[data-testid=save-gig]');
    await untilRendered(page);
    expect(await fieldError('gig-title').count()).toBe(0);
    expect(await fieldError('gig-fee').textContent()).toContain('positif');
    expect(posts).toEqual([]);
    expect(await agenda('gig')).toHaveLength(1);
  });

  it('counts the dates of a series as typed; the server’s refusal of one over a year shows on its field', async () => {
    await page.goto('/agenda');
    await page.click('[data-testid=new-rehearsal]');
    await page.waitForURL((url) => url.pathname === '/rehearsals/new');
    await page.fill('input[name=date]', '2027-03-10');
    await page.fill('input[name=start]', '20:00');
    await page.fill('input[name=end]', '23:00');
    await page.fill('input[name=location]', 'Studio Bleu');
    await page.check('[data-testid=repeat-week]');
    await page.fill('input[name=until]', '2028-03-11');
    expect(await countOnceShown('un an au plus')).toContain('un an au plus');
    const [refused] = await Promise.all([
      page.waitForResponse(
        (response) => response.request().method() === 'POST' && response.url().endsWith('/rehearsals'),
      ),
      page.click('[data-testid=save-rehearsal]'),
    ]);
    expect(refused.status()).toBe(400);
    await fieldError('rehearsal-until').waitFor();
    expect(await fieldError('rehearsal-until').textContent()).toContain('un an au plus');
    expect(await agenda('rehearsal')).toEqual([]);
    await page.fill('input[name=until]', '2027-04-14');
    expect(await countOnceShown('6 répétitions seront créées')).toBe('6 répétitions seront créées');
    await page.check('[data-testid=repeat-fortnight]');
    expect(await countOnceShown('3 répétitions seront créées')).toBe('3 répétitions seront créées');
    await page.check('[data-testid=repeat-week]');
    await countOnceShown('6 répétitions seront créées');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('creates a weekly series of six dates at 20:00 on the band’s clock on both sides of the change', async () => {
    const [created] = await Promise.all([
      page.waitForResponse(
        (response) => response.request().method() === 'POST' && response.url().endsWith('/rehearsals'),
      ),
      page.click('[data-testid=save-rehearsal]'),
    ]);
    expect(created.status()).toBe(201);
    const first = (await created.json()).items[0].id;
    await page.waitForURL((url) => url.pathname === `/rehearsals/${first}`);
    const starts = (await agenda('rehearsal')).map((rehearsal) => rehearsal.startsAt);
    expect(starts).toEqual([
      '2027-03-10T19:00:00.000Z',
      '2027-03-17T19:00:00.000Z',
      '2027-03-24T19:00:00.000Z',
      '2027-03-31T18:00:00.000Z',
      '2027-04-07T18:00:00.000Z',
      '2027-04-14T18:00:00.000Z',
    ]);
  });

  it('moves one date of the series alone with the scope « cette date »', async () => {
    const before = await agenda('rehearsal');
    const moved = before[3]!;
    await page.goto(`/rehearsals/${moved.id}/edit`);
    await page.locator('[data-testid=scope-choices]').waitFor();
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name=start]')?.value === '20:00');
    expect(await page.isChecked('[data-testid=scope-this]')).toBe(true);
    await page.fill('input[name=start]', '19:30');
    expect(await axeViolations(page)).toEqual([]);
    const [patch] = await Promise.all([
      page.waitForRequest(
        (request) => request.method() === 'PATCH' && request.url().includes(`/rehearsals/${moved.id}`),
      ),
      page.click('[data-testid=save-rehearsal]'),
    ]);
    expect(new URL(patch.url()).searchParams.get('scope')).toBe('this');
    expect(patch.postDataJSON()).toEqual({ startsAt: '2027-03-31T17:30:00.000Z', endsAt: '2027-03-31T21:00:00.000Z' });
    await page.waitForURL((url) => url.pathname === `/rehearsals/${moved.id}`);
    const after = await agenda('rehearsal');
    expect(after.map((rehearsal) => rehearsal.startsAt)).toEqual(
      before.map((rehearsal, index) => (index === 3 ? '2027-03-31T17:30:00.000Z' : rehearsal.startsAt)),
    );
  });

  it('shows a member the managers-only state, with the way back', async () => {
    await signIn(page, member.username, 'correct horse');
    await page.goto('/agenda');
    await page.locator('h1').waitFor();
    expect(await page.locator('[data-testid=new-gig]').count()).toBe(0);
    await page.goto('/gigs/new');
    const closed = page.locator('[data-testid=managers-only]');
    await closed.waitFor();
    expect(await closed.innerText()).toContain('Réservé aux managers');
    expect(await page.locator('form').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await closed.getByRole('link', { name: "Retour à l'agenda" }).click();
    await page.waitForURL((url) => url.pathname === '/agenda');
  });
});
