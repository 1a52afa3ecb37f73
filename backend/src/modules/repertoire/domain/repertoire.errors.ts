import { DomainError } from '../../../shared/domain/domain-error.js';

/** Unknown suggestion, or one of a band the caller is not a member of: the two look the same. */
export class SuggestionNotFoundError extends DomainError {
  readonly code = 'REPERTOIRE.SUGGESTION_NOT_FOUND';
  readonly kind = 'not-found';
  constructor() {
    super('This suggestion does not exist or is not in one of your bands.');
  }
}

/** Unknown song, or one of a band the caller is not a member of. */
export class SongNotFoundError extends DomainError {
  readonly code = 'REPERTOIRE.SONG_NOT_FOUND';
  readonly kind = 'not-found';
  constructor() {
    super('This song does not exist or is not in one of your bands.');
  }
}

/** Only its author, or a manager of the band, changes or removes a suggestion. */
export class NotTheAuthorError extends DomainError {
  readonly code = 'REPERTOIRE.NOT_THE_AUTHOR';
  readonly kind = 'forbidden';
  constructor() {
    super('Only its author or a manager of the band changes this suggestion.');
  }
}

/** A field of a suggestion or a song breaks its rule (length, link, level). */
export class InvalidRepertoireFieldError extends DomainError {
  readonly code = 'REPERTOIRE.INVALID_FIELD';
  readonly kind = 'invalid';
}

/** A `cursor` the server did not hand out for this list (changed, cut, or from another sort or search). */
export class InvalidCursorError extends DomainError {
  readonly code = 'REPERTOIRE.INVALID_CURSOR';
  readonly kind = 'invalid';
  constructor() {
    super('This cursor is not one the list handed out: start again from the first page.', 'cursor');
  }
}

/** A planned gig's setlist holds the song: take it out of the setlist first. */
export class SongInSetlistError extends DomainError {
  readonly code = 'REPERTOIRE.SONG_IN_SETLIST';
  readonly kind = 'conflict';
  constructor() {
    super('A planned gig’s setlist holds this song: take it out of the setlist first.');
  }
}
