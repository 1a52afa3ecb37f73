import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { BandFixture, type Person } from '../support/band-fixture.js';
import { type BrowserSession, type ExtraBrowser, openExtraBrowser, startBrowserSession } from '../support/browser.js';

// Two members of one band: Alice, its admin (the session's persistent profile, a 390 px phone), and
// Bruno, a member (a second Chromium, 360 px). Their accounts and band are made through the API;
// everything else goes through the screens, and what reached the server is checked through the API.
let session: BrowserSession;
let other: ExtraBrowser;
let alice: Page;
let bruno: Page;
let aliceApi: Person;
let brunoApi: Person;
let bandId = '';

async function signIn(page: Page, username: string) {
  await page.goto('/login');
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', 'correct horse');
  await page.click('button[type=submit]');
  await page.waitForURL((url) => url.pathname === '/');
}

/** The band's suggestions as `person` reads them from the API. */
async function suggestions(person: Person) {
  const answer = await person.get(`/api/bands/${bandId}/suggestions?sort=recent`);
  return answer.body.items as { id: string; title: string; votes: number; votedByMe: boolean }[];
}

/** Sets a level control the way its keyboard does: the range's value, then its change event. */
async function chooseLevel(page: Page, level: number) {
  await page.locator('[data-testid=my-level-control] input[type=range]').evaluate((range: HTMLInputElement, value) => {
    range.value = String(value);
    range.dispatchEvent(new Event('change', { bubbles: true }));
  }, level);
}

/** Chooses a level and waits for the server's answer. */
async function rate(page: Page, level: number) {
  const [answer] = await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/progress') && response.request().method() === 'PUT'),
    chooseLevel(page, level),
  ]);
  expect(answer.status()).toBe(200);
}

const card = (page: Page, title: string) => page.locator('[data-testid=suggestion]', { hasText: title });
/** Waits (a few seconds at most, the machine may be busy) until the card shows exactly `count` votes. */
const expectVoteCount = (page: Page, title: string, count: string) =>
  card(page, title)
    .locator('[data-testid=vote-count]', { hasText: new RegExp(`^\\s*${count}\\s*$`) })
    .waitFor({ timeout: 5000 });

beforeAll(async () => {
  session = await startBrowserSession({ locale: 'fr-FR' });
  other = await openExtraBrowser(session, { locale: 'fr-FR' });
  const people = new BandFixture(session.app.baseUrl);
  aliceApi = await people.person('Alice');
  brunoApi = await people.person('Bruno');
  bandId = await people.band(aliceApi, [[brunoApi, 'member']]);
  alice = await session.context.newPage();
  bruno = await other.context.newPage();
  await signIn(alice, 'user1');
  await signIn(bruno, 'user2');
});
afterAll(async () => {
  await other?.close();
  await session?.close();
});

describe('suggestions and votes, in Chromium', () => {
  it('lets a member suggest a song from the Suggestions tab', async () => {
    await alice.click('[data-testid=nav-suggestions]');
    await alice.waitForURL((url) => url.pathname === '/suggestions');
    await alice.waitForSelector('[data-testid=suggestions-empty]');

    await alice.click('[data-testid=new-suggestion]');
    // Checked in the app first: a title is needed.
    await alice.click('[data-testid=save-suggestion]');
    await alice.waitForSelector('#suggestion-title-error');
    await alice.fill('input[name=title]', 'Superstition');
    await alice.fill('input[name=artist]', 'Stevie Wonder');
    await alice.fill('textarea[name=links]', 'https://www.youtube.com/watch?v=0J2QdDbelmY');
    await alice.fill('textarea[name=comment]', 'Pour ouvrir le concert');
    await alice.click('[data-testid=save-suggestion]');
    await alice.waitForSelector('[data-testid=suggestions-notice]');
    expect(await alice.textContent('[data-testid=suggestions-notice]')).toContain('« Superstition » est proposé');
    await expectVoteCount(alice, 'Superstition', '0');
    // The YouTube link plays on a tap, in the privacy-enhanced player.
    expect(await card(alice, 'Superstition').locator('bt-link-player .play').count()).toBe(1);
  });

  it('counts the votes of two members at once, and the server has both', async () => {
    await card(alice, 'Superstition').locator('[data-testid=vote]').click();
    await expectVoteCount(alice, 'Superstition', '1');
    expect(await card(alice, 'Superstition').locator('[data-testid=vote]').getAttribute('aria-pressed')).toBe('true');

    await bruno.click('[data-testid=nav-suggestions]');
    await card(bruno, 'Superstition').waitFor();
    await bruno.waitForFunction(
      () => document.querySelector('[data-testid=suggestion] [data-testid=vote-count]')?.textContent === '1',
    );
    const [answer] = await Promise.all([
      bruno.waitForResponse((response) => response.url().endsWith('/vote') && response.request().method() === 'POST'),
      card(bruno, 'Superstition').locator('[data-testid=vote]').click(),
    ]);
    expect(answer.status()).toBe(200);
    expect(await answer.json()).toEqual({ votes: 2, votedByMe: true });
    await expectVoteCount(bruno, 'Superstition', '2');

    const [song] = await suggestions(aliceApi);
    expect(song).toMatchObject({ title: 'Superstition', votes: 2, votedByMe: true });
  });

  it('keeps a vote made offline, shows it pending, and sends it once back online', async () => {
    await brunoApi.post(`/api/bands/${bandId}/suggestions`, { title: 'Valerie', artist: 'Amy Winehouse' });
    await bruno.reload();
    await card(bruno, 'Valerie').waitFor();

    await other.context.setOffline(true);
    try {
      await card(bruno, 'Valerie').locator('[data-testid=vote]').click();
      await expectVoteCount(bruno, 'Valerie', '1');
      await card(bruno, 'Valerie').locator('[data-testid=vote-pending]').waitFor();
      await bruno.waitForSelector('[data-testid=outbox-waiting]');
      expect((await suggestions(brunoApi)).find((s) => s.title === 'Valerie')).toMatchObject({ votes: 0 });
    } finally {
      await other.context.setOffline(false);
    }
    await card(bruno, 'Valerie').locator('[data-testid=vote-pending]').waitFor({ state: 'detached' });
    expect((await suggestions(brunoApi)).find((s) => s.title === 'Valerie')).toMatchObject({
      votes: 1,
      votedByMe: true,
    });
    await expectVoteCount(bruno, 'Valerie', '1');
  });

  it('searches by artist and sorts by date', async () => {
    await bruno.fill('input[name=q]', 'winehouse');
    await bruno.waitForFunction(() => document.querySelectorAll('[data-testid=suggestion]').length === 1);
    expect(await bruno.textContent('[data-testid=suggestion-title]')).toBe('Valerie');
    await bruno.fill('input[name=q]', '');
    await bruno.click('[data-testid=sort-recent]');
    await bruno.waitForFunction(() => document.querySelectorAll('[data-testid=suggestion]').length === 2);
    expect(await bruno.locator('[data-testid=suggestion-title]').allTextContents()).toEqual([
      'Valerie',
      'Superstition',
    ]);
  });

  it('lets the author edit their suggestion, and only managers see promote', async () => {
    expect(await card(bruno, 'Superstition').locator('[data-testid=edit-suggestion]').count()).toBe(0);
    expect(await card(bruno, 'Valerie').locator('[data-testid=promote-suggestion]').count()).toBe(0);
    await card(bruno, 'Valerie').locator('[data-testid=edit-suggestion]').click();
    await bruno.fill('input[name=versionOf]', 'The Zutons');
    await bruno.click('[data-testid=save-suggestion]');
    await card(bruno, 'Valerie').locator('text=reprise de The Zutons').waitFor();
  });
});

describe('songs in rehearsal, in Chromium', () => {
  let songId = '';

  it('lets a manager put the most voted suggestion into rehearsal', async () => {
    await alice.goto('/suggestions');
    await card(alice, 'Superstition').locator('[data-testid=promote-suggestion]').click();
    await alice.click('[data-testid=confirm-ok]');
    await alice.waitForURL((url) => url.pathname.startsWith('/repertoire/'));
    songId = new URL(alice.url()).pathname.split('/').pop()!;
    expect(await alice.textContent('h1')).toBe('Superstition');
    expect(await alice.textContent('[data-testid=band-average]')).toContain("Personne n'a encore donné son niveau");

    const song = await aliceApi.get(`/api/songs/${songId}`);
    expect(song.body).toMatchObject({ title: 'Superstition', artist: 'Stevie Wonder', votesAtPromotion: 2 });
    expect((await suggestions(aliceApi)).map((s) => s.title)).toEqual(['Valerie']);
  });

  it('lets each member rate the song, and shows the band average and the others without names', async () => {
    await rate(alice, 8);
    expect((await alice.textContent('[data-testid=level-value]'))?.trim()).toBe('8/10');

    await bruno.click('[data-testid=nav-repertoire]');
    await bruno.waitForURL((url) => url.pathname === '/repertoire');
    await bruno.click('[data-testid=song] >> text=Superstition');
    await bruno.waitForURL((url) => url.pathname === `/repertoire/${songId}`);
    await bruno.waitForSelector('[data-testid=other-levels]');
    expect(await bruno.locator('[data-testid=other-levels] li').allTextContents()).toEqual(['8']);
    await rate(bruno, 5);
    await bruno.waitForFunction(() =>
      document.querySelector('[data-testid=band-average]')?.textContent?.includes('Moyenne : 6,5 sur 10'),
    );
    expect(await bruno.textContent('[data-testid=band-average]')).toContain('2 membres ont donné leur niveau');

    await alice.reload();
    await alice.waitForSelector('[data-testid=other-levels]');
    expect(await alice.textContent('[data-testid=band-average]')).toContain('Moyenne : 6,5 sur 10');
    expect(await alice.locator('[data-testid=other-levels] li').allTextContents()).toEqual(['5']);
    expect((await aliceApi.get(`/api/songs/${songId}`)).body).toMatchObject({ bandAverageLevel: 6.5, ratedBy: 2 });
  });

  it('keeps my private note to myself', async () => {
    await bruno.fill('textarea[name=note]', 'Le pont : compter 4 temps');
    await bruno.click('[data-testid=save-note]');
    await bruno.waitForSelector('[data-testid=note-saved]');
    expect((await brunoApi.get(`/api/songs/${songId}`)).body.myProgress).toEqual({
      level: 5,
      note: 'Le pont : compter 4 temps',
    });
    expect(JSON.stringify((await aliceApi.get(`/api/songs/${songId}`)).body)).not.toContain('compter 4 temps');
  });

  it('keeps a level set offline, shown pending, and sends it once back online', async () => {
    await other.context.setOffline(true);
    try {
      await chooseLevel(bruno, 9);
      await bruno.waitForSelector('[data-testid=my-level-control] .pending');
      expect((await brunoApi.get(`/api/songs/${songId}`)).body.myProgress.level).toBe(5);
    } finally {
      await other.context.setOffline(false);
    }
    await bruno.waitForSelector('[data-testid=my-level-control] .pending', { state: 'detached' });
    expect((await brunoApi.get(`/api/songs/${songId}`)).body).toMatchObject({
      myProgress: { level: 9, note: 'Le pont : compter 4 temps' },
      bandAverageLevel: 8.5,
    });
  });

  it('lists the song with my level, and moves it to Mastered when a manager says so', async () => {
    await alice.click('[data-testid=toggle-mastered]');
    await alice.waitForFunction(() =>
      document.querySelector('[data-testid=song-status]')?.textContent?.includes('Maîtrisé'),
    );
    await alice.click('[data-testid=nav-repertoire]');
    await alice.waitForSelector('[data-testid=songs-empty]');
    await alice.click('[data-testid=tab-mastered]');
    await alice.waitForSelector('[data-testid=song]');
    expect((await alice.textContent('[data-testid=song] [data-testid=my-level]'))?.trim()).toContain('8');
  });

  it('shows the song read last while offline', async () => {
    await alice.goto(`/repertoire/${songId}`);
    await alice.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await alice.reload();
    await alice.waitForSelector('[data-testid=other-levels]');
    await session.context.setOffline(true);
    try {
      await alice.reload();
      await alice.waitForSelector('[data-testid=offline-banner]');
      expect(await alice.textContent('h1')).toBe('Superstition');
      expect(await alice.isDisabled('[data-testid=toggle-mastered]')).toBe(true);
    } finally {
      await session.context.setOffline(false);
    }
  });

  it('fits a 360 px phone without sideways scrolling', async () => {
    for (const screen of ['/suggestions', '/repertoire', `/repertoire/${songId}`]) {
      await bruno.goto(screen);
      await bruno.waitForSelector('main#main h1');
      const overflow = await bruno.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect([screen, overflow]).toEqual([screen, 0]);
    }
  });

  it('lets a manager edit the song’s key and duration, and a member sees no edit control', async () => {
    await bruno.goto(`/repertoire/${songId}`);
    await bruno.waitForSelector('[data-testid=song-key]');
    expect(await bruno.locator('[data-testid=edit-song]').count()).toBe(0);

    await alice.goto(`/repertoire/${songId}`);
    await alice.click('[data-testid=edit-song]');
    const form = alice.locator('[data-testid=song-form]');
    expect(await form.locator('input[name=title]').inputValue()).toBe('Superstition');
    // Checked in the app first: a duration reads like 4:05.
    await form.locator('input[name=durationSec]').fill('4:75');
    await alice.click('[data-testid=save-song]');
    await alice.waitForSelector('#song-durationSec-error');
    await form.locator('input[name=key]').fill('Fa mineur');
    await form.locator('input[name=durationSec]').fill('3:58');
    await alice.click('[data-testid=save-song]');
    await alice.locator('[data-testid=song-key]', { hasText: 'Fa mineur' }).waitFor();
    expect((await alice.textContent('[data-testid=song-duration]'))?.trim()).toBe('3:58');
    expect((await aliceApi.get(`/api/songs/${songId}`)).body).toMatchObject({ key: 'Fa mineur', durationSec: 238 });

    await bruno.reload();
    await bruno.locator('[data-testid=song-key]', { hasText: 'Fa mineur' }).waitFor();
  });

  it('reads the repertoire page after page, in the order chosen', async () => {
    for (let i = 1; i <= 55; i++) {
      const title = `Morceau ${String(i).padStart(2, '0')}`;
      expect((await aliceApi.post(`/api/bands/${bandId}/songs`, { title })).status).toBe(201);
    }
    await bruno.goto('/repertoire');
    await bruno.selectOption('select[name=sort]', 'myLevel');
    const songs = bruno.locator('[data-testid=song]');
    await bruno.waitForFunction(() => document.querySelectorAll('[data-testid=song]').length === 50);
    await bruno.click('[data-testid=load-more]');
    await bruno.waitForFunction(() => document.querySelectorAll('[data-testid=song]').length === 55);
    expect(await bruno.locator('[data-testid=load-more]').count()).toBe(0);
    const titles = (await songs.locator('[data-testid=song-title]').allTextContents()).map((t) => t.trim());
    // Not rated by Bruno: all of them, by title.
    expect(titles).toEqual([...titles].sort());
    expect(new Set(titles).size).toBe(55);
  });

  it('lets a manager send the song back to the suggestions', async () => {
    await alice.goto(`/repertoire/${songId}`);
    await alice.click('[data-testid=demote-song]');
    await alice.click('[data-testid=confirm-ok]');
    await alice.waitForURL((url) => url.pathname === '/suggestions');
    await card(alice, 'Superstition').waitFor();
    expect((await aliceApi.get(`/api/songs/${songId}`)).status).toBe(404);
  });
});
