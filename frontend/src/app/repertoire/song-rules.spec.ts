import { formatDuration, parseDuration, parseLinks } from './song-rules';

describe('song rules', () => {
  it('reads a duration as minutes:seconds or seconds', () => {
    expect(parseDuration('4:05')).toBe(245);
    expect(parseDuration(' 245 ')).toBe(245);
    expect(parseDuration('')).toBeNull();
    expect(parseDuration('4:75')).toBeNaN();
    expect(parseDuration('four')).toBeNaN();
    expect(formatDuration(245)).toBe('4:05');
  });

  it('reads one link a line, blank lines left out', () => {
    expect(parseLinks(' https://a.example \n\n https://b.example\n')).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });
});
