import { InvalidRepertoireFieldError } from './repertoire.errors.js';

export const MAX_LINKS = 5;
export const LINK_MAX_LENGTH = 2048;

export type LinkProvider = 'youtube' | 'spotify';

/** A link the song page can play in the provider's own embedded player. */
export interface Player {
  url: string;
  provider: LinkProvider;
  embedUrl: string;
}

const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'music.youtube.com']);
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const SPOTIFY_PATH =
  /^\/(?:intl-[a-z]{2}(?:-[a-z]{2})?\/)?(track|album|playlist|artist|episode|show)\/([A-Za-z0-9]{22})\/?$/;

/** Up to five http(s) links to recordings, scores, videos. Anything else (javascript:, data:) is refused. */
export class SongLinks {
  private constructor(readonly urls: readonly string[]) {}

  static of(raw: readonly string[]): SongLinks {
    if (raw.length > MAX_LINKS) throw new InvalidRepertoireFieldError(`At most ${MAX_LINKS} links.`, 'links');
    return new SongLinks(raw.map((value, index) => link(value, `links.${index}`)));
  }

  /** Links read back from storage, validated when they were written. */
  static restore(urls: readonly string[]): SongLinks {
    return new SongLinks(urls);
  }

  /** The YouTube and Spotify links, with the privacy-enhanced embed address of each. */
  players(): Player[] {
    return this.urls.flatMap((url) => {
      const player = playerOf(url);
      return player ? [player] : [];
    });
  }
}

function link(raw: string, field: string): string {
  const value = raw.trim();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidRepertoireFieldError('A link is an https:// (or http://) address.', field);
  }
  if (!['https:', 'http:'].includes(url.protocol) || /\s|\p{Cc}/u.test(value)) {
    throw new InvalidRepertoireFieldError('A link is an https:// (or http://) address.', field);
  }
  if (value.length > LINK_MAX_LENGTH) {
    throw new InvalidRepertoireFieldError(`A link has at most ${LINK_MAX_LENGTH} characters.`, field);
  }
  return value;
}

function playerOf(value: string): Player | null {
  const url = new URL(value);
  const host = url.hostname.toLowerCase();
  if (host === 'youtu.be' || YOUTUBE_HOSTS.has(host)) {
    const id = youtubeId(url, host);
    if (id && YOUTUBE_ID.test(id)) {
      return { url: value, provider: 'youtube', embedUrl: `https://www.youtube-nocookie.com/embed/${id}` };
    }
  }
  if (host === 'open.spotify.com') {
    const match = SPOTIFY_PATH.exec(url.pathname);
    if (match) {
      return { url: value, provider: 'spotify', embedUrl: `https://open.spotify.com/embed/${match[1]}/${match[2]}` };
    }
  }
  return null;
}

function youtubeId(url: URL, host: string): string | null {
  const segments = url.pathname.split('/').filter(Boolean);
  if (host === 'youtu.be') return segments[0] ?? null;
  if (url.pathname === '/watch') return url.searchParams.get('v');
  if (['shorts', 'embed', 'live'].includes(segments[0] ?? '')) return segments[1] ?? null;
  return null;
}
