import { describe, expect, it } from '@jest/globals';
import { jsonObject, setlistIds } from './original-json.js';

describe('the original JSON columns', () => {
  it('reads an object column, blank as empty, anything else as null', () => {
    expect(jsonObject('{"alice": 6.0}')).toEqual({ alice: 6 });
    expect([jsonObject(null), jsonObject('  ')]).toEqual([{}, {}]);
    expect([jsonObject('[1]'), jsonObject('null'), jsonObject('{broken')]).toEqual([null, null, null]);
  });

  it('reads a setlist as the whole ids in their order', () => {
    expect(setlistIds('[4, 1, 3, 1]')).toEqual([4, 1, 3, 1]);
    expect(setlistIds('[1, "2", 2.5, null]')).toEqual([1]);
    expect([setlistIds(null), setlistIds('{"a": 1}'), setlistIds('nope')]).toEqual([[], [], []]);
  });
});
