import { describe, expect, it } from '@jest/globals';
import { T0 } from '../testing/suggestion.mother.js';
import { MemberProgress } from './member-progress.js';
import { InvalidRepertoireFieldError } from './repertoire.errors.js';
import { ProgressChanged } from './repertoire.events.js';

const set = (level: number, note?: string | null) =>
  MemberProgress.set({ songId: 's', bandId: 'b', memberId: 'm', level, note, now: T0 });

describe('MemberProgress', () => {
  it.each([0, 5, 10])('takes the level %i', (level) => {
    expect(set(level).snapshot().level).toBe(level);
  });

  it.each([-1, 11, 5.5, Number.NaN])('refuses the level %p', (level) => {
    expect(() => set(level)).toThrow(InvalidRepertoireFieldError);
  });

  it('keeps the stored note when none is given, clears it with null or blank, tidies it otherwise', () => {
    expect(set(3).snapshot().note).toBeUndefined();
    expect(set(3, null).snapshot().note).toBeNull();
    expect(set(3, '   ').snapshot().note).toBeNull();
    expect(set(3, ' refrain\r\ndifficile ').snapshot().note).toBe('refrain\ndifficile');
    expect(() => set(3, 'x'.repeat(2001))).toThrow(InvalidRepertoireFieldError);
  });

  it('records whose level changed, never the note', () => {
    const progress = set(7, 'secret');
    expect(progress.pullEvents()).toEqual([new ProgressChanged('s', 'b', 'm')]);
    expect(JSON.stringify(new ProgressChanged('s', 'b', 'm'))).not.toContain('secret');
  });
});
