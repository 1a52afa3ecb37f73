import { describe, expect, it } from '@jest/globals';

import { feeText } from './fee-text';

describe('feeText', () => {
  it('writes the cents in the currency, the way the locale writes money', () => {
    expect(feeText('fr', 125050, 'EUR')).toBe('1\u202f250,50\u00a0€');
    expect(feeText('en', 125050, 'USD')).toBe('$1,250.50');
    expect(feeText('fr', 30000, 'CHF')).toBe('300,00\u00a0CHF');
  });
});
