import { labelColon } from './label-colon';

describe('labelColon', () => {
  it('puts a narrow no-break space before the colon in French, so it never starts a line', () => {
    expect(labelColon("Nom d'utilisateur", 'fr')).toBe("Nom d'utilisateur\u202f:");
    expect(labelColon('Groupe', 'fr-FR')).toBe('Groupe\u202f:');
  });

  it('puts no space before the colon in English', () => {
    expect(labelColon('Username', 'en')).toBe('Username:');
    expect(labelColon('Username', 'en-GB')).toBe('Username:');
  });
});
