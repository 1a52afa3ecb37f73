export class SuggestionProposed {
  constructor(
    readonly suggestionId: string,
    readonly bandId: string,
    readonly proposedBy: string,
  ) {}
}

export class SuggestionEdited {
  constructor(
    readonly suggestionId: string,
    readonly bandId: string,
  ) {}
}

export class SuggestionWithdrawn {
  constructor(
    readonly suggestionId: string,
    readonly bandId: string,
  ) {}
}

/** A member's vote changed a suggestion's count (an idempotent repeat records nothing). */
export class VoteChanged {
  constructor(
    readonly suggestionId: string,
    readonly bandId: string,
    readonly votes: number,
  ) {}
}

export class SongAdded {
  constructor(
    readonly songId: string,
    readonly bandId: string,
  ) {}
}

export class SongPromoted {
  constructor(
    readonly songId: string,
    readonly bandId: string,
    readonly votesAtPromotion: number,
  ) {}
}

export class SongChanged {
  constructor(
    readonly songId: string,
    readonly bandId: string,
  ) {}
}

export class SongDemoted {
  constructor(
    readonly songId: string,
    readonly bandId: string,
  ) {}
}

export class SongRemoved {
  constructor(
    readonly songId: string,
    readonly bandId: string,
  ) {}
}

/** Says whose level changed on which song, never the note. */
export class ProgressChanged {
  constructor(
    readonly songId: string,
    readonly bandId: string,
    readonly memberId: string,
  ) {}
}

export type RepertoireEvent =
  | SuggestionProposed
  | SuggestionEdited
  | SuggestionWithdrawn
  | VoteChanged
  | SongAdded
  | SongPromoted
  | SongChanged
  | SongDemoted
  | SongRemoved
  | ProgressChanged;
