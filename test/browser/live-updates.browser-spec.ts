import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page, WebSocket } from 'playwright-core';
import { BandFixture, PERSON_PASSWORD, type Person } from '../support/band-fixture.js';
import {
  type BrowserSession,
  type ExtraBrowser,
  openExtraBrowser,
  signIn,
  startBrowserSession,
} from '../support/browser.js';
import { MIDSUMMER_GIG } from '../support/schedule-seeds.js';

// Two people of one band on two devices, each screen left open (ADR 0047): Alice, a manager (the
// session's persistent profile), and Bruno, a member (a second Chromium) with his suggestions and his
// repertoire open in two tabs. What one does shows on the other's open screens, which are never
// reloaded: each page carries a mark that a reload would wipe.
let session: BrowserSession;
let other: ExtraBrowser;
let alice: Page;
let brunoSuggestions: Page;
let brunoRepertoire: Page;
let aliceApi: Person;
let brunoApi: Person;
let bandId = '';
let gigId = '';

/**
 * Opens `path` (a page load) and waits until its live connection got the server's hello, then marks
 * the page so that a later reload would show.
 */
async function open(page: Page, path: string): Promise<void> {
  const greeted = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no live hello on ${path}`)), 10_000);
    const watch = (socket: WebSocket) => {
      if (!socket.url().endsWith('/api/live')) return;
      socket.on('framereceived', ({ payload }) => {
        if (!String(payload).includes('"hello"')) return;
        clearTimeout(timer);
        page.off('websocket', watch);
        resolve();
      });
    };
    page.on('websocket', watch);
  });
  await page.goto(path);
  await greeted;
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
}

const notReloaded = (page: Page) => page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded);
const card = (page: Page, title: string) => page.locator('[data-testid=suggestion]', { hasText: title });
/** Within 5 s (a second on an idle machine, this one is shared). */
const soon = { timeout: 5000 };

beforeAll(async () => {
  session = await startBrowserSession({ locale: 'fr-FR' });
  other = await openExtraBrowser(session, { locale: 'fr-FR' });
  const people = new BandFixture(session.app.baseUrl);
  aliceApi = await people.person('Alice');
  brunoApi = await people.person('Bruno');
  bandId = await people.band(aliceApi, [[brunoApi, 'member']]);
  await brunoApi.post(`/api/bands/${bandId}/suggestions`, { title: 'Valerie', artist: 'Amy Winehouse' });
  gigId = (await aliceApi.post(`/api/bands/${bandId}/gigs`, MIDSUMMER_GIG)).body.id;
  alice = await session.context.newPage();
  brunoSuggestions = await other.context.newPage();
  await signIn(alice, aliceApi.username, PERSON_PASSWORD);
  await signIn(brunoSuggestions, brunoApi.username, PERSON_PASSWORD);
  brunoRepertoire = await other.context.newPage();
});
afterAll(async () => {
  await other?.close();
  await session?.close();
});

describe('live updates between two people of a band, in Chromium', () => {
  it("shows a member's vote on the manager's open list, and the promotion on the member's open screens", async () => {
    await open(alice, '/suggestions');
    await open(brunoSuggestions, '/suggestions');
    await open(brunoRepertoire, '/repertoire');
    await brunoRepertoire.locator('[data-testid=songs-empty]').waitFor();
    await card(alice, 'Valerie').waitFor();
    await card(brunoSuggestions, 'Valerie').waitFor();

    await card(brunoSuggestions, 'Valerie').locator('[data-testid=vote]').click();
    await card(alice, 'Valerie')
      .locator('[data-testid=vote-count]', { hasText: /^\s*1\s*$/ })
      .waitFor(soon);

    await card(alice, 'Valerie').locator('[data-testid=promote-suggestion]').click();
    await alice.click('[data-testid=confirm-ok]');
    await alice.waitForURL((url) => url.pathname.startsWith('/repertoire/'));
    await card(brunoSuggestions, 'Valerie').waitFor({ state: 'detached', ...soon });
    await brunoRepertoire.locator('[data-testid=song-title]', { hasText: 'Valerie' }).waitFor(soon);

    expect(await notReloaded(alice)).toBe(true);
    expect(await notReloaded(brunoSuggestions)).toBe(true);
    expect(await notReloaded(brunoRepertoire)).toBe(true);
  });

  it("shows the manager's answer on the member's open gig page", async () => {
    await open(brunoSuggestions, `/gigs/${gigId}`);
    await open(alice, `/gigs/${gigId}`);
    const yes = brunoSuggestions.locator('[data-testid=attendance-count-yes] .count-value');
    await yes.waitFor();
    expect(await yes.textContent()).toBe('0');

    await Promise.all([
      alice.waitForResponse((response) => response.url().endsWith(`/gigs/${gigId}/attendance`)),
      alice.click('[data-testid=my-answer-yes]'),
    ]);
    await brunoSuggestions.locator('[data-testid=attendance-group-yes]', { hasText: 'Alice' }).waitFor(soon);
    expect(await yes.textContent()).toBe('1');
    expect(await notReloaded(brunoSuggestions)).toBe(true);
  });
});
