import { mediaEmbed, webLink } from './media-link';

const VIDEO = 'dQw4w9WgXcQ';
const NOCOOKIE = `https://www.youtube-nocookie.com/embed/${VIDEO}`;
const TRACK = '4uLU6hMCjMI75M1A2tKUQC';

describe('mediaEmbed', () => {
  it.each([
    `https://www.youtube.com/watch?v=${VIDEO}`,
    `https://youtube.com/watch?v=${VIDEO}&list=PL123&index=2`,
    `https://m.youtube.com/watch?v=${VIDEO}`,
    `https://music.youtube.com/watch?v=${VIDEO}&feature=share`,
    `https://youtu.be/${VIDEO}`,
    `https://youtu.be/${VIDEO}?si=abcDEF`,
    `https://www.youtube.com/shorts/${VIDEO}`,
    `https://www.youtube.com/embed/${VIDEO}`,
    `https://www.youtube.com/live/${VIDEO}`,
    `https://www.youtube-nocookie.com/embed/${VIDEO}`,
    `http://www.youtube.com/watch?v=${VIDEO}`,
    `  https://WWW.YouTube.com/watch?v=${VIDEO}  `,
  ])('plays %s in the privacy-enhanced YouTube player', (link) => {
    expect(mediaEmbed(link)).toEqual({ provider: 'youtube', embedUrl: NOCOOKIE, shape: 'video' });
  });

  it.each([
    ['t=90', 90],
    ['t=90s', 90],
    ['t=1m30s', 90],
    ['t=1h2m3s', 3723],
    ['start=42', 42],
  ])('starts where the link says (%s)', (query, seconds) => {
    expect(mediaEmbed(`https://youtu.be/${VIDEO}?${query}`)?.embedUrl).toBe(`${NOCOOKIE}?start=${seconds}`);
  });

  it('ignores a start it cannot read', () => {
    expect(mediaEmbed(`https://youtu.be/${VIDEO}?t=soon`)?.embedUrl).toBe(NOCOOKIE);
    expect(mediaEmbed(`https://youtu.be/${VIDEO}?t=0`)?.embedUrl).toBe(NOCOOKIE);
  });

  it.each([
    [`https://open.spotify.com/track/${TRACK}`, 'track', 'compact'],
    [`https://open.spotify.com/track/${TRACK}?si=0123abcd`, 'track', 'compact'],
    [`https://open.spotify.com/intl-fr/track/${TRACK}`, 'track', 'compact'],
    [`https://open.spotify.com/intl-pt-BR/album/${TRACK}`, 'album', 'list'],
    [`https://open.spotify.com/playlist/${TRACK}`, 'playlist', 'list'],
    [`https://open.spotify.com/episode/${TRACK}`, 'episode', 'compact'],
    [`https://open.spotify.com/embed/track/${TRACK}`, 'track', 'compact'],
  ])('plays %s in the Spotify player', (link, type, shape) => {
    expect(mediaEmbed(link)).toEqual({
      provider: 'spotify',
      embedUrl: `https://open.spotify.com/embed/${type}/${TRACK}`,
      shape,
    });
  });

  it.each([
    // Not web addresses at all.
    `javascript:alert(1)//https://youtu.be/${VIDEO}`,
    `data:text/html,<script>alert(1)</script>youtu.be/${VIDEO}`,
    `vbscript:msgbox("youtu.be/${VIDEO}")`,
    `//youtu.be/${VIDEO}`,
    'not a link',
    '',
    // Lookalike and other hosts.
    `https://youtube.com.evil.example/watch?v=${VIDEO}`,
    `https://evil.example/youtube.com/watch?v=${VIDEO}`,
    `https://evilyoutube.com/watch?v=${VIDEO}`,
    `https://youtu.be.evil.example/${VIDEO}`,
    `https://www.youtube-nocookie.com.evil.example/embed/${VIDEO}`,
    `https://www.youtube.com@evil.example/watch?v=${VIDEO}`,
    `https://user:pass@www.youtube.com/watch?v=${VIDEO}`,
    `https://www.youtube.com:8443/watch?v=${VIDEO}`,
    `https://open.spotify.com.evil.example/track/${TRACK}`,
    `https://spotify.com/track/${TRACK}`,
    // Ids of the wrong shape, which would otherwise end up in the embed address.
    'https://youtu.be/short',
    `https://youtu.be/${VIDEO}/../../evil`,
    `https://www.youtube.com/watch?v=${VIDEO}%22onload%3D`,
    `https://www.youtube.com/watch?v=../../${VIDEO}`,
    `https://www.youtube.com/embed/${VIDEO}/extra`,
    `https://open.spotify.com/track/${TRACK}/extra`,
    `https://open.spotify.com/track/${TRACK.slice(1)}`,
    `https://open.spotify.com/artist/${TRACK}`,
    `https://open.spotify.com/constructor/${TRACK}`,
    `https://open.spotify.com/intl-fr/intl-de/track/${TRACK}`,
    // Pages of the providers that have no single player.
    'https://www.youtube.com/',
    'https://www.youtube.com/watch',
    'https://www.youtube.com/@band',
    'https://open.spotify.com/',
  ])('does not embed %s', (link) => {
    expect(mediaEmbed(link)).toBeNull();
  });
});

describe('webLink', () => {
  it('keeps web addresses, normalised', () => {
    expect(webLink('https://band.example/setlist?x=1')).toBe('https://band.example/setlist?x=1');
    expect(webLink(' http://Band.Example ')).toBe('http://band.example/');
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,hi',
    'file:///etc/passwd',
    'ftp://x.example/',
    '/relative',
    'nope',
  ])('refuses %s', (link) => {
    expect(webLink(link)).toBeNull();
  });
});
