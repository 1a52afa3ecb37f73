import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { PAGE_RELOAD } from '../browser/page-reload';
import { LocaleService } from './locale-service';
import { chooseLocale, LOCALE_STORAGE_KEY } from './locale-storage';

describe('chooseLocale (main.ts, before bootstrap)', () => {
  it.each([
    ['en', 'fr-FR', 'en'],
    ['fr', 'en-US', 'fr'],
    [null, 'en-US', 'en'],
    [null, 'en', 'en'],
    [null, 'EN-gb', 'en'],
    [null, 'fr-CA', 'fr'],
    [null, 'de-DE', 'fr'],
    [null, undefined, 'fr'],
  ] as const)('saved %s, browser %s → %s', (stored, language, expected) => {
    expect(chooseLocale(stored, language)).toBe(expected);
  });
});

describe('LocaleService', () => {
  let reload: jest.Mock;

  function setup(running: string): LocaleService {
    reload = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        { provide: LOCALE_ID, useValue: running },
        { provide: PAGE_RELOAD, useValue: reload },
      ],
    });
    return TestBed.inject(LocaleService);
  }

  beforeEach(() => localStorage.clear());

  it('knows the running language', () => {
    expect(setup('en-US').current).toBe('en');
  });

  it('switching saves the choice and reloads', () => {
    const locale = setup('fr');
    locale.switchTo('en');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('switching to the running language only saves it', () => {
    setup('fr').switchTo('fr');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('fr');
    expect(reload).not.toHaveBeenCalled();
  });

  it('adopting the stored language again never reloads (no loop when translations failed to load)', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    setup('fr').adopt('en');
    expect(reload).not.toHaveBeenCalled();
  });

  it('does not reload when the choice cannot be stored', () => {
    const locale = setup('fr');
    const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    locale.adopt('en');
    expect(setItem).toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });
});
