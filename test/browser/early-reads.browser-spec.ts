import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { BandFixture } from '../support/band-fixture.js';
import {
  addSessionCookies,
  type BrowserSession,
  type ExtraBrowser,
  openExtraBrowser,
  startBrowserSession,
} from '../support/browser.js';

// A signed-in start asks what its first screen shows from boot.js, beside main's download: GET
// /api/me, then the active band and, on the home, its dashboard, side by side. The app takes those
// answers (core/api/early-responses.ts) instead of asking again, one after the other, once it runs.
let session: BrowserSession;
let phone: ExtraBrowser;
let bandPath = '';

beforeAll(async () => {
  session = await startBrowserSession({ locale: 'fr-FR' });
  // No service worker: every request is the page's own, as on a first visit.
  phone = await openExtraBrowser(session, { serviceWorkers: 'block' });
  const fixture = new BandFixture(session.app.baseUrl);
  const alice = await fixture.person('Alice');
  bandPath = `/api/bands/${await fixture.band(alice)}`;
  await addSessionCookies(phone.context, alice, session.app.baseUrl);
});
afterAll(async () => {
  await phone?.close();
  await session?.close();
});

/**
 * The page's reads of the session, the band and its dashboard, as `boot.js GET /api/…` or `app GET /api/…`: boot.js
 * asks for JSON alone, HttpClient for `application/json, text/plain, *\/*`.
 */
function readsOf(page: Page): string[] {
  const reads: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    const by = request.headers()['accept'] === 'application/json' ? 'boot.js' : 'app';
    if ([`/api/me`, bandPath, `${bandPath}/dashboard`].includes(path)) reads.push(`${by} ${request.method()} ${path}`);
  });
  return reads;
}

describe('the reads of a signed-in start', () => {
  it('the home asks the session, the band and its dashboard once each, from boot.js, and later visits ask again', async () => {
    const page = await phone.context.newPage();
    const reads = readsOf(page);
    await page.goto('/');
    await page.locator('[data-testid=greeting]').waitFor();
    await page.locator('[data-testid=no-gig]').waitFor();
    expect(await page.locator('[data-testid=home-band]').innerText()).toContain('Les Rythmes');
    expect(reads).toEqual(['boot.js GET /api/me', `boot.js GET ${bandPath}`, `boot.js GET ${bandPath}/dashboard`]);

    // Back on the home later: its dashboard is read again, not taken from the start.
    await page.locator('[data-testid=nav-repertoire]').click();
    await page.waitForURL('**/repertoire');
    await page.locator('[data-testid=nav-home]').click();
    await page.locator('[data-testid=no-gig]').waitFor();
    expect(reads.slice(3)).toEqual([`app GET ${bandPath}/dashboard`]);
    await page.close();
  });

  it('another first screen asks no dashboard', async () => {
    const page = await phone.context.newPage();
    const reads = readsOf(page);
    await page.goto('/repertoire');
    await page.locator('[data-testid=new-song]').waitFor();
    expect(reads).toEqual(['boot.js GET /api/me', `boot.js GET ${bandPath}`]);
    await page.close();
  });
});
