import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { ApiClient } from '../support/api-client.js';
import { BandFixture, type Person } from '../support/band-fixture.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp;
let fixture: BandFixture;
let admin: Person;
let member: Person;
let bandId: string;

beforeAll(async () => {
  testApp = await startTestApp();
  fixture = new BandFixture(testApp.baseUrl);
  admin = await fixture.person('Léa');
  member = await fixture.person('Sam');
  bandId = await fixture.band(admin, [[member, 'member']], 'Les Baguettes Folles');
});
afterAll(() => testApp.close());

/** The feed as a calendar app fetches it: no cookie, only the secret address. */
async function fetchFeed(url: string) {
  const { pathname } = new URL(url);
  const response = await fetch(testApp.baseUrl + pathname);
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

/** Read by ical.js, a parser independent of the library that wrote the feed. */
function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      status: component.getFirstPropertyValue('status'),
    };
  });
}

const feedUrl = async (person: ApiClient) => (await person.post('/api/me/calendar-token')).body.url as string;

describe('the calendar feed', () => {
  it('serves the member’s bands’ gigs as iCalendar, with stable UIDs and cancelled ones marked', async () => {
    const { body: gig } = await admin.post(`/api/bands/${bandId}/gigs`, {
      title: 'Fête de la musique',
      startsAt: '2027-06-21T20:00:00+02:00',
      status: 'confirmed',
    });
    const { body: cancelled } = await admin.post(`/api/bands/${bandId}/gigs`, {
      title: 'Bal du 14 juillet',
      startsAt: '2027-07-14T21:00:00+02:00',
    });
    await admin.patch(`/api/gigs/${cancelled.id}`, { status: 'cancelled' });
    const otherBand = await fixture.band(admin, [], 'Les Autres');
    await admin.post(`/api/bands/${otherBand}/gigs`, { title: 'Pas pour Sam', startsAt: '2027-08-01T20:00:00+02:00' });

    const url = await feedUrl(member);
    const feed = await fetchFeed(url);
    expect(feed.status).toBe(200);
    expect(feed.type).toBe('text/calendar; charset=utf-8');
    const events = eventsOf(feed.text);
    expect(events).toEqual([
      {
        uid: `gig-${gig.id}@${new URL(url).host}`,
        summary: 'Fête de la musique — Les Baguettes Folles',
        start: '2027-06-21T18:00:00.000Z',
        status: 'CONFIRMED',
      },
      {
        uid: expect.stringContaining(cancelled.id),
        summary: expect.stringMatching(/^\[Annulé\] Bal du 14 juillet/),
        start: '2027-07-14T19:00:00.000Z',
        status: 'CANCELLED',
      },
    ]);
    expect(eventsOf((await fetchFeed(url)).text).map((event) => event.uid)).toEqual(events.map((event) => event.uid));
  });

  it('shows a rehearsal of a series, and the member’s own answer in the words of their language', async () => {
    const band = await fixture.band(admin, [[member, 'member']], 'Répètent');
    const planned = await admin.post(`/api/bands/${band}/rehearsals`, {
      startsAt: '2027-03-25T20:00:00+01:00',
      endsAt: '2027-03-25T23:00:00+01:00',
      location: 'Studio Bleu',
      repeat: { every: 'week', until: '2027-04-01' },
    });
    expect(planned.status).toBe(201);
    const [before, after] = planned.body.items as { id: string }[];
    expect((await member.put(`/api/rehearsals/${before!.id}/attendance`, { status: 'maybe' })).status).toBe(200);
    const text = (await fetchFeed(await feedUrl(member))).text;
    const calendar = new ICAL.Component(ICAL.parse(text));
    const rehearsals = calendar
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component))
      .filter((event) => event.uid.startsWith('rehearsal-'));
    expect(rehearsals.map((event) => [event.uid.split('@')[0], event.startDate.toJSDate().toISOString()])).toEqual([
      [`rehearsal-${before!.id}`, '2027-03-25T19:00:00.000Z'],
      // After the change to summer time, still at 20:00 in Paris.
      [`rehearsal-${after!.id}`, '2027-04-01T18:00:00.000Z'],
    ]);
    expect(rehearsals[0]!.summary).toBe('Répétition — Répètent');
    expect(rehearsals[0]!.location).toBe('Studio Bleu');
    expect(rehearsals[0]!.description).toMatch(/peut-être/i);
    expect(rehearsals[1]!.description ?? '').not.toMatch(/peut-être/i);
  });

  it('stops showing a band’s dates once the member has left it', async () => {
    const leaver = await fixture.person('Max');
    const band = await fixture.band(admin, [[leaver, 'member']], 'Éphémère');
    await admin.post(`/api/bands/${band}/gigs`, { title: 'Dernier concert', startsAt: '2027-09-01T20:00:00+02:00' });
    const url = await feedUrl(leaver);
    expect(eventsOf((await fetchFeed(url)).text)).toHaveLength(1);
    expect((await leaver.delete(`/api/bands/${band}/members/${leaver.id}`)).status).toBe(204);
    const after = await fetchFeed(url);
    expect(after.status).toBe(200);
    expect(eventsOf(after.text)).toEqual([]);
  });

  it('answers 404 to a renewed, revoked, unknown or malformed address', async () => {
    const old = await feedUrl(member);
    const renewed = await feedUrl(member);
    expect((await fetchFeed(old)).status).toBe(404);
    expect((await fetchFeed(renewed)).status).toBe(200);
    expect((await fetchFeed(renewed.replace(/\.ics$/, '.txt'))).status).toBe(404);
    await member.delete('/api/me/calendar-token');
    expect((await fetchFeed(renewed)).status).toBe(404);
    for (const path of ['/api/calendar/nothing.ics', `/api/calendar/${'a'.repeat(43)}.ics`, '/api/calendar/.ics']) {
      const response = await fetchFeed(testApp.baseUrl + path);
      expect(response.status).toBe(404);
    }
  });
});
