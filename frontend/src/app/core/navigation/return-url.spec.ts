import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it.each([
    ['/settings', '/settings'],
    ['/settings?tab=profile#x', '/settings?tab=profile#x'],
    ['/', '/'],
  ])('keeps the app path %s', (raw, expected) => {
    expect(safeReturnUrl(raw)).toBe(expected);
  });

  it.each([
    [undefined],
    [null],
    [''],
    ['settings'],
    ['https://evil.example/'],
    ['//evil.example/path'],
    ['/\\evil.example'],
    ['/\tevil'],
    ['javascript:alert(1)'],
    ['/login'],
    ['/login?returnUrl=/x'],
    ['/register'],
  ])('replaces %p with /', (raw) => {
    expect(safeReturnUrl(raw)).toBe('/');
  });
});
