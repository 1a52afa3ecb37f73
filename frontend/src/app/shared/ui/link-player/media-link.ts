/**
 * Recognises the links the app can play in the provider's embedded player, and builds the embed
 * address itself: the player never loads an address taken from the link as it is. Anything not
 * recognised exactly (another host, a lookalike such as youtube.com.evil.example, another port,
 * credentials, an id of the wrong shape) is not embeddable.
 */
export type MediaProvider = 'youtube' | 'spotify';

export interface MediaEmbed {
  readonly provider: MediaProvider;
  /** https://www.youtube-nocookie.com/embed/ID or https://open.spotify.com/embed/TYPE/ID */
  readonly embedUrl: string;
  /** The player's shape: a 16:9 video, a one-line (track, episode) or a list (album, playlist). */
  readonly shape: 'video' | 'compact' | 'list';
}

const YOUTUBE_HOSTS = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'music.youtube.com',
  'www.youtube-nocookie.com',
]);
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const YOUTUBE_PATHS = new Set(['shorts', 'embed', 'live', 'v']);
const SPOTIFY_TYPES = { track: 'compact', episode: 'compact', album: 'list', playlist: 'list' } as const;
const SPOTIFY_ID = /^[A-Za-z0-9]{22}$/;
const SPOTIFY_LOCALE = /^intl-[a-z]{2}(?:-[a-z]{2})?$/i;

export function mediaEmbed(link: string): MediaEmbed | null {
  const url = webUrl(link);
  if (!url || url.username || url.password || url.port) return null;
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  if (url.hostname === 'youtu.be') return youtube(segments.length === 1 ? segments[0] : undefined, url);
  if (YOUTUBE_HOSTS.has(url.hostname)) {
    const [first, second, ...rest] = segments;
    if (first === 'watch' && !second) return youtube(url.searchParams.get('v') ?? undefined, url);
    if (first && YOUTUBE_PATHS.has(first) && rest.length === 0) return youtube(second, url);
    return null;
  }
  if (url.hostname === 'open.spotify.com') return spotify(segments);
  return null;
}

/** The link as an address to open in a new tab, when it is a web (http, https) address. */
export function webLink(link: string): string | null {
  return webUrl(link)?.href ?? null;
}

function webUrl(link: string): URL | null {
  try {
    const url = new URL(link.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

function youtube(id: string | undefined, url: URL): MediaEmbed | null {
  if (!id || !YOUTUBE_ID.test(id)) return null;
  const start = startSeconds(url.searchParams.get('t') ?? url.searchParams.get('start'));
  return {
    provider: 'youtube',
    embedUrl: `https://www.youtube-nocookie.com/embed/${id}${start ? `?start=${start}` : ''}`,
    shape: 'video',
  };
}

/** YouTube's `t` / `start`: seconds (`90`, `90s`) or `1h2m3s`; null when absent or unreadable. */
function startSeconds(value: string | null): number | null {
  const match = value?.match(/^(?:(\d{1,3})h)?(?:(\d{1,4})m)?(?:(\d{1,6})s?)?$/);
  if (!match) return null;
  const [, hours = '0', minutes = '0', seconds = '0'] = match;
  const total = Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
  return total > 0 ? total : null;
}

function spotify(segments: readonly string[]): MediaEmbed | null {
  const rest = [...segments];
  if (rest[0] && SPOTIFY_LOCALE.test(rest[0])) rest.shift();
  if (rest[0] === 'embed') rest.shift();
  const [type, id, ...extra] = rest;
  if (!type || !id || extra.length > 0 || !Object.hasOwn(SPOTIFY_TYPES, type) || !SPOTIFY_ID.test(id)) return null;
  const kind = type as keyof typeof SPOTIFY_TYPES;
  return { provider: 'spotify', embedUrl: `https://open.spotify.com/embed/${kind}/${id}`, shape: SPOTIFY_TYPES[kind] };
}
