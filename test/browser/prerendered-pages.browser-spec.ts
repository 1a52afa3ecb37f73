import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, CDPSession, Page, Route } from 'playwright-core';
import { type BrowserSession, type ExtraBrowser, openExtraBrowser, startBrowserSession } from '../support/browser.js';

// The guest pages are prerendered at build time in French and in English (ADR 0026): the server sends
// the one in the visitor's language, and the app hydrates it instead of painting it again.
let session: BrowserSession;
let english: ExtraBrowser;

const password = 'correct horse battery';

beforeAll(async () => {
  session = await startBrowserSession({ locale: 'fr-FR' });
  english = await openExtraBrowser(session, { locale: 'en-US' });
  const known = await fetch(`${session.app.baseUrl}/api/auth/register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'known.drummer', password }),
  });
  expect(known.status).toBe(201);
});
afterAll(async () => {
  await english?.close();
  await session?.close();
});

/**
 * Hydration removes the `ngh` marks the prerendering left on the components; an app that renders over
 * the page instead leaves none either.
 */
function untilTheAppHasRun(page: Page) {
  return page.waitForFunction(
    () => document.querySelector('h1') !== null && document.querySelector('bt-root [ngh]') === null,
  );
}

/** Opens `path` on a first visit; says whether the heading painted from the HTML is still the one shown. */
async function firstVisit(context: BrowserContext, path: string) {
  const page = await context.newPage();
  const problems: string[] = [];
  const apiCalls: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/me')) apiCalls.push(request.url());
  });
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as { prerendered?: Element | null }).prerendered = document.querySelector('h1');
    });
  });
  const response = await page.goto(path);
  const html = (await response?.text()) ?? '';
  await untilTheAppHasRun(page);
  const kept = await page.evaluate(
    () => (window as { prerendered?: Element | null }).prerendered === document.querySelector('h1'),
  );
  return { page, html, kept, problems, apiCalls };
}

describe('prerendered guest pages', () => {
  it('come in French to a French browser, are hydrated, and ask nothing of the API', async () => {
    const visit = await firstVisit(session.context, '/login');
    expect(visit.html).toContain('<html lang="fr"');
    expect(visit.html).toMatch(/<h1[^>]*>Connexion<\/h1>/);
    expect(visit.kept).toBe(true);
    expect(await visit.page.textContent('h1')).toBe('Connexion');
    expect(visit.problems).toEqual([]);
    expect(visit.apiCalls).toEqual([]);

    await visit.page.click('a[href="/register"]');
    await visit.page.waitForURL((url) => url.pathname === '/register');
    expect(await visit.page.textContent('h1')).toBe('Créer un compte');
    await visit.page.close();
  });

  it('come in English to an English browser, hydrated in English', async () => {
    const visit = await firstVisit(english.context, '/register');
    expect(visit.html).toContain('<html lang="en"');
    expect(visit.html).toMatch(/<h1[^>]*>Create an account<\/h1>/);
    expect(visit.kept).toBe(true);
    expect(await visit.page.getAttribute('html', 'lang')).toBe('en');
    expect(visit.problems).toEqual([]);
    expect(visit.apiCalls).toEqual([]);
    await visit.page.close();
  });

  it('give way to the app when the saved language is not the one the server guessed', async () => {
    const context = await english.browser.newContext({ locale: 'fr-FR', baseURL: session.app.baseUrl });
    await context.addInitScript(() => localStorage.setItem('bandtrack.locale', 'en'));
    const visit = await firstVisit(context, '/login');
    expect(visit.html).toContain('<html lang="fr"');
    expect(visit.kept).toBe(false);
    expect(await visit.page.textContent('h1')).toBe('Sign in');
    expect(await visit.page.locator('h1').count()).toBe(1);
    expect(visit.problems).toEqual([]);
    // Told the server: the next first load of a guest page comes in English.
    const cookies = await context.cookies();
    expect(cookies.find((cookie) => cookie.name === 'bt_locale')?.value).toBe('en');
    await context.close();
  });
});

/** A form typed and sent as a visitor would: keys, then Enter in the last field. */
interface Flow {
  readonly path: '/login' | '/register';
  readonly api: string;
  readonly fields: Readonly<Record<string, string>>;
}

const signInFlow = (): Flow => ({
  path: '/login',
  api: '/api/auth/login',
  fields: { username: 'known.drummer', password },
});
let registrations = 0;
const registerFlow = (): Flow => ({
  path: '/register',
  api: '/api/auth/register',
  fields: { username: `early.${++registrations}`, displayName: 'Early', password },
});

/** Keys typed through the browser's input (no wait for the page, whose clock may be paused). */
async function typeAndSubmit(page: Page, fields: Flow['fields']): Promise<void> {
  for (const [name, value] of Object.entries(fields)) {
    await page.evaluate((field) => document.querySelector<HTMLInputElement>(`input[name=${field}]`)?.focus(), name);
    await page.keyboard.type(value);
  }
  await page.keyboard.press('Enter');
}

/** A chunk with the account form in it, held until `release()`: the page's component is not there yet. */
function holdAccountFormChunks(page: Page) {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  let asked: () => void = () => undefined;
  const requested = new Promise<void>((resolve) => (asked = resolve));
  void page.route(/\/chunk-[^/]*\.js$/, async (route: Route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes('bt-account-form')) {
      asked();
      await released;
    }
    await route.fulfill({ response, body });
  });
  return { requested, release };
}

/** Whether the app has attached its own listeners to the page's form (its component was created). */
async function formListens(cdp: CDPSession): Promise<boolean> {
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.querySelector("form")' });
  if (!result.objectId) return false;
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
  return listeners.some((listener) => listener.type === 'submit');
}

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let waited = 0; !(await check()); waited += 50) {
    if (waited > 20000) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Typed and submitted at one moment of the start-up (`reach` holds the page there, `release` lets it
 * go on): the app signs in or registers with exactly what was typed, once, and leaves the page.
 */
async function submittedEarly(
  flow: Flow,
  moment: (page: Page, path: string) => Promise<{ release: () => Promise<void> }>,
): Promise<void> {
  const context = await english.browser.newContext({
    locale: 'fr-FR',
    baseURL: session.app.baseUrl,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const sent: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === flow.api) sent.push(request.postData() ?? '');
  });
  const { release } = await moment(page, flow.path);
  await typeAndSubmit(page, flow.fields);
  await page.waitForTimeout(300);
  expect(page.url()).toBe(`${session.baseUrl}${flow.path}`);
  expect(sent).toEqual([]);

  await release();
  await page.waitForURL((url) => url.pathname === '/onboarding');
  await page.waitForTimeout(500);
  expect(sent.map((body) => JSON.parse(body) as unknown)).toEqual([flow.fields]);
  await context.close();
}

/** main.js not run yet: only the prerendered page and boot.js. */
async function beforeMain(page: Page, path: string) {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/main-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  // Not 'domcontentloaded': that waits for the module scripts, main.js among them.
  await page.goto(path, { waitUntil: 'commit' });
  await page.waitForSelector('input[name=password]');
  return {
    release: async () => {
      expect(await page.locator('bt-root [ngh]').count()).toBeGreaterThan(0);
      release();
    },
  };
}

/** The app bootstrapped, the page's lazy chunk not there yet. */
async function beforeThePageChunk(page: Page, path: string) {
  const chunks = holdAccountFormChunks(page);
  await page.goto(path, { waitUntil: 'commit' });
  await chunks.requested;
  await page.waitForSelector('bt-root[ng-version]');
  return { release: async () => chunks.release() };
}

/**
 * Hydration has created the page's components (their listeners are on the form) but not yet run their
 * first check, which binds the fields to the model: that check waits for a timer, paused here.
 */
async function beforeTheFirstCheck(page: Page, path: string) {
  await page.clock.install();
  const chunks = holdAccountFormChunks(page);
  await page.goto(path, { waitUntil: 'commit' });
  await chunks.requested;
  await page.waitForSelector('bt-root[ng-version]');
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  chunks.release();
  const cdp = await page.context().newCDPSession(page);
  await until(() => formListens(cdp));
  return { release: () => page.clock.resume() };
}

describe('a prerendered form typed and submitted while the app starts', () => {
  // The browser never sends it itself (no GET with the password in its URL); the app sends it, once,
  // with every key typed, whatever the moment.
  const moments = [
    ['before main.js runs', beforeMain],
    ['after the bootstrap, before the page chunk', beforeThePageChunk],
    ['once hydration created the page, before its first check', beforeTheFirstCheck],
  ] as const;
  it.each(moments)('signs in: %s', (_moment, reach) => submittedEarly(signInFlow(), reach));
  it.each(moments)('registers: %s', (_moment, reach) => submittedEarly(registerFlow(), reach));
});
