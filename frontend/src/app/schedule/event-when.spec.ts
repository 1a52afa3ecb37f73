import { eventWhen, eventWhenInFull } from './event-when';

describe('eventWhen', () => {
  it('says the day and the hours on the band’s clock, in the UI’s language', () => {
    expect(eventWhen('fr', 'Europe/Paris', '2026-12-03T19:00:00.000Z', '2026-12-03T22:00:00.000Z')).toBe(
      'jeudi 3 décembre, 20:00–23:00',
    );
    expect(eventWhen('en', 'America/New_York', '2027-06-21T23:30:00.000Z', null)).toMatch(
      /^Monday, June 21, 07:30\sPM$/,
    );
  });

  it('keeps the hour of a gig that ends after midnight, and the summer time', () => {
    expect(eventWhen('fr', 'Europe/Paris', '2027-06-21T18:00:00.000Z', '2027-06-21T23:30:00.000Z')).toBe(
      'lundi 21 juin, 20:00–01:30',
    );
  });
});

describe('eventWhenInFull', () => {
  it('gives the year, and the hours of a date that ends the same day', () => {
    expect(eventWhenInFull('fr', 'Europe/Paris', '2026-12-03T19:00:00.000Z', '2026-12-03T22:00:00.000Z')).toBe(
      'jeudi 3 décembre 2026, 20:00–23:00',
    );
    expect(eventWhenInFull('fr', 'Europe/Paris', '2026-12-03T19:00:00.000Z', null)).toBe(
      'jeudi 3 décembre 2026, 20:00',
    );
  });

  it('names the second day of a gig past midnight on the band’s clock, not the browser’s', () => {
    expect(eventWhenInFull('fr', 'Europe/Paris', '2027-06-21T18:00:00.000Z', '2027-06-21T23:30:00.000Z')).toBe(
      'lundi 21 juin 2027, 20:00 – mardi 22 juin, 01:30',
    );
    // 23:30 UTC is still the 21st in New York: one day there.
    expect(eventWhenInFull('en', 'America/New_York', '2027-06-21T22:00:00.000Z', '2027-06-21T23:30:00.000Z')).toMatch(
      /^Monday, June 21, 2027, 06:00\sPM–07:30\sPM$/,
    );
  });
});
