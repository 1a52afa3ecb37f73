import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { pdfPages } from '../../backend/src/modules/exports/testing/pdf-text.js';
import { axeViolations } from '../support/accessibility.js';
import { BandFixture, PERSON_PASSWORD, type Person } from '../support/band-fixture.js';
import { type BrowserSession, signIn, SMALL_PHONE, startBrowserSession } from '../support/browser.js';
import { MIDSUMMER_GIG } from '../support/schedule-seeds.js';

// The exports on a 360 px phone: a member downloads the repertoire and a gig's setlist from their
// screens (PDF list, PDF stage, CSV) with nothing but the session cookie, and reads them back; the
// admin switches the band's exports to English in the band settings, and the next download speaks it.
let session: BrowserSession;
let page: Page;
let admin: Person;
let sam: Person;
let bandId = '';
let gigId = '';

/** Clicks a link, waits for the browser's download, and gives its name and bytes. */
async function downloaded(on: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([on.waitForEvent('download'), on.click(`[data-testid=${testId}]`)]);
  return { name: download.suggestedFilename(), bytes: await readFile((await (download as Download).path())!) };
}
const records = (bytes: Buffer) =>
  bytes
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .split('\r\n')
    .slice(0, -1);

beforeAll(async () => {
  session = await startBrowserSession({ locale: 'fr-FR' });
  const people = new BandFixture(session.app.baseUrl);
  admin = await people.person('Léa');
  sam = await people.person('Sam');
  bandId = await people.band(admin, [[sam, 'member']], 'Les Baguettes Folles');
  const song = async (title: string, key: string, bpm: number, durationSec: number) =>
    (await admin.post(`/api/bands/${bandId}/songs`, { title, key, bpm, durationSec })).body.id as string;
  const creep = await song('Creep', 'Sol', 92, 240);
  const zombie = await song('Zombie', 'Mi mineur', 84, 300);
  gigId = (await admin.post(`/api/bands/${bandId}/gigs`, MIDSUMMER_GIG)).body.id;
  const setlist = await admin.put(`/api/gigs/${gigId}/setlist`, {
    items: [{ songId: creep }, { break: true, label: 'Rappel' }, { songId: zombie }],
  });
  expect(setlist.status).toBe(200);
  page = await session.context.newPage();
  await page.setViewportSize(SMALL_PHONE);
  await signIn(page, sam.username, PERSON_PASSWORD);
});
afterAll(() => session?.close());

describe('exports, in Chromium', () => {
  it('downloads the repertoire from its screen as a stage PDF and a CSV', async () => {
    await page.click('[data-testid=nav-repertoire]');
    await page.waitForURL((url) => url.pathname === '/repertoire');
    const exports = page.locator('[data-testid=repertoire-export]');
    await exports.getByRole('group', { name: 'Exporter' }).waitFor();
    expect(await exports.locator('a').allTextContents()).toEqual(['PDF liste', 'PDF scène', 'CSV']);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);

    const stage = await downloaded(page, 'export-pdf-stage');
    expect(stage.name).toBe('répertoire-les-baguettes-folles-scène.pdf');
    const [sheet, ...more] = await pdfPages(stage.bytes);
    expect(more).toEqual([]);
    expect(sheet).toMatch(/^Les Baguettes Folles Répertoire au .* 1 Creep Sol · 92 BPM · 4:00 2 Zombie Mi mineur/);

    const csv = await downloaded(page, 'export-csv');
    expect(csv.name).toBe('répertoire-les-baguettes-folles.csv');
    expect(records(csv.bytes)).toEqual([
      'Titre;Artiste;Tonalité;Tempo (BPM);Durée;Statut',
      'Creep;;Sol;92;0:04:00;En apprentissage',
      'Zombie;;Mi mineur;84;0:05:00;En apprentissage',
    ]);
  });

  it('downloads a gig’s setlist from its page, set by set', async () => {
    await page.goto(`/gigs/${gigId}`);
    const exports = page.locator('[data-testid=setlist-export]');
    await exports.getByRole('group', { name: 'Exporter' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const list = await downloaded(page, 'export-pdf-list');
    expect(list.name).toBe('setlist-fête-de-la-musique-2027-06-21.pdf');
    const [sheet, ...more] = await pdfPages(list.bytes);
    expect(more).toEqual([]);
    expect(sheet).toMatch(/^Fête de la musique Les Baguettes Folles lundi 21 juin 2027, 20:00 – mardi 22 juin, 01:30/);
    expect(sheet).toMatch(/Set 1 1 morceau · 4 min .*Creep .*— Pause — Rappel 1 morceau · 5 min .*Zombie/);

    const stage = await downloaded(page, 'export-pdf-stage');
    expect(await pdfPages(stage.bytes)).toHaveLength(2);
  });

  it('speaks English once the admin chooses it for the band’s exports', async () => {
    await signIn(page, admin.username, PERSON_PASSWORD);
    await page.goto('/settings/band');
    await page.selectOption('select[name=language]', 'en');
    await page.click('[data-testid=save-band]');
    await page.locator('[data-testid=band-saved]').waitFor();
    expect((await admin.get(`/api/bands/${bandId}`)).body.language).toBe('en');

    await page.goto(`/gigs/${gigId}`);
    await page.locator('[data-testid=setlist-export]').waitFor();
    const csv = await downloaded(page, 'export-csv');
    expect(csv.name).toBe('setlist-fête-de-la-musique-2027-06-21.csv');
    expect(records(csv.bytes)).toEqual([
      'No.;Set;Title;Artist;Key;Tempo (BPM);Duration',
      '1;Set 1;Creep;;Sol;92;0:04:00',
      '2;Rappel;Zombie;;Mi mineur;84;0:05:00',
    ]);
  });
});
