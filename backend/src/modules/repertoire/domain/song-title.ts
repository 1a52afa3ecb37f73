import { InvalidRepertoireFieldError } from './repertoire.errors.js';
import { singleLine } from './song-text.js';

export const TITLE_MAX_LENGTH = 200;

/** The title of a song or a suggestion: one line, 1 to 200 characters. */
export class SongTitle {
  private constructor(readonly value: string) {}

  static of(raw: string): SongTitle {
    const value = singleLine(raw, 'title', TITLE_MAX_LENGTH);
    if (value === '') throw new InvalidRepertoireFieldError('A title has at least one character.', 'title');
    return new SongTitle(value);
  }
}
