import { describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import type { CalendarEvent, CalendarFeed } from './calendar-feed.js';
import { buildICalendar } from './icalendar-builder.js';

const origin = 'https://band.example.org';
const paris = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Paris' }).toJSDate();

function anEvent(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  const id = overrides.id ?? '019ad1f0-0000-7000-8000-000000000001';
  return {
    id,
    type: 'rehearsal',
    bandName: 'Les Rockeurs',
    title: null,
    startsAt: paris('2026-12-04T20:00'),
    endsAt: paris('2026-12-04T23:00'),
    location: 'Studio Bleu',
    address: null,
    status: 'confirmed',
    notes: null,
    myAnswer: null,
    url: `${origin}/rehearsals/${id}`,
    ...overrides,
  };
}

function render(events: CalendarEvent[], overrides: Partial<CalendarFeed> = {}): string {
  return buildICalendar({
    locale: 'fr',
    bandNames: ['Les Rockeurs'],
    events,
    publicOrigin: origin,
    now: new Date('2026-12-02T06:00:00Z'),
    ...overrides,
  });
}

/** Parsed by ical.js, a parser independent of the library that wrote it. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      location: event.location,
      start: event.startDate.toJSDate(),
      end: component.hasProperty('dtend') ? event.endDate.toJSDate() : null,
      startIsUtc: event.startDate.zone?.tzid === 'UTC',
      status: component.getFirstPropertyValue('status'),
      url: component.getFirstPropertyValue('url'),
    };
  });
  return { calendar, events };
}

const calendarProperties = ['version', 'prodid', 'name', 'x-wr-calname', 'refresh-interval', 'x-published-ttl'];
const parisTime = (date: Date) => DateTime.fromJSDate(date, { zone: 'Europe/Paris' }).toFormat('yyyy-MM-dd HH:mm');

describe('buildICalendar', () => {
  it('writes an empty calendar with its name, which a parser reads', () => {
    const { calendar, events } = parse(render([]));
    expect(events).toEqual([]);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Les Rockeurs — BandTrack');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//BandTrack//Calendar//FR');
    expect(calendar.getAllProperties().map((property) => property.name)).toEqual(calendarProperties);
  });

  it('names a calendar of several bands, or of none, in the feed’s language', () => {
    const several = { bandNames: ['Les Rockeurs', 'Jazz Trio'] };
    expect(parse(render([], several)).calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'BandTrack — répétitions et concerts',
    );
    expect(parse(render([], { bandNames: [], locale: 'en' })).calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'BandTrack — rehearsals and gigs',
    );
  });

  it('gives each event the same UID in every render: its type, its id and the public host', () => {
    const rehearsal = anEvent();
    const gig = anEvent({ id: '019ad1f0-0000-7000-8000-000000000002', type: 'gig', title: 'Fête' });
    const first = parse(render([rehearsal, gig]));
    const later = parse(render([gig, anEvent({ ...rehearsal, notes: 'Changed' })], { now: new Date() }));
    expect(first.events.map((event) => event.uid)).toEqual([
      `rehearsal-${rehearsal.id}@band.example.org`,
      `gig-${gig.id}@band.example.org`,
    ]);
    expect(later.events.map((event) => event.uid).sort()).toEqual(first.events.map((event) => event.uid).sort());
  });

  it('writes UTC instants that keep a 20:00 Paris rehearsal at 20:00 on both sides of a DST change', () => {
    const before = anEvent({ id: 'a', startsAt: paris('2026-03-26T20:00'), endsAt: paris('2026-03-26T22:30') });
    const after = anEvent({ id: 'b', startsAt: paris('2026-04-02T20:00'), endsAt: paris('2026-04-02T22:30') });
    const text = render([before, after]);
    expect(text).toContain('DTSTART:20260326T190000Z');
    expect(text).toContain('DTSTART:20260402T180000Z');
    expect(text).not.toContain('TZID');
    const { events } = parse(text);
    expect(events.every((event) => event.startIsUtc)).toBe(true);
    expect(events.map((event) => [parisTime(event.start), parisTime(event.end!)])).toEqual([
      ['2026-03-26 20:00', '2026-03-26 22:30'],
      ['2026-04-02 20:00', '2026-04-02 22:30'],
    ]);
  });

  it('keeps a gig across midnight on its two days, and an event without end as a moment', () => {
    const late = anEvent({
      type: 'gig',
      title: 'Nuit',
      startsAt: paris('2026-12-31T22:00'),
      endsAt: paris('2027-01-01T02:00'),
    });
    const open = anEvent({ id: 'c', endsAt: null });
    const [gig, rehearsal] = parse(render([late, open])).events;
    expect([parisTime(gig!.start), parisTime(gig!.end!)]).toEqual(['2026-12-31 22:00', '2027-01-01 02:00']);
    expect(rehearsal!.end).toBeNull();
  });

  it('marks a cancelled event STATUS:CANCELLED and says it in its summary; a planned gig is tentative', () => {
    const { events } = parse(
      render([
        anEvent({ id: 'c', status: 'cancelled' }),
        anEvent({ id: 'p', type: 'gig', title: 'Bal', status: 'planned' }),
        anEvent({ id: 'k', type: 'gig', title: 'Bal', status: 'confirmed' }),
      ]),
    );
    expect(events.map((event) => [event.status, event.summary])).toEqual([
      ['CANCELLED', '[Annulé] Répétition — Les Rockeurs'],
      ['TENTATIVE', 'Bal — Les Rockeurs'],
      ['CONFIRMED', 'Bal — Les Rockeurs'],
    ]);
    expect(events[1]!.description).toContain('Concert pas encore confirmé');
    expect(events[2]!.description).not.toContain('pas encore confirmé');
  });

  it('says the member’s own answer in the description, in French or in English', () => {
    const answers = [null, 'yes', 'maybe', 'no'] as const;
    const events = answers.map((myAnswer, index) => anEvent({ id: `e${index}`, myAnswer }));
    expect(parse(render(events)).events.map((event) => event.description.split('\n')[0])).toEqual([
      'Ma réponse\u202f: pas encore donnée',
      'Ma réponse\u202f: oui',
      'Ma réponse\u202f: peut-être',
      'Ma réponse\u202f: non',
    ]);
    expect(parse(render(events, { locale: 'en' })).events.map((event) => event.description.split('\n')[0])).toEqual([
      'My answer: not given yet',
      'My answer: yes',
      'My answer: maybe',
      'My answer: no',
    ]);
  });

  it('links the event’s page, and gives the notes, the place and the address', () => {
    const gig = anEvent({
      type: 'gig',
      title: 'La Cigale',
      location: 'La Cigale',
      address: '120 boulevard de Rochechouart, 75018 Paris',
      notes: 'Balances à 18 h',
      url: `${origin}/gigs/g1`,
    });
    const [event] = parse(render([gig], { locale: 'en' })).events;
    expect(event!.url).toBe(`${origin}/gigs/g1`);
    expect(event!.location).toBe('La Cigale\n120 boulevard de Rochechouart, 75018 Paris');
    expect(event!.description).toBe(`My answer: not given yet\n\nBalances à 18 h\n\nIn BandTrack: ${origin}/gigs/g1`);
    const addressOnly = parse(render([anEvent({ location: null, address: '3 rue Oberkampf' })])).events[0];
    expect(addressOnly!.location).toBe('3 rue Oberkampf');
  });

  it('escapes commas, semicolons and line breaks in titles, names and notes, so nothing leaks out of its field', () => {
    const tricky = 'Rock, pop; jazz\nEND:VEVENT\r\nBEGIN:VEVENT\\';
    const text = render(
      [anEvent({ type: 'gig', title: tricky, bandName: 'A, B; C', location: 'Salle; 2', notes: tricky })],
      { bandNames: ['Band, with; a\nline'] },
    );
    const { calendar, events } = parse(text);
    expect(events).toHaveLength(1);
    expect(text.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
    expect(events[0]!.summary).toBe(`Rock, pop; jazz\nEND:VEVENT\nBEGIN:VEVENT\\ — A, B; C`);
    expect(events[0]!.location).toBe('Salle; 2');
    expect(events[0]!.description).toContain('Rock, pop; jazz\nEND:VEVENT\nBEGIN:VEVENT\\');
    // ical.js keeps the value of a calendar's name as written (not a property it types): read as TEXT here.
    expect(calendar.getAllProperties().map((property) => property.name)).toEqual(calendarProperties);
    const name = String(calendar.getFirstPropertyValue('x-wr-calname'));
    expect(ICAL.design.icalendar.value.text!.fromICAL!(name)).toBe('Band, with; a\nline — BandTrack');
  });
});
