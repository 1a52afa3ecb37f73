import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import { type BrowserSession, type ExtraBrowser, openExtraBrowser, startBrowserSession } from '../support/browser.js';

// The guest pages are prerendered at build time in French and in English (ADR 0026): the server sends
// the one in the visitor's language, and the app hydrates it instead of painting it again.
let session: BrowserSession;
let english: ExtraBrowser;

beforeAll(async () => {
  session = await startBrowserSession({ locale: 'fr-FR' });
  english = await openExtraBrowser(session, { locale: 'en-US' });
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

  it('are not submitted by the browser before the app runs, and the app takes the typing and the submit back', async () => {
    // A context of its own: in the session's, the service worker now answers navigations with the app.
    const context = await english.browser.newContext({ locale: 'fr-FR', baseURL: session.app.baseUrl });
    const page = await context.newPage();
    const logins: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/auth/login') logins.push(request.postData() ?? '');
    });
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/main-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // Not 'domcontentloaded': that waits for the module scripts, main.js among them.
    await page.goto('/login', { waitUntil: 'commit' });
    await page.waitForSelector('input[name=password]');
    await page.fill('input[name=username]', 'lea.drums');
    await page.fill('input[name=password]', 'correct horse battery');
    await page.press('input[name=password]', 'Enter');
    await page.waitForTimeout(500);
    expect(page.url()).toBe(`${session.baseUrl}/login`);
    expect(await page.locator('bt-root [ngh]').count()).toBeGreaterThan(0);
    expect(logins).toEqual([]);

    release();
    await untilTheAppHasRun(page);
    // Nothing typed again: the hydrated form kept the fields and sent the submit the visitor made. The
    // server knows no such account.
    await page.waitForSelector('[data-testid=form-error]');
    expect(await page.inputValue('input[name=username]')).toBe('lea.drums');
    expect(logins).toHaveLength(1);
    expect(JSON.parse(logins[0] ?? '{}')).toEqual({ username: 'lea.drums', password: 'correct horse battery' });
    expect(page.url()).toBe(`${session.baseUrl}/login`);
    await context.close();
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
