import { eventWhen } from './event-when';

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
