import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { IsText } from './is-text.decorator.js';
import { OptionalField } from './optional-field.decorator.js';

class Sample {
  @OptionalField()
  @IsText()
  name?: string;

  @OptionalField({ nullable: true })
  @IsText()
  logoUrl?: string | null;
}

const faultyFields = async (input: object) =>
  (await validate(plainToInstance(Sample, input))).map((error) => error.property);

describe('OptionalField', () => {
  it('may be left out', async () => {
    expect(await faultyFields({})).toEqual([]);
  });

  it('validates a value that is there', async () => {
    expect(await faultyFields({ name: 'Léa', logoUrl: 'https://example.org/l.png' })).toEqual([]);
    expect(await faultyFields({ name: 42, logoUrl: 42 })).toEqual(['name', 'logoUrl']);
  });

  it('refuses null, unless the field is nullable', async () => {
    expect(await faultyFields({ name: null })).toEqual(['name']);
    expect(await faultyFields({ logoUrl: null })).toEqual([]);
  });
});
