import { describe, expect, it } from '@jest/globals';
import { keysetCursor, pageOf } from './page-cursor.js';

describe('keysetCursor', () => {
  const cursor = keysetCursor({ l: 'number?', c: 'count', t: 'instant', x: 'text', i: 'uuid' });
  const scope = { sort: 'myLevel', search: 'jean' };
  const position = {
    l: 4.5,
    c: 3,
    t: new Date('2026-12-01T20:30:00.000Z'),
    x: 'billie jean',
    i: '0190c0de-0000-7000-8000-00000000d001',
  };
  const reencoded = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it('reads back what it wrote, null levels and dates included', () => {
    expect(cursor.read(cursor.write(scope, position), scope)).toEqual(position);
    expect(cursor.read(cursor.write(scope, { ...position, l: null }), scope)).toEqual({ ...position, l: null });
  });

  it('refuses another list’s cursor, and any field changed to what it did not write', () => {
    const text = cursor.write(scope, position);
    const decoded = JSON.parse(Buffer.from(text, 'base64url').toString());
    expect(cursor.read(text, { ...scope, sort: 'title' })).toBeNull();
    expect(cursor.read(text, { ...scope, search: null })).toBeNull();
    for (const changed of [
      { ...decoded, l: '4.5' },
      { ...decoded, c: null },
      { ...decoded, c: -1 },
      { ...decoded, c: 1.5 },
      { ...decoded, t: '2026-12-01' },
      { ...decoded, t: 'yesterday' },
      { ...decoded, x: 42 },
      { ...decoded, i: 'not-a-uuid' },
      { ...decoded, extra: 1 },
      [1, 2, 3, 4, 5, 6, 7],
    ]) {
      expect([changed, cursor.read(reencoded(changed), scope)]).toEqual([changed, null]);
    }
    for (const broken of [text.slice(0, -3), `${text}x`, 'not a cursor', '', 'a'.repeat(1025)]) {
      expect(cursor.read(broken, scope)).toBeNull();
    }
  });
});

describe('pageOf', () => {
  it('hands out `limit` rows, and a cursor only when there was one more', () => {
    expect(pageOf([1, 2, 3], 2, (last) => `after ${last}`)).toEqual({ items: [1, 2], nextCursor: 'after 2' });
    expect(pageOf([1, 2], 2, (last) => `after ${last}`)).toEqual({ items: [1, 2], nextCursor: null });
  });
});
