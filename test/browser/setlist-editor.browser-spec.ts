import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/accessibility.js';
import { BandFixture, type Person } from '../support/band-fixture.js';
import { type BrowserSession, signIn, SMALL_PHONE, startBrowserSession, untilRendered } from '../support/browser.js';
import { MIDSUMMER_GIG } from '../support/schedule-seeds.js';

// A manager on a 360 px phone builds a gig's setlist from the repertoire (songs, a break
// « Rappel »), reorders it from the keyboard and with the mouse, watches the durations, saves it
// and finds it again; then plans a rehearsal from the planner's proposals. What reached the server
// is read through the API. A member only sees that these screens are the managers'.
let session: BrowserSession;
let page: Page;
let manager: Person;
let member: Person;
let gigId = '';
let rehearsalId = '';
const songIds: Record<string, string> = {};

const SONGS = [
  { title: 'Respect', artist: 'Aretha Franklin', key: 'C', bpm: 115, durationSec: 147 },
  { title: 'Superstition', artist: 'Stevie Wonder', key: 'Ebm', bpm: 100, durationSec: 245 },
  { title: 'Valerie', artist: 'Amy Winehouse', key: 'Eb', bpm: 105, durationSec: null },
  { title: 'September', artist: 'Earth, Wind & Fire', key: 'A', bpm: 126, durationSec: 215 },
  { title: 'Crazy in Love', artist: 'Beyoncé', key: 'D', bpm: 99, durationSec: 236 },
  { title: 'Get Lucky', artist: 'Daft Punk', key: 'F#m', bpm: 116, durationSec: 248 },
];

/** Text with every run of spaces (no-break ones too) as one space. */
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The running order as shown: song titles, breaks as « Pause: label ». */
async function shownOrder(): Promise<string[]> {
  return page.$$eval('[data-testid=running-order-line]', (lines) =>
    lines.map((line) => {
      const song = line.querySelector('[data-testid=setlist-song] .song-title');
      if (song) return song.textContent!.trim();
      return `Pause: ${line.querySelector<HTMLInputElement>('[data-testid=setlist-break] input')!.value}`;
    }),
  );
}

async function shownSets(): Promise<string[]> {
  return (await page.locator('[data-testid=setlist-set]').allTextContents()).map(plain);
}

async function savedOrder(): Promise<string[]> {
  const { body } = await manager.get(`/api/gigs/${gigId}`);
  return body.setlist.items.map((item: { type: string; title?: string; label?: string | null }) =>
    item.type === 'song' ? item.title : `Pause: ${item.label ?? ''}`,
  );
}

/** A button's accessible name « Verb « Title »… », whatever the spaces. */
const named = (verb: string, title: string, tail = '') => new RegExp(`^${verb}\\s«\\s${title}\\s»${tail}$`);
const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
const announcement = async () => plain(await page.locator('[data-testid=running-order-announcement]').textContent());

beforeAll(async () => {
  session = await startBrowserSession({ locale: 'fr-FR' });
  const people = new BandFixture(session.app.baseUrl);
  manager = await people.person('Léa');
  member = await people.person('Sam');
  const bandId = await people.band(manager, [[member, 'member']], 'Les Baguettes Folles');
  for (const song of SONGS) {
    const added = await manager.post(`/api/bands/${bandId}/songs`, song);
    expect(added.status).toBe(201);
    songIds[song.title] = added.body.id;
  }
  gigId = (await manager.post(`/api/bands/${bandId}/gigs`, MIDSUMMER_GIG)).body.id;
  rehearsalId = (
    await manager.post(`/api/bands/${bandId}/rehearsals`, {
      startsAt: '2027-06-17T20:00:00+02:00',
      endsAt: '2027-06-17T23:00:00+02:00',
      songIds: [songIds['Crazy in Love']],
    })
  ).body.items[0].id;
  page = await session.context.newPage();
  await page.setViewportSize(SMALL_PHONE);
  await signIn(page, manager.username, 'correct horse');
});
afterAll(() => session?.close());

describe('the setlist editor, in Chromium at 360 px', () => {
  it('builds the setlist from the repertoire, a break « Rappel » between the sets, durations live', async () => {
    await page.goto(`/gigs/${gigId}/setlist`);
    await page.locator('[data-testid=setlist-empty]').waitFor();
    expect(plain(await page.locator('[data-testid=setlist-gig]').textContent())).toContain(
      'Fête de la musique · lundi 21 juin, 20:00–01:30',
    );
    const add = async (title: string) => {
      await page.getByRole('button', { name: named('Ajouter', title, ' à la setlist') }).click();
      await page.locator(`[data-testid=setlist-song][data-song-id="${songIds[title]}"]`).waitFor();
    };
    await add('Respect');
    await add('Superstition');
    await add('Valerie');
    await page.click('[data-testid=add-break]');
    // The new break's label takes the focus once rendered: type there, not before.
    await page.waitForFunction(() => document.activeElement?.closest('[data-testid=setlist-break]') != null);
    await page.keyboard.type('Rappel');
    await add('September');

    expect(await shownOrder()).toEqual(['Respect', 'Superstition', 'Valerie', 'Pause: Rappel', 'September']);
    expect(
      await page
        .locator(`[data-testid=pick-song][data-song-id="${songIds['Respect']}"] [data-testid=pick-chosen]`)
        .count(),
    ).toBe(1);
    expect(
      await page
        .locator(`[data-testid=pick-song][data-song-id="${songIds['Get Lucky']}"] [data-testid=pick-chosen]`)
        .count(),
    ).toBe(0);
    expect(plain(await page.locator('[data-testid=setlist-total]').textContent())).toBe(
      'En tout : 4 morceaux · 10 min · 1 morceau sans durée',
    );
    expect(await shownSets()).toEqual([
      'Set 1 : 3 morceaux · 7 min · 1 morceau sans durée',
      'Rappel : 1 morceau · 4 min',
    ]);
  });

  it('moves a song from the keyboard, the focus staying on it, its new place announced', async () => {
    await page.getByRole('button', { name: named('Descendre', 'Respect') }).focus();
    await page.keyboard.press('Enter');
    await untilRendered(page);
    expect(await shownOrder()).toEqual(['Superstition', 'Respect', 'Valerie', 'Pause: Rappel', 'September']);
    expect(plain(await focusedLabel())).toBe('Descendre « Respect »');
    expect(await announcement()).toBe('Respect : position 2 sur 5');

    // Alt+↓ on the focused line, twice: across the break, into the second set.
    await page.keyboard.press('Alt+ArrowDown');
    await untilRendered(page);
    await page.keyboard.press('Alt+ArrowDown');
    await untilRendered(page);
    expect(await shownOrder()).toEqual(['Superstition', 'Valerie', 'Pause: Rappel', 'Respect', 'September']);
    expect(plain(await focusedLabel())).toBe('Descendre « Respect »');
    expect(await announcement()).toBe('Respect : position 4 sur 5');
    expect(await shownSets()).toEqual([
      'Set 1 : 2 morceaux · 4 min · 1 morceau sans durée',
      'Rappel : 2 morceaux · 6 min',
    ]);

    // At the top, « Monter » is disabled and Alt+↑ moves nothing.
    await page.getByRole('button', { name: named('Déplacer', 'Superstition') }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await untilRendered(page);
    expect((await shownOrder())[0]).toBe('Superstition');
    expect(await page.getByRole('button', { name: named('Monter', 'Superstition') }).isDisabled()).toBe(true);
  });

  it('moves a song by dragging its handle with the mouse', async () => {
    await page.locator('bt-running-order').evaluate((list) => list.scrollIntoView({ block: 'start' }));
    const handle = page.getByRole('button', { name: named('Déplacer', 'September') });
    const from = (await handle.boundingBox())!;
    const top = (await page.locator('[data-testid=running-order-line]').first().boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 10, { steps: 5 });
    await page.mouse.move(from.x + from.width / 2, top.y + 4, { steps: 20 });
    await page.mouse.up();
    // The dragged line's copy glides to its place, then goes.
    await page.locator('.cdk-drag-preview').waitFor({ state: 'detached' });
    await untilRendered(page);
    expect(await shownOrder()).toEqual(['September', 'Superstition', 'Valerie', 'Pause: Rappel', 'Respect']);
    expect(await announcement()).toBe('September : position 1 sur 5');
    expect(plain(await page.locator('[data-testid=setlist-total]').textContent())).toBe(
      'En tout : 4 morceaux · 10 min · 1 morceau sans durée',
    );
    expect(await shownSets()).toEqual([
      'Set 1 : 3 morceaux · 8 min · 1 morceau sans durée',
      'Rappel : 1 morceau · 2 min',
    ]);
  });

  it('asks before leaving with changes not saved', async () => {
    await page.click('[data-testid=nav-repertoire]');
    await page.locator('[data-testid=confirm-dialog][open]').waitFor();
    await page.click('[data-testid=confirm-cancel]');
    expect(new URL(page.url()).pathname).toBe(`/gigs/${gigId}/setlist`);
    expect(await shownOrder()).toHaveLength(5);
  });

  it('has no accessibility violation', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('saves the whole list, finds it again after a reload, and the API has the same order', async () => {
    await Promise.all([
      page.waitForResponse((response) => response.url().endsWith(`/gigs/${gigId}/setlist`) && response.ok()),
      page.click('[data-testid=setlist-save]'),
    ]);
    await page.locator('[data-testid=setlist-save-status]', { hasText: 'Setlist enregistrée.' }).waitFor();
    const expected = ['September', 'Superstition', 'Valerie', 'Pause: Rappel', 'Respect'];
    expect(await savedOrder()).toEqual(expected);
    await page.reload();
    await page.locator('[data-testid=running-order-line]').first().waitFor();
    expect(await shownOrder()).toEqual(expected);
    expect(await page.locator('[data-testid=setlist-save]').isDisabled()).toBe(true);
  });

  it('on a stale save (another manager saved meanwhile) asks first; the API has no 409: the last save wins', async () => {
    const other = await manager.put(`/api/gigs/${gigId}/setlist`, { items: [{ songId: songIds['Get Lucky'] }] });
    expect(other.status).toBe(200);
    await page.getByRole('button', { name: named('Retirer', 'Respect') }).click();
    let puts = 0;
    page.on('request', (request) => {
      if (request.method() === 'PUT' && request.url().endsWith(`/gigs/${gigId}/setlist`)) puts++;
    });

    await page.click('[data-testid=setlist-save]');
    const dialog = page.locator('[data-testid=confirm-dialog][open]');
    await dialog.waitFor();
    expect(plain(await dialog.locator('h2').textContent())).toBe('La setlist a changé entre-temps');
    await page.click('[data-testid=confirm-cancel]');
    await page.locator('[data-testid=setlist-stale]').waitFor();
    await page.locator('[data-testid=setlist-reload]').waitFor();
    expect(puts).toBe(0);

    await page.click('[data-testid=setlist-save]');
    await dialog.waitFor();
    const [response] = await Promise.all([
      page.waitForResponse((response) => response.url().endsWith(`/gigs/${gigId}/setlist`)),
      page.click('[data-testid=confirm-ok]'),
    ]);
    expect(response.status()).toBe(200);
    await page.locator('[data-testid=setlist-save-status]', { hasText: 'Setlist enregistrée.' }).waitFor();
    await page.locator('[data-testid=setlist-stale]').waitFor({ state: 'detached' });
    expect(await savedOrder()).toEqual(['September', 'Superstition', 'Valerie', 'Pause: Rappel']);
  });

  it('reads the other manager’s version again on « Recharger la setlist »', async () => {
    await manager.put(`/api/gigs/${gigId}/setlist`, {
      items: [{ songId: songIds['Get Lucky'] }, { songId: songIds['Superstition'] }, { songId: songIds['Valerie'] }],
    });
    await page.getByRole('button', { name: named('Retirer', 'September') }).click();
    await page.click('[data-testid=setlist-save]');
    await page.locator('[data-testid=confirm-dialog][open]').waitFor();
    await page.click('[data-testid=confirm-cancel]');
    await page.click('[data-testid=setlist-reload]');
    await page.locator(`[data-testid=setlist-song][data-song-id="${songIds['Get Lucky']}"]`).waitFor();
    expect(await shownOrder()).toEqual(['Get Lucky', 'Superstition', 'Valerie']);
    expect(await page.locator('[data-testid=setlist-save]').isDisabled()).toBe(true);
  });
});

describe('the rehearsal planner, in Chromium at 360 px', () => {
  it('shows the proposals with their reason, the rehearsal’s own songs first', async () => {
    await page.goto(`/rehearsals/${rehearsalId}/plan`);
    await page.locator('[data-testid=proposal]').first().waitFor();
    expect(await page.locator('[data-testid=chosen-song]').allTextContents()).toEqual(['Crazy in Love']);
    const reasonOf = async (title: string) =>
      plain(
        await page
          .locator(`[data-testid=proposal][data-song-id="${songIds[title]}"] [data-testid=proposal-reason]`)
          .textContent(),
      );
    expect(await reasonOf('Superstition')).toBe(
      'Au programme de « Fête de la musique » (lundi 21 juin), pas encore maîtrisé',
    );
    expect(await reasonOf('Respect')).toBe('Jamais travaillé en répétition');
    expect(await page.locator(`[data-testid=proposal][data-song-id="${songIds['Crazy in Love']}"]`).count()).toBe(0);
  });

  it('accepts two, reorders them, saves, and the API has the songIds in that order', async () => {
    await page.getByRole('button', { name: named('Ajouter', 'Valerie', ' à la répétition') }).click();
    await page.getByRole('button', { name: named('Ajouter', 'Get Lucky', ' à la répétition') }).click();
    await page.locator(`[data-testid=chosen-song][data-song-id="${songIds['Get Lucky']}"]`).waitFor();
    expect(await page.locator('[data-testid=chosen-song]').allTextContents()).toEqual([
      'Crazy in Love',
      'Valerie',
      'Get Lucky',
    ]);
    expect(await page.locator(`[data-testid=proposal][data-song-id="${songIds['Valerie']}"]`).count()).toBe(0);
    await page.getByRole('button', { name: named('Monter', 'Get Lucky') }).click();
    await untilRendered(page);
    expect(plain(await focusedLabel())).toBe('Monter « Get Lucky »');
    await page.keyboard.press('Alt+ArrowUp');
    await untilRendered(page);
    expect(await page.locator('[data-testid=chosen-song]').allTextContents()).toEqual([
      'Get Lucky',
      'Crazy in Love',
      'Valerie',
    ]);
    expect(await announcement()).toBe('Get Lucky : position 1 sur 3');
    expect(await axeViolations(page)).toEqual([]);
    await Promise.all([
      page.waitForResponse((response) => response.url().endsWith(`/rehearsals/${rehearsalId}`) && response.ok()),
      page.click('[data-testid=planner-save]'),
    ]);
    const { body } = await manager.get(`/api/rehearsals/${rehearsalId}`);
    expect(body.songIds).toEqual([songIds['Get Lucky'], songIds['Crazy in Love'], songIds['Valerie']]);
  });
});

describe('a member', () => {
  it('sees that the setlist editor and the planner are the managers’', async () => {
    await signIn(page, member.username, 'correct horse');
    await page.goto(`/gigs/${gigId}/setlist`);
    await page.locator('[data-testid=managers-only]').waitFor();
    expect(plain(await page.locator('[data-testid=managers-only]').textContent())).toContain('Réservé aux managers');
    expect(await page.locator('[data-testid=running-order-line]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`/rehearsals/${rehearsalId}/plan`);
    await page.locator('[data-testid=managers-only]').waitFor();
    expect(await page.locator('[data-testid=proposal]').count()).toBe(0);
    expect((await member.get(`/api/rehearsals/${rehearsalId}/proposed-songs`)).status).toBe(403);
  });
});
