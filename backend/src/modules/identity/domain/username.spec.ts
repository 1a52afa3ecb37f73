import { describe, expect, it } from '@jest/globals';
import { DisplayName } from './display-name.js';
import { InvalidDisplayNameError, InvalidUsernameError } from './identity.errors.js';
import { Username } from './username.js';

describe('Username', () => {
  it('keeps usernames in lowercase so they are unique without regard to case', () => {
    expect(Username.of('  Lea.Drums ').value).toBe('lea.drums');
  });

  it.each(['ab', 'a'.repeat(33), 'léa', 'lea drums', 'lea@band', ''])('refuses %p', (raw) => {
    expect(() => Username.of(raw)).toThrow(InvalidUsernameError);
  });

  it.each(['abc', 'a'.repeat(32), 'x_y-z.9'])('accepts %p', (raw) => {
    expect(Username.of(raw).value).toBe(raw);
  });
});

describe('Username.folded', () => {
  it.each([
    ['zoé', 'zoe'],
    ['Zoé', 'zoe'],
    ['Jean Pierre', 'jean-pierre'],
    ['françois@band!', 'francois-band'],
    ['Cœur Ørsted', 'coeur-orsted'],
    ['Łukasz_ß', 'lukasz_ss'],
    ['李小龙', 'user'],
    ['lea', 'lea'],
    ['jo', 'jo-1'],
    ['---', 'user'],
    ['ﬁlm', 'film'],
    ['a'.repeat(40), 'a'.repeat(32)],
  ])('folds %p to %p', (raw, folded) => {
    expect(Username.folded(raw).value).toBe(folded);
  });

  it('numbers another attempt, keeping within the length', () => {
    expect(Username.folded('zoé', 2).value).toBe('zoe-2');
    expect(Username.folded('jo', 3).value).toBe('jo-3');
    expect(Username.folded('b'.repeat(40), 12).value).toBe(`${'b'.repeat(29)}-12`);
  });
});

describe('DisplayName', () => {
  it('folds white space', () => {
    expect(DisplayName.of('  Léa   la  batteuse ').value).toBe('Léa la batteuse');
  });

  it('refuses an empty or over-long name', () => {
    expect(() => DisplayName.of('   ')).toThrow(InvalidDisplayNameError);
    expect(() => DisplayName.of('é'.repeat(65))).toThrow(InvalidDisplayNameError);
    expect(DisplayName.of('é'.repeat(64)).value).toHaveLength(64);
  });

  it.each(['L\u0000a', 'Léa\nDrums', 'Léa\tDrums', '\u202eaéL', 'L\ud800'])('refuses the unsafe text %p', (raw) => {
    expect(() => DisplayName.of(raw)).toThrow(InvalidDisplayNameError);
  });

  it('drops a line break pasted around the name', () => {
    expect(DisplayName.of('Léa\n').value).toBe('Léa');
  });

  it('keeps emoji, accents and right-to-left scripts', () => {
    for (const name of ['Léa 🥁', 'e\u0301lodie', 'ليلى']) expect(DisplayName.of(name).value).toBe(name);
  });
});
