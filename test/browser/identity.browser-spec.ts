import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { type BrowserSession, startBrowserSession } from '../support/browser.js';

let session: BrowserSession;
let page: Page;
const password = 'correct horse battery';

/** A new account has no band yet: the app asks to create or join one first (bands.browser-spec.ts). */
async function register(username: string, displayName: string) {
  await page.goto('/register');
  await page.fill('input[name=username]', username);
  await page.fill('input[name=displayName]', displayName);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
  await page.waitForURL((url) => url.pathname === '/onboarding');
  expect(await page.textContent('[data-testid=onboarding-title]')).toContain(displayName);
  await page.fill('input[name=bandName]', `Le groupe de ${displayName}`);
  await page.click('[data-testid=create-band]');
  await page.waitForURL((url) => url.pathname === '/');
}

async function signIn(username: string, secret: string) {
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', secret);
  await page.click('button[type=submit]');
}

beforeAll(async () => {
  session = await startBrowserSession({ locale: 'fr-FR' });
  page = await session.context.newPage();
});
afterAll(() => session.close());

describe('an account, in French, in Chromium', () => {
  it('sends a visitor to the login page, in French', async () => {
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/login');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.textContent('h1')).toContain('Connexion');
  });

  it('registers and greets the new member by name', async () => {
    await register('lea.drums', 'Léa');
    expect(await page.textContent('[data-testid=greeting]')).toContain('Léa');
  });

  it('signs out from the settings and comes back to the login page', async () => {
    await page.click('[data-testid=nav-settings]');
    await page.waitForURL((url) => url.pathname === '/settings');
    await page.click('[data-testid=sign-out]');
    await page.waitForURL((url) => url.pathname === '/login');
    const me = await page.evaluate(() => fetch('/api/me').then((response) => response.status));
    expect(me).toBe(401);
  });

  it('says so when the password is wrong, and stays on the login page', async () => {
    await signIn('lea.drums', 'not my password');
    await page.waitForSelector('[data-testid=form-error]');
    expect(await page.textContent('[data-testid=form-error]')).toBeTruthy();
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('signs in again and returns to where the member was going', async () => {
    await page.goto('/settings');
    await page.waitForURL((url) => url.pathname === '/login');
    await signIn('LEA.DRUMS', password);
    await page.waitForURL((url) => url.pathname === '/settings');
  });

  it('registers the service worker', async () => {
    await page.goto('/');
    const active = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.scriptURL ?? null;
    });
    expect(active).toMatch(/\/ngsw-worker\.js$/);
  });

  it('keeps the dark theme after a reload', async () => {
    await page.goto('/settings');
    await page.check('input[name=theme][value=dark]');
    await page.waitForFunction(() => document.documentElement.dataset['theme'] === 'dark');
    await page.reload();
    await page.waitForSelector('[data-testid=sign-out]');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    const saved = await page.evaluate(() => fetch('/api/me').then((response) => response.json()));
    expect(saved.preferences.theme).toBe('dark');
  });

  it('shows the last-seen data offline, with the offline banner', async () => {
    await page.goto('/settings');
    await page.waitForSelector('[data-testid=sign-out]');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await session.context.setOffline(true);
    try {
      await page.reload();
      await page.waitForSelector('[data-testid=offline-banner]');
      expect(await page.inputValue('input[name=displayName]')).toBe('Léa');
    } finally {
      await session.context.setOffline(false);
    }
  });

  it('is installable as an app', async () => {
    const cdp = await session.context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  });
});

describe('an account, in English', () => {
  let english: BrowserSession;
  let englishPage: Page;

  beforeAll(async () => {
    english = await startBrowserSession({ locale: 'en-US' });
    englishPage = await english.context.newPage();
  });
  afterAll(() => english.close());

  it('registers, signs out and signs in with English texts', async () => {
    await englishPage.goto('/register');
    // main.ts sets the language once the English messages are loaded, just before the app renders.
    await englishPage.waitForSelector('input[name=username]');
    expect(await englishPage.getAttribute('html', 'lang')).toBe('en');
    await englishPage.fill('input[name=username]', 'sam.bass');
    await englishPage.fill('input[name=password]', password);
    await englishPage.click('button[type=submit]');
    await englishPage.waitForURL((url) => url.pathname === '/onboarding');
    expect(await englishPage.textContent('[data-testid=onboarding-title]')).toMatch(/^Welcome/);
    await englishPage.goto('/settings');
    await englishPage.check('input[name=theme][value=light]');
    await englishPage.click('[data-testid=sign-out]');
    await englishPage.waitForURL((url) => url.pathname === '/login');
    expect(await englishPage.textContent('h1')).toMatch(/Sign in/i);
    await englishPage.fill('input[name=username]', 'sam.bass');
    await englishPage.fill('input[name=password]', password);
    await englishPage.click('button[type=submit]');
    await englishPage.waitForURL((url) => url.pathname === '/onboarding');
    expect(await englishPage.getAttribute('html', 'data-theme')).toBe('light');
  });
});
