import { isAcceptableText } from '../../../shared/domain/text.js';
import { InvalidDisplayNameError } from './identity.errors.js';

export const DISPLAY_NAME_MAX_LENGTH = 64;

/** The name bandmates see. Inner runs of white space are folded so names stay readable. */
export class DisplayName {
  private constructor(readonly value: string) {}

  static of(raw: string): DisplayName {
    if (!isAcceptableText(raw)) throw new InvalidDisplayNameError();
    const value = raw.trim().replace(/\s+/g, ' ');
    if (value.length < 1 || [...value].length > DISPLAY_NAME_MAX_LENGTH) throw new InvalidDisplayNameError();
    return new DisplayName(value);
  }
}
