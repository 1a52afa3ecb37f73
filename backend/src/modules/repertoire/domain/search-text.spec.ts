import { describe, expect, it } from '@jest/globals';
import { searchText } from './search-text.js';

describe('searchText', () => {
  it('folds case and accents, and joins the parts it is given', () => {
    expect(searchText('Je ne regrette RIEN', 'Édith Piaf')).toBe('je ne regrette rien edith piaf');
    expect(searchText('Ça plane pour moi', null)).toBe('ca plane pour moi');
  });
});
