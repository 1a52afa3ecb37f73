import { describe, expect, it } from '@jest/globals';

import { moveBy, moveItem } from './reorder';

const list = ['a', 'b', 'c', 'd'] as const;

describe('moveItem', () => {
  it('moves an entry down or up, the others keeping their order', () => {
    expect(moveItem(list, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(list, 3, 1)).toEqual(['a', 'd', 'b', 'c']);
  });

  it('clamps the target to the list, and leaves the list alone when nothing moves', () => {
    expect(moveItem(list, 1, 99)).toEqual(['a', 'c', 'd', 'b']);
    expect(moveItem(list, 2, -5)).toEqual(['c', 'a', 'b', 'd']);
    expect(moveItem(list, 2, 2)).toBe(list);
    expect(moveItem(list, 7, 0)).toBe(list);
  });

  it('never changes the list it is given', () => {
    const items = ['x', 'y'];
    moveItem(items, 0, 1);
    expect(items).toEqual(['x', 'y']);
  });
});

describe('moveBy', () => {
  it('moves one step, but not the first up nor the last down', () => {
    expect(moveBy(list, 1, -1)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveBy(list, 1, 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveBy(list, 0, -1)).toBe(list);
    expect(moveBy(list, 3, 1)).toBe(list);
  });
});
