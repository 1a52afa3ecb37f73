import { describe, expect, it } from '@jest/globals';
import { InvalidRepertoireFieldError } from './repertoire.errors.js';
import { SongLinks } from './song-links.js';

describe('SongLinks', () => {
  it('keeps up to five http(s) links', () => {
    const links = ['https://example.org/a', 'http://example.org/b', 'https://x.y/c', 'https://x.y/d', 'https://x.y/e'];
    expect(SongLinks.of(links).urls).toEqual(links);
  });

  it.each([
    ['javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['ftp://example.org/song.mp3'],
    ['not a url'],
    ['https://example.org/a b'],
    [`https://example.org/${'a'.repeat(2048)}`],
  ])('refuses %s', (link) => {
    expect(() => SongLinks.of([link])).toThrow(InvalidRepertoireFieldError);
  });

  it('refuses a sixth link', () => {
    expect(() => SongLinks.of(Array.from({ length: 6 }, (_, i) => `https://example.org/${i}`))).toThrow(
      InvalidRepertoireFieldError,
    );
  });

  it('names the faulty link', () => {
    try {
      SongLinks.of(['https://example.org', 'javascript:void(0)']);
      throw new Error('accepted');
    } catch (error) {
      expect((error as InvalidRepertoireFieldError).field).toBe('links.1');
    }
  });

  it('recognises YouTube and Spotify links and gives their embedded players', () => {
    const links = SongLinks.of([
      'https://www.youtube.com/watch?v=0J2QdDbelmY&t=10',
      'https://youtu.be/0J2QdDbelmY',
      'https://music.youtube.com/watch?v=0J2QdDbelmY',
      'https://open.spotify.com/intl-fr/track/3dPQuX8Gs42Y7b454ybpMR?si=abc',
      'https://example.org/youtube.com/watch?v=0J2QdDbelmY',
    ]);
    expect(links.players()).toEqual([
      {
        url: 'https://www.youtube.com/watch?v=0J2QdDbelmY&t=10',
        provider: 'youtube',
        embedUrl: 'https://www.youtube-nocookie.com/embed/0J2QdDbelmY',
      },
      {
        url: 'https://youtu.be/0J2QdDbelmY',
        provider: 'youtube',
        embedUrl: 'https://www.youtube-nocookie.com/embed/0J2QdDbelmY',
      },
      {
        url: 'https://music.youtube.com/watch?v=0J2QdDbelmY',
        provider: 'youtube',
        embedUrl: 'https://www.youtube-nocookie.com/embed/0J2QdDbelmY',
      },
      {
        url: 'https://open.spotify.com/intl-fr/track/3dPQuX8Gs42Y7b454ybpMR?si=abc',
        provider: 'spotify',
        embedUrl: 'https://open.spotify.com/embed/track/3dPQuX8Gs42Y7b454ybpMR',
      },
    ]);
  });

  it('gives no player for a YouTube address without a video id', () => {
    expect(
      SongLinks.of(['https://www.youtube.com/watch?v=short', 'https://www.youtube.com/@channel']).players(),
    ).toEqual([]);
  });
});
