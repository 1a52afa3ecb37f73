import { describe, expect, it } from '@jest/globals';
import { isoTimestamp } from './postgres-timestamp.js';

describe('isoTimestamp', () => {
  it('writes what toISOString() writes for the text of a UTC session, to the millisecond', () => {
    for (const text of [
      '2026-11-24 10:00:07+00',
      '2026-11-24 10:00:07.1+00',
      '2026-11-24 10:00:07.12+00',
      '2026-11-24 10:00:07.123+00',
      '2026-11-24 10:00:07.123999+00',
      '1999-12-31 23:59:59.5+00',
    ]) {
      expect(isoTimestamp(text)).toBe(new Date(text).toISOString());
    }
    expect(isoTimestamp('2026-11-24 10:00:07.123999+00')).toBe('2026-11-24T10:00:07.123Z');
    expect(isoTimestamp('2026-11-24 10:00:07+00')).toBe('2026-11-24T10:00:07.000Z');
  });

  it('converts the text of a session in another time zone to UTC', () => {
    expect(isoTimestamp('2026-11-24 11:00:07.25+01')).toBe('2026-11-24T10:00:07.250Z');
    expect(isoTimestamp('2026-06-01 02:00:07+05:30')).toBe('2026-05-31T20:30:07.000Z');
    expect(isoTimestamp('2026-06-01 02:00:07-04')).toBe('2026-06-01T06:00:07.000Z');
  });
});
