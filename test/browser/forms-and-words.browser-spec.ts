import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { BandFixture, type Person } from '../support/band-fixture.js';
import {
  addSessionCookies,
  type BrowserSession,
  type ExtraBrowser,
  openExtraBrowser,
  PWA_DIR,
  startBrowserSession,
  untilHydrated,
  untilRendered,
} from '../support/browser.js';

/**
 * On a 360×740 phone with a notch (a 32 px safe area at the top) and a home indicator (34 px under
 * the tab bar): the app keeps clear of them, notices stay in sight, field errors show at the right
 * moment, words read right (issue 8, "Notices and forms", "Words"). No service worker in this
 * browser, so `page.route()` sees every API request.
 */
const LONG_NAME = 'Les Baguettes Folles de la Rue du Faubourg Saint-Antoine';
const SAFE_AREA_TOP = 32;
const SAFE_AREA_BOTTOM = 34;

let session: BrowserSession;
let phone: ExtraBrowser;
let page: Page;
let alice: Person;
let bob: Person;
let bandId: string;
let aliceUsername: string;

function signInAs(person: Person, context: BrowserContext = phone.context, url = session.app.baseUrl) {
  return addSessionCookies(context, person, url);
}

interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const PORTRAIT: Insets = { top: SAFE_AREA_TOP, right: 0, bottom: SAFE_AREA_BOTTOM, left: 0 };

/**
 * A phone's screen, by default 360×740 upright with its notch above and its home indicator below:
 * Chromium's `env(safe-area-inset-*)` then gives these insets, as on the phone.
 */
async function asPhone(page: Page, size = { width: 360, height: 740 }, insets = PORTRAIT): Promise<void> {
  await page.setViewportSize(size);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setSafeAreaInsetsOverride', {
    insets: {
      ...insets,
      topMax: insets.top,
      rightMax: insets.right,
      bottomMax: insets.bottom,
      leftMax: insets.left,
    },
  });
}

/** Where the notice is, against the viewport and the top of the bottom tab bar. */
function placeOf(selector: string, on: Page) {
  return on.evaluate((selector) => {
    const notice = document.querySelector(selector)!.getBoundingClientRect();
    const nav = document.querySelector('nav.nav')!.getBoundingClientRect();
    return { top: notice.top, bottom: notice.bottom, navTop: nav.top, viewport: window.innerHeight };
  }, selector);
}

/** The notice is whole on screen and above the tab bar (given a moment to be scrolled into view). */
async function expectInSight(selector: string, on: Page = page): Promise<void> {
  await on.waitForSelector(selector);
  await on
    .waitForFunction(
      ({ selector, top }) => {
        // After a reload the notice may show before the shell has drawn its tab bar.
        const notice = document.querySelector(selector)?.getBoundingClientRect();
        const nav = document.querySelector('nav.nav')?.getBoundingClientRect();
        return notice !== undefined && nav !== undefined && notice.top >= top && notice.bottom <= nav.top;
      },
      { selector, top: SAFE_AREA_TOP },
      { timeout: 4000 },
    )
    .catch(() => undefined);
  const place = await placeOf(selector, on);
  expect(place.navTop).toBeLessThanOrEqual(740 - 64 - SAFE_AREA_BOTTOM);
  expect(place.top).toBeGreaterThanOrEqual(SAFE_AREA_TOP);
  expect(place.bottom).toBeLessThanOrEqual(place.navTop);
  expect(place.bottom).toBeLessThanOrEqual(place.viewport);
}

async function scrollToBottom(): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
}

beforeAll(async () => {
  session = await startBrowserSession({ locale: 'fr-FR' });
  phone = await openExtraBrowser(session, { viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  page = await phone.context.newPage();
  page.setDefaultTimeout(8000);
  await asPhone(page);

  const people = new BandFixture(session.app.baseUrl);
  alice = await people.person('Alice');
  bob = await people.person('Bob');
  const created = await alice.post('/api/bands', { name: LONG_NAME });
  bandId = created.body.band.id;
  aliceUsername = (await alice.get('/api/me')).body.username;
  await bob.post('/api/bands/join', { inviteCode: created.body.band.inviteCode });
});
afterAll(async () => {
  await phone?.close();
  await session?.close();
});

describe('field errors at the right moment (register form)', () => {
  it('shows no error while tabbing through the empty form', async () => {
    await page.goto('/register');
    await untilHydrated(page);
    await page.focus('input[name=username]');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    await untilRendered(page);
    expect(await page.locator('.field-error').count()).toBe(0);
    expect(await page.locator('[aria-invalid=true]').count()).toBe(0);
  });

  it('shows the errors after a submit, and focuses the first field in error', async () => {
    await page.click('button[type=submit]');
    await page.waitForSelector('#register-username-error');
    expect(await page.locator('#register-password-error').count()).toBe(1);
    expect(await page.locator('#register-displayName-error').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('username');
  });

  it('shows the error of a field typed in and left invalid, and only that one', async () => {
    await page.reload();
    await page.fill('input[name=username]', 'A');
    await untilRendered(page);
    expect(await page.locator('.field-error').count()).toBe(0);
    await page.keyboard.press('Tab');
    await page.waitForSelector('#register-username-error');
    expect(await page.textContent('#register-username-error')).toContain('Entre 3 et 32 caractères');
    expect(await page.getAttribute('input[name=username]', 'aria-invalid')).toBe('true');
    expect(await page.locator('.field-error').count()).toBe(1);
  });

  it('puts a space between a label and "(facultatif)"', async () => {
    const label = await page.locator('label[for=register-displayName]').innerText();
    expect(label.replace(/\s+/g, ' ')).toBe('Nom affiché (facultatif)');
  });
});

describe('words', () => {
  beforeAll(() => signInAs(alice));

  it('shows a long band name whole in two lines at most, without pushing the header controls away', async () => {
    await page.goto('/');
    const name = page.locator('[data-testid=active-band-name]');
    await name.waitFor();
    expect(await name.getAttribute('title')).toBe(LONG_NAME);
    const place = await page.evaluate(() => {
      const rect = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      const name = document.querySelector<HTMLElement>('[data-testid=active-band-name]')!;
      return {
        name: rect('[data-testid=active-band-name]'),
        lineHeight: parseFloat(getComputedStyle(name).lineHeight),
        brand: rect('.brand'),
        who: rect('[data-testid=current-user]'),
        header: rect('.brand-bar'),
        pageWidth: document.documentElement.scrollWidth,
      };
    });
    expect(place.pageWidth).toBeLessThanOrEqual(360);
    expect(place.name.height).toBeGreaterThan(place.lineHeight * 1.5);
    expect(place.name.height).toBeLessThanOrEqual(place.lineHeight * 2 + 1);
    expect(place.name.left).toBeGreaterThanOrEqual(place.brand.right);
    expect(place.name.right).toBeLessThanOrEqual(place.who.left);
    expect(place.who.width).toBeGreaterThan(20);
    expect(place.who.right).toBeLessThanOrEqual(360);
    expect(place.name.bottom).toBeLessThanOrEqual(place.header.bottom);
  });

  it('writes "Nom d’utilisateur : …" with a narrow no-break space before the colon', async () => {
    await page.goto('/settings');
    const line = await page.locator('[data-testid=username-line]').textContent();
    expect(line?.replace(/[\n ]+/g, ' ').trim()).toBe(`Nom d'utilisateur\u202f: ${aliceUsername}`);
  });

  it('lists the time zones by name, searchable, with the current names; keyboard to choose', async () => {
    await page.goto('/settings/band');
    const search = page.locator('input[name=timezoneSearch]');
    await search.waitFor();
    const zones = page.locator('[data-testid=timezone-list] [role=option]');
    expect(await zones.first().getAttribute('data-zone')).toBe('Europe/Paris');
    expect(await zones.first().getAttribute('aria-selected')).toBe('true');
    expect(await zones.first().textContent()).toContain('heure d’Europe centrale');
    // The first zones only, before a search: listing all ~420 blocked a phone.
    expect(await zones.count()).toBe(40);
    expect(await page.textContent('[data-testid=timezone-more]')).toMatch(/Et \d{3} autres fuseaux\u202f: cherchez/);

    await search.fill("heure d'Europe");
    await untilRendered(page);
    expect(await zones.evaluateAll((options) => options.map((option) => option.getAttribute('data-zone')))).toEqual(
      expect.arrayContaining(['Europe/Paris', 'Europe/Kyiv', 'Europe/Lisbon']),
    );
    await search.fill('paris');
    await untilRendered(page);
    expect(await zones.count()).toBe(1);
    await search.fill('kolkata');
    await untilRendered(page);
    expect(await zones.first().getAttribute('data-zone')).toBe('Asia/Kolkata');
    await search.fill('kyiv');
    await untilRendered(page);
    expect(await zones.evaluateAll((options) => options.map((option) => option.getAttribute('data-zone')))).toEqual([
      'Europe/Kyiv',
    ]);

    await search.press('ArrowDown');
    await untilRendered(page);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-zone'))).toBe('Europe/Kyiv');
    await page.keyboard.press('Enter');
    await untilRendered(page);
    expect(await page.inputValue('input[name=timezone]')).toBe('Europe/Kyiv');
    await page.click('[data-testid=save-band]');
    await page.waitForSelector('[data-testid=band-saved]');

    await page.reload();
    await page.waitForSelector('[data-testid=timezone-chosen]');
    expect(await page.textContent('[data-testid=timezone-chosen]')).toContain('Kyiv');
    expect(await zones.first().getAttribute('data-zone')).toBe('Europe/Kyiv');
  });
});

describe('notices above the tab bar', () => {
  let suggestionId: string;

  beforeAll(async () => {
    const proposed = await bob.post(`/api/bands/${bandId}/suggestions`, { title: 'Superstition' });
    suggestionId = proposed.body.id;
    for (let i = 1; i <= 12; i++) await bob.post(`/api/bands/${bandId}/suggestions`, { title: `Morceau ${i}` });
  });

  it('keeps the offline notice and the waiting actions in sight, scrolled down', async () => {
    await page.goto('/suggestions');
    await page.waitForSelector(`[data-suggestion-id="${suggestionId}"]`);
    await page.locator(`[data-suggestion-id="${suggestionId}"] [data-testid=vote]`).scrollIntoViewIfNeeded();
    await phone.context.setOffline(true);
    await expectInSight('[data-testid=offline-banner]');
    await page.click(`[data-suggestion-id="${suggestionId}"] [data-testid=vote]`);
    await expectInSight('[data-testid=outbox-waiting]');
    await scrollToBottom();
    await expectInSight('[data-testid=offline-banner]');
    await expectInSight('[data-testid=outbox-waiting]');
  });

  it('keeps a refusal of the outbox in sight', async () => {
    await bob.request('DELETE', `/api/suggestions/${suggestionId}`);
    await phone.context.setOffline(false);
    await expectInSight('[data-testid=outbox-refusal]');
    await page.click('[data-testid=outbox-refusal] button');
  });

  it("brings a page's notice into sight above the tab bar (password changed, at the bottom of Réglages)", async () => {
    await page.goto('/settings');
    await page.fill('input[name=currentPassword]', 'correct horse');
    await page.fill('input[name=newPassword]', 'correct horse battery');
    await page.locator('input[name=newPassword]').press('Enter');
    await expectInSight('[data-testid=password-changed]');
  });

  it("brings a form's error into sight (the band settings refused)", async () => {
    await page.route(`**/api/bands/${bandId}`, (route) =>
      route.request().method() === 'PATCH'
        ? route.fulfill({
            status: 503,
            contentType: 'application/problem+json',
            body: JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503 }),
          })
        : route.fallback(),
    );
    await page.goto('/settings/band');
    await page.fill('input[name=name]', 'Les Baguettes');
    await page.locator('input[name=name]').press('Enter');
    await expectInSight('[data-testid=band-settings-error]');
    await page.unrouteAll();
  });

  it('keeps "you are no longer a member" in sight', async () => {
    await page.goto('/suggestions');
    await page.waitForSelector('[data-testid=suggestion]');
    await scrollToBottom();
    await page.route(`**/api/bands/${bandId}`, (route) =>
      route.fulfill({
        status: 404,
        contentType: 'application/problem+json',
        body: JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404, code: 'BANDS.BAND_NOT_FOUND' }),
      }),
    );
    await page.reload();
    await expectInSight('[data-testid=band-lost]');
    await page.unrouteAll();
    await scrollToBottom();
    await expectInSight('[data-testid=band-lost]');
  });
});

describe('clear of the notch, the rounded corners and the home indicator', () => {
  let tab: Page;

  beforeAll(async () => {
    tab = await phone.context.newPage();
    tab.setDefaultTimeout(8000);
  });
  afterAll(async () => {
    await phone.context.setOffline(false);
    await tab?.close();
  });

  /** Where the header's content, the tab bar's buttons, the page's heading and a notice lie on screen. */
  function places() {
    return tab.evaluate(() => {
      const rects = (selector: string) =>
        [...document.querySelectorAll(selector)].map((element) => {
          const { top, right, bottom, left } = element.getBoundingClientRect();
          return { selector, top, right, bottom, left };
        });
      return {
        header: [...rects('.brand'), ...rects('bt-band-switcher'), ...rects('[data-testid=current-user]')],
        tabs: rects('.nav-link'),
        heading: rects('.main h1'),
        notice: rects('[data-testid=offline-banner] > *'),
        // What shows at the top edge, where the notch is: the app's own strip, not the page under it.
        underNotch: document.elementFromPoint(window.innerWidth / 2, 4)?.closest('.app-notices') !== null,
        viewport: { width: window.innerWidth, height: window.innerHeight },
      };
    });
  }

  type Place = Awaited<ReturnType<typeof places>>;

  /** Each of these boxes lies whole inside the safe area (the failure names the ones that do not). */
  function expectInside(place: Place, insets: Insets, boxes: Place['header']): void {
    const { width, height } = place.viewport;
    expect(boxes.length).toBeGreaterThan(0);
    const outside = boxes.filter(
      (box) =>
        box.top < insets.top ||
        box.left < insets.left ||
        box.right > width - insets.right ||
        box.bottom > height - insets.bottom,
    );
    expect(outside).toEqual([]);
  }

  it('keeps the header, a stuck notice and the tab bar inside the safe area of an upright phone', async () => {
    await asPhone(tab);
    await tab.goto('/suggestions');
    await tab.waitForSelector('[data-testid=suggestion]');
    let place = await places();
    expectInside(place, PORTRAIT, place.header);
    expectInside(place, PORTRAIT, place.heading);
    expectInside(place, PORTRAIT, place.tabs);

    await phone.context.setOffline(true);
    await tab.waitForSelector('[data-testid=offline-banner]');
    await tab.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await tab.waitForFunction(() => window.scrollY > 0);
    place = await places();
    expectInside(place, PORTRAIT, place.notice);
    expectInside(place, PORTRAIT, place.tabs);
    expect(place.underNotch).toBe(true);
    await phone.context.setOffline(false);
  });

  it('keeps them clear of the notch on the side of a phone turned landscape', async () => {
    const landscape: Insets = { top: 0, right: 44, bottom: 21, left: 44 };
    await asPhone(tab, { width: 740, height: 360 }, landscape);
    await tab.goto('/suggestions');
    await tab.waitForSelector('[data-testid=suggestion]');
    await phone.context.setOffline(true);
    await tab.waitForSelector('[data-testid=offline-banner]');
    const place = await places();
    expectInside(place, landscape, place.header);
    expectInside(place, landscape, place.tabs);
    expectInside(place, landscape, place.heading);
    expectInside(place, landscape, place.notice);
  });
});

describe('the update prompt above the tab bar', () => {
  let updating: BrowserSession;
  let staticDir: string;

  beforeAll(async () => {
    // A copy of the PWA to deploy a new version of, under a service worker.
    staticDir = mkdtempSync(join(tmpdir(), 'bandtrack-pwa-'));
    cpSync(PWA_DIR, staticDir, { recursive: true });
    updating = await startBrowserSession({ locale: 'fr-FR', env: { STATIC_DIR: staticDir } });
  });
  afterAll(async () => {
    await updating?.close();
    rmSync(staticDir, { recursive: true, force: true });
  });

  it('offers the new version above the tab bar', async () => {
    const carol = await new BandFixture(updating.app.baseUrl).person('Carol');
    await carol.post('/api/bands', { name: 'Les Rythmes' });
    await signInAs(carol, updating.context, updating.app.baseUrl);
    const tab = await updating.context.newPage();
    await asPhone(tab);
    await tab.goto('/');
    await tab.waitForSelector('nav.nav');
    await tab.evaluate(() => navigator.serviceWorker.ready);
    // Controlled by the worker from the next load on: it looks for a new version at each navigation.
    await tab.reload();
    await tab.waitForFunction(() => navigator.serviceWorker.controller !== null);

    const manifest = join(staticDir, 'ngsw.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/"timestamp": \d+/, `"timestamp": ${Date.now()}`));
    rmSync(`${manifest}.br`, { force: true });
    rmSync(`${manifest}.gz`, { force: true });
    await tab.reload();
    await tab.waitForSelector('[data-testid=update-prompt]', { timeout: 45_000 });
    await expectInSight('[data-testid=update-prompt]', tab);
  });
});
