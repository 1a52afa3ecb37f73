import { describe, expect, it } from '@jest/globals';

import { proposalReasonText } from './proposal-reason-text';

const text = (reason: Parameters<typeof proposalReasonText>[0]) =>
  proposalReasonText(reason, 'fr-FR', 'Europe/Paris').replace(/[\u00a0\u202f]/g, ' ');

describe('proposalReasonText', () => {
  it('names the next gig and its day on the band’s clock', () => {
    // 23:30 UTC on June 20 is already June 21 in Paris.
    expect(
      text({ code: 'in-next-gig-not-mastered', gigTitle: 'Fête de la musique', gigStartsAt: '2027-06-20T23:30:00Z' }),
    ).toBe('Au programme de « Fête de la musique » (lundi 21 juin), pas encore maîtrisé');
  });

  it('gives the band’s average with a French decimal comma', () => {
    expect(text({ code: 'low-band-average', average: 3.5 })).toBe(
      'Parmi les moins bien notés : moyenne du groupe 3,5/10',
    );
  });

  it('counts weeks from two weeks on, days before', () => {
    expect(text({ code: 'not-rehearsed-for-long', days: 36 })).toBe('Pas répété depuis 5 semaines');
    expect(text({ code: 'not-rehearsed-for-long', days: 14 })).toBe('Pas répété depuis 2 semaines');
    expect(text({ code: 'not-rehearsed-for-long', days: 10 })).toBe('Pas répété depuis 10 jours');
    expect(text({ code: 'not-rehearsed-for-long', days: 1 })).toBe('Pas répété depuis 1 jour');
  });

  it('says a song was never rehearsed', () => {
    expect(text({ code: 'never-rehearsed' })).toBe('Jamais travaillé en répétition');
  });
});
