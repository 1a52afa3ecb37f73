import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { IsText } from './is-text.decorator.js';

class Sample {
  @IsText()
  name: unknown;

  @IsText('multi-line')
  notes: unknown;
}

const faults = async (input: { name: unknown; notes: unknown }) =>
  (await validate(plainToInstance(Sample, input))).map((error) => error.constraints);

describe('IsText', () => {
  it('accepts text that keeps the rule, on one line and in prose', async () => {
    expect(await faults({ name: 'Léa 🥁', notes: 'Le jeudi :\n\t20 h' })).toEqual([]);
  });

  it('refuses control characters, line breaks in a one-line field, and anything but a string', async () => {
    expect(await faults({ name: 'a\nb', notes: 'a\u0000b' })).toEqual([
      { isText: 'name must be text on one line, without control characters' },
      { isText: 'notes must be text without control characters (tab and new line allowed)' },
    ]);
    for (const wrong of [null, 42, ['a'], { a: 1 }]) {
      expect(await faults({ name: wrong, notes: 'fine' })).toHaveLength(1);
    }
  });
});
