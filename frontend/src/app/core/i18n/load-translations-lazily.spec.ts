import { clearTranslations } from '@angular/localize';

import { loadTranslationsLazily } from './load-translations-lazily';

describe('loadTranslationsLazily', () => {
  afterEach(() => clearTranslations());

  it('translates a message with its placeholders in the order the translation puts them', () => {
    loadTranslationsLazily({
      'home.greeting': 'Hello, {$INTERPOLATION}!',
      'lazy.swap': '{$PH_1} then {$PH}',
    });
    const name = 'Camille';
    expect($localize`:@@home.greeting:Bonjour, ${name}:INTERPOLATION: !`).toBe('Hello, Camille!');
    expect($localize`:@@lazy.swap:${'a'}:PH: puis ${'b'}:PH_1:`).toBe('b then a');
  });

  it('parses a message only when it is looked up, once', () => {
    const messages = { 'nav.home': 'Home' };
    const read = jest.fn((target: Record<string, string>, id: string | symbol) => Reflect.get(target, id));
    loadTranslationsLazily(new Proxy(messages, { get: read }));
    expect(read).not.toHaveBeenCalled();
    expect($localize`:@@nav.home:Accueil`).toBe('Home');
    expect($localize`:@@nav.home:Accueil`).toBe('Home');
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('keeps the source text of a message the language lacks, with a warning', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    loadTranslationsLazily({});
    expect($localize`:@@lazy.missing:Réglages`).toBe('Réglages');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('lazy.missing'));
    warn.mockRestore();
  });

  it('finds nothing under names inherited from Object', () => {
    loadTranslationsLazily({});
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect($localize`:@@constructor:Constructeur`).toBe('Constructeur');
    warn.mockRestore();
  });
});
