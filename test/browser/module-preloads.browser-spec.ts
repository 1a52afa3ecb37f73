import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext } from 'playwright-core';
import { BandFixture } from '../support/band-fixture.js';
import {
  addSessionCookies,
  type BrowserSession,
  type ExtraBrowser,
  openExtraBrowser,
  startBrowserSession,
} from '../support/browser.js';

// The home (index.csr.html) lists the scripts it starts with in modulepreloads (ADR 0030), so that no
// script of its first screen waits for the one that imports it. The prerendered guest pages do not:
// their form is in the HTML, and a dozen chunks asked beside the stylesheet delayed its first paint.
// The home's start scripts carry V8's compile hint (ADR 0057).
let session: BrowserSession;
let guest: ExtraBrowser;

beforeAll(async () => {
  session = await startBrowserSession({ locale: 'fr-FR' });
  // No service worker: once registered, it would answer the next page with index.csr.html.
  guest = await openExtraBrowser(session, { locale: 'en-US', serviceWorkers: 'block' });
});
afterAll(async () => {
  await guest?.close();
  await session?.close();
});

/** The scripts a page's HTML names: its script tags and its modulepreloads. */
function namedScripts(html: string): string[] {
  const named = [...html.matchAll(/<script src="([^"]+)"|<link rel="modulepreload" href="([^"]+)"/g)];
  return named.map((match) => match[1] ?? match[2]!);
}

/** Opens `path` on a first visit, until `ready` holds; the HTML received and every script the page asked for. */
async function firstVisit(context: BrowserContext, path: string, ready: () => boolean) {
  const page = await context.newPage();
  const scripts: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname.slice(1));
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  const response = await page.goto(path);
  const html = (await response?.text()) ?? '';
  await page.waitForFunction(ready);
  await page.close();
  return { html, scripts, problems };
}

describe('module preloads', () => {
  it('the signed-in home: every script of its first screen is named by its HTML, which the service worker hashes as it is', async () => {
    const fixture = new BandFixture(session.app.baseUrl);
    const alice = await fixture.person('Alice');
    await fixture.band(alice);
    await addSessionCookies(session.context, alice, session.app.baseUrl);

    const visit = await firstVisit(
      session.context,
      '/',
      () => document.querySelector('[data-testid=greeting]') !== null,
    );
    const named = namedScripts(visit.html);
    const preloads = [...visit.html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((match) => match[1]);
    // The module scripts run in this order: the polyfills, then main, then the chunks main imports.
    expect(preloads.slice(0, 2)).toEqual([
      expect.stringMatching(/^polyfills-.+\.js$/),
      expect.stringMatching(/^main-.+\.js$/),
    ]);
    expect(named.filter((file) => file.startsWith('chunk-')).length).toBeGreaterThan(2);
    expect(visit.scripts.filter((file) => !named.includes(file))).toEqual([]);
    expect(visit.problems).toEqual([]);

    const ngsw = (await (await fetch(`${session.app.baseUrl}/ngsw.json`)).json()) as {
      hashTable: Record<string, string>;
    };
    const sha1 = (data: string) => createHash('sha1').update(data).digest('hex');
    expect(ngsw.hashTable['/index.csr.html']).toBe(sha1(visit.html));
    // Each starts with V8's compile hint (ADR 0057), as the service worker hashed it.
    for (const script of preloads) {
      const code = await (await fetch(`${session.app.baseUrl}/${script}`)).text();
      expect(code.startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
      expect(ngsw.hashTable[`/${script}`]).toBe(sha1(code));
    }
  });

  it.each(['/login', '/register'])(
    'the prerendered %s in English names main, not the lazy chunks: the page paints from its HTML',
    async (path) => {
      const visit = await firstVisit(
        guest.context,
        path,
        () => document.querySelector('h1') !== null && document.querySelector('bt-root [ngh]') === null,
      );
      expect(visit.html).toContain('<html lang="en"');
      expect(namedScripts(visit.html).filter((file) => file.startsWith('chunk-'))).toEqual([]);
      expect(visit.scripts.filter((file) => file.startsWith('chunk-')).length).toBeGreaterThan(2);
      expect(visit.problems).toEqual([]);
    },
  );
});
