import { searchText } from './search-text.js';
import { SongLinks } from './song-links.js';
import { optionalLine } from './song-text.js';
import { SongTitle } from './song-title.js';

export const ARTIST_MAX_LENGTH = 200;

/** What a suggestion and a song share, and what survives promotion and demotion. */
export interface SongDetailsState {
  readonly title: string;
  readonly artist: string | null;
  readonly versionOf: string | null;
  readonly links: readonly string[];
}

export type SongDetailsChanges = Partial<{
  title: string;
  artist: string | null;
  versionOf: string | null;
  links: readonly string[];
}>;

/** Validated title, artist, original artist (for a cover) and links. */
export class SongDetails {
  private constructor(readonly state: SongDetailsState) {}

  static of(input: { title: string } & SongDetailsChanges): SongDetails {
    return new SongDetails({
      title: SongTitle.of(input.title).value,
      artist: optionalLine(input.artist, 'artist', ARTIST_MAX_LENGTH),
      versionOf: optionalLine(input.versionOf, 'versionOf', ARTIST_MAX_LENGTH),
      links: SongLinks.of(input.links ?? []).urls,
    });
  }

  static restore(state: SongDetailsState): SongDetails {
    return new SongDetails(state);
  }

  /** A validated copy with the given fields changed; the others stay. */
  with(changes: SongDetailsChanges): SongDetails {
    const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    return SongDetails.of({ ...this.state, ...given });
  }

  get searchText(): string {
    return searchText(this.state.title, this.state.artist);
  }
}
