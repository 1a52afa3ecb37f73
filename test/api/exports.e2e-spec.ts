import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pdfPages } from '../../backend/src/modules/exports/testing/pdf-text.js';
import { BandFixture, type Person } from '../support/band-fixture.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp;
let fixture: BandFixture;
let admin: Person;
let member: Person;
let stranger: Person;
let bandId: string;
let gigId: string;

/** A download as a browser gets it: the bytes, with the session cookie. */
async function download(person: Person, path: string) {
  const response = await fetch(testApp.baseUrl + path, { headers: person.cookie ? { cookie: person.cookie } : {} });
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const csvRecords = (bytes: Uint8Array) =>
  text(bytes)
    .replace(/^\ufeff/, '')
    .split('\r\n')
    .slice(0, -1);

beforeAll(async () => {
  testApp = await startTestApp();
  fixture = new BandFixture(testApp.baseUrl);
  [admin, member, stranger] = await Promise.all(['Léa', 'Sam', 'Zoé'].map((name) => fixture.person(name)));
  bandId = await fixture.band(admin, [[member, 'member']], 'Les Rythmes');
  const song = async (title: string, fields: Record<string, unknown>) =>
    (await admin.post(`/api/bands/${bandId}/songs`, { title, ...fields })).body.id as string;
  const zombie = await song('Zombie', { artist: 'The Cranberries', key: 'Mi mineur', bpm: 84, durationSec: 306 });
  const creep = await song('Creep', { artist: 'Radiohead', key: 'Sol', bpm: 92, durationSec: 238 });
  const formula = await song('=HYPERLINK("https://evil.example")', { artist: 'Rock; "Roll"' });
  gigId = (
    await admin.post(`/api/bands/${bandId}/gigs`, {
      title: 'Fête de la musique',
      startsAt: '2027-06-21T20:00:00+02:00',
      endsAt: '2027-06-21T23:30:00+02:00',
      location: 'Le Petit Bain',
    })
  ).body.id;
  const saved = await admin.put(`/api/gigs/${gigId}/setlist`, {
    items: [{ songId: zombie }, { songId: creep }, { break: true, label: 'Entracte' }, { songId: formula }],
  });
  expect(saved.status).toBe(200);
});
afterAll(() => testApp.close());

describe('the repertoire’s export', () => {
  it('downloads as a compact PDF list with every song, its key, tempo and duration, and the totals', async () => {
    const response = await download(member, `/api/bands/${bandId}/songs/export?format=pdf&layout=list`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="repertoire-les-rythmes.pdf"; filename*=UTF-8''r%C3%A9pertoire-les-rythmes.pdf`,
    );
    expect(response.headers.get('cache-control')).toBe('private, no-cache');
    const pages = await pdfPages(response.bytes);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatch(/^Les Rythmes Répertoire au .*N° Titre Artiste Tonalité Tempo \(BPM\) Durée/);
    expect(pages[0]).toMatch(/Creep Radiohead Sol 92 3:58 .*Zombie The Cranberries Mi mineur 84 5:06/);
    expect(pages[0]).toContain('3 morceaux · Durée totale : 9 min (1 morceau sans durée)');
  });

  it('downloads as a CSV for French Excel, a formula typed in a title shown as text', async () => {
    const response = await download(member, `/api/bands/${bandId}/songs/export?format=csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toContain('filename="repertoire-les-rythmes.csv"');
    expect(Array.from(response.bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvRecords(response.bytes)).toEqual([
      'Titre;Artiste;Tonalité;Tempo (BPM);Durée;Statut',
      `"'=HYPERLINK(""https://evil.example"")";"Rock; ""Roll""";;;;En apprentissage`,
      'Creep;Radiohead;Sol;92;0:03:58;En apprentissage',
      'Zombie;The Cranberries;Mi mineur;84;0:05:06;En apprentissage',
    ]);
  });

  it('speaks the band’s language once its admin chooses English', async () => {
    const founder = await fixture.person('Ann');
    const english = await fixture.band(founder, [], 'The Beats');
    expect((await founder.patch(`/api/bands/${english}`, { language: 'en' })).body.language).toBe('en');
    await founder.post(`/api/bands/${english}/songs`, { title: 'Africa', durationSec: 295 });
    const csv = await download(founder, `/api/bands/${english}/songs/export?format=csv`);
    expect(csvRecords(csv.bytes)).toEqual([
      'Title;Artist;Key;Tempo (BPM);Duration;Status',
      'Africa;;;;0:04:55;Learning',
    ]);
    const [page] = await pdfPages((await download(founder, `/api/bands/${english}/songs/export?format=pdf`)).bytes);
    expect(page).toMatch(/^The Beats Repertoire as of .*Title Artist Key Tempo \(BPM\) Duration/);
    expect(page).toContain('1 song · Total duration: 5 min');
  });
});

describe('a gig’s setlist export', () => {
  it('downloads the stage version a set per page, with the gig’s date on the band’s clock and its place', async () => {
    const response = await download(member, `/api/gigs/${gigId}/setlist/export?format=pdf&layout=stage`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="setlist-fete-de-la-musique-2027-06-21-scene.pdf"; ` +
        `filename*=UTF-8''setlist-f%C3%AAte-de-la-musique-2027-06-21-sc%C3%A8ne.pdf`,
    );
    const pages = await pdfPages(response.bytes);
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      expect(page).toMatch(/^Fête de la musique Les Rythmes lundi 21 juin 2027, 20:00–23:30 Le Petit Bain/);
    }
    expect(pages[0]).toMatch(/Set 1 .*1 Zombie Mi mineur · 84 BPM · 5:06 .*2 Creep Sol · 92 BPM · 3:58 .*— Pause —/);
    expect(pages[1]).toMatch(/Entracte .*3 =HYPERLINK/);
    expect(pages[1]).toContain('3 morceaux · Durée totale : 9 min (1 morceau sans durée)');
  });

  it('downloads the list version on one page, its sets apart', async () => {
    const pages = await pdfPages((await download(member, `/api/gigs/${gigId}/setlist/export?format=pdf`)).bytes);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatch(/Set 1 2 morceaux · 9 min .*Zombie .*Creep .*— Pause — Entracte 1 morceau/);
  });

  it('downloads as a CSV, each song with its place and its set', async () => {
    const response = await download(member, `/api/gigs/${gigId}/setlist/export?format=csv`);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(csvRecords(response.bytes)).toEqual([
      'N°;Set;Titre;Artiste;Tonalité;Tempo (BPM);Durée',
      '1;Set 1;Zombie;The Cranberries;Mi mineur;84;0:05:06',
      '2;Set 1;Creep;Radiohead;Sol;92;0:03:58',
      `3;Entracte;"'=HYPERLINK(""https://evil.example"")";"Rock; ""Roll""";;;`,
    ]);
  });
});

describe('who may export, and what is refused', () => {
  it.each([
    ['the repertoire', () => `/api/bands/${bandId}/songs/export?format=pdf`],
    ['a setlist', () => `/api/gigs/${gigId}/setlist/export?format=csv`],
  ])('answers someone outside the band 404 and a visitor 401 for %s', async (_what, path) => {
    const refused = await download(stranger, path());
    expect(refused.status).toBe(404);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.parse(text(refused.bytes)).code).toMatch(/NOT_FOUND$/);
    expect((await fetch(testApp.baseUrl + path())).status).toBe(401);
  });

  it.each([
    ['format=docx', 'format'],
    ['', 'format'],
    ['format=pdf&layout=poster', 'layout'],
    ['format=csv&colour=red', 'colour'],
  ])('refuses ?%s with a 400 naming %s', async (query, field) => {
    for (const path of [`/api/bands/${bandId}/songs/export`, `/api/gigs/${gigId}/setlist/export`]) {
      const response = await download(member, `${path}?${query}`);
      expect(response.status).toBe(400);
      expect(JSON.parse(text(response.bytes)).errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field })]),
      );
    }
  });
});
