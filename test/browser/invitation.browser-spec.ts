import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/accessibility.js';
import { ApiClient } from '../support/api-client.js';
import { type BrowserSession, type ExtraBrowser, openExtraBrowser, startBrowserSession } from '../support/browser.js';

// An invitation link opened by people who are not signed in, on a 360 × 740 phone: Bruno has no
// account yet (the session's profile), Chloé has one (a second Chromium).
const PHONE = { width: 360, height: 740 };
const password = 'correct horse battery';
const bandName = 'Les Baguettes Folles';
let session: BrowserSession;
let other: ExtraBrowser;
let bruno: Page;
let chloe: Page;
let invitePath = '';

async function registered(username: string, displayName: string): Promise<ApiClient> {
  const api = new ApiClient(session.app.baseUrl);
  const response = await api.post('/api/auth/register', { username, password, displayName });
  expect(response.status).toBe(201);
  return api;
}

/** What the page logged as an error, and the requests it made, from now on. */
function watch(page: Page) {
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  return { errors, requests };
}

beforeAll(async () => {
  session = await startBrowserSession({ locale: 'fr-FR' });
  other = await openExtraBrowser(session, { locale: 'fr-FR' });
  bruno = await session.context.newPage();
  chloe = await other.context.newPage();
  await bruno.setViewportSize(PHONE);
  await chloe.setViewportSize(PHONE);

  const admin = await registered('alice.admin', 'Alice');
  const { inviteCode } = (await admin.post('/api/bands', { name: bandName })).body.band;
  const drummer = await registered('dan.drums', 'Dan');
  await drummer.post('/api/bands/join', { inviteCode });
  await registered('chloe.keys', 'Chloé');
  invitePath = `/join/${inviteCode}`;
});
afterAll(async () => {
  await other?.close();
  await session?.close();
});

describe('an invitation link, opened signed out, in Chromium', () => {
  it('names the band and its size at once, with no error in the console and no GET /api/me', async () => {
    const { errors, requests } = watch(bruno);
    await bruno.goto(invitePath);
    await bruno.waitForSelector('[data-testid=invitation]');
    expect(new URL(bruno.url()).pathname).toBe(invitePath);
    expect(await bruno.textContent('h1')).toBe(`${bandName} vous invite…`);
    expect(await bruno.textContent('[data-testid=invitation-members]')).toContain('Il compte 2 membres.');
    expect(await bruno.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(requests).toContain(`/api/invites/${invitePath.slice('/join/'.length)}`);
    expect(requests).not.toContain('/api/me');
    expect(errors).toEqual([]);
    expect(await axeViolations(bruno)).toEqual([]);
    const overflow = await bruno.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBe(0);
  });

  it('creates the account and joins in one form, then shows the band, named', async () => {
    await bruno.click('[data-testid=account-submit]');
    // Nothing typed: the first field's error, and the focus on it.
    await bruno.waitForSelector('#join-username-error');
    expect(await bruno.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('username');
    expect(await axeViolations(bruno)).toEqual([]);

    await bruno.fill('input[name=username]', 'bruno.bass');
    await bruno.fill('input[name=displayName]', 'Bruno');
    await bruno.fill('input[name=password]', password);
    await bruno.click('[data-testid=account-submit]');
    await bruno.waitForURL((url) => url.pathname === '/');
    expect(await bruno.textContent('[data-testid=band-welcome]')).toContain(`Vous avez rejoint « ${bandName} »`);
    expect(await bruno.textContent('[data-testid=active-band-name]')).toBe(bandName);
  });

  it('tells a member opening the link again that they already belong, with a way into the band', async () => {
    await bruno.goto(invitePath);
    await bruno.waitForSelector('[data-testid=join-already-member]');
    expect(await bruno.textContent('h1')).toBe(`Vous faites déjà partie de « ${bandName} »`);
    expect(await axeViolations(bruno)).toEqual([]);
    await bruno.click('[data-testid=open-band]');
    await bruno.waitForURL((url) => url.pathname === '/');
    expect(await bruno.textContent('[data-testid=active-band-name]')).toBe(bandName);
  });

  it('signs in with an existing account and joins in the same form', async () => {
    await chloe.goto(invitePath);
    await chloe.waitForSelector('[data-testid=invitation]');
    expect(await chloe.textContent('[data-testid=invitation-members]')).toContain('Il compte 3 membres.');
    await chloe.check('[data-testid=join-mode-sign-in]');
    expect(await chloe.locator('input[name=displayName]').count()).toBe(0);
    expect(await axeViolations(chloe)).toEqual([]);

    await chloe.fill('input[name=username]', 'chloe.keys');
    await chloe.fill('input[name=password]', 'not her password');
    await chloe.click('[data-testid=account-submit]');
    await chloe.waitForSelector('[data-testid=form-error]');
    expect(await chloe.textContent('[data-testid=form-error]')).toContain('incorrect');

    await chloe.fill('input[name=password]', password);
    await chloe.click('[data-testid=account-submit]');
    await chloe.waitForURL((url) => url.pathname === '/');
    expect(await chloe.textContent('[data-testid=band-welcome]')).toContain(`Vous avez rejoint « ${bandName} »`);
    expect(await chloe.textContent('[data-testid=active-band-name]')).toBe(bandName);
  });

  it('explains a dead code and asks for a new link', async () => {
    const guest = await other.context.newPage();
    await guest.setViewportSize(PHONE);
    await guest.context().clearCookies();
    await guest.goto('/join/ZZZZZ-ZZZZZ');
    await guest.waitForSelector('[data-testid=join-link-error]');
    expect(await guest.textContent('h1')).toBe("Ce lien d'invitation ne fonctionne pas");
    expect(await guest.textContent('[data-testid=join-link-error]')).toBe(
      "Cette invitation n'est plus valable. Demandez un nouveau lien à un membre du groupe.",
    );
    expect(await guest.locator('form').count()).toBe(0);
    expect(await axeViolations(guest)).toEqual([]);
    await guest.close();
  });

  it('names the wrong character of a mistyped code', async () => {
    const guest = await other.context.newPage();
    await guest.setViewportSize(PHONE);
    await guest.goto('/join/K7RD9-PXM4O');
    await guest.waitForSelector('[data-testid=join-link-error]');
    expect(await guest.textContent('[data-testid=join-link-error]')).toContain('ne contient pas « O » (caractère 10)');
    await guest.close();
  });
});
