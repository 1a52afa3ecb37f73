// An event names its actor (`actorId`, the user whose action it was) and, where the activity log
// shows it, the subject's title at that moment (so a song deleted since still reads).

export class SuggestionProposed {
  constructor(
    readonly suggestionId: string,
    readonly bandId: string,
    /** Who proposed the song; after a demotion, its first proposer while `actorId` is the demoting manager. */
    readonly proposedBy: string,
    readonly actorId: string,
    readonly title: string,
  ) {}
}

export class SuggestionEdited {
  constructor(
    readonly suggestionId: string,
    readonly bandId: string,
    readonly actorId: string,
  ) {}
}

export class SuggestionWithdrawn {
  constructor(
    readonly suggestionId: string,
    readonly bandId: string,
    readonly actorId: string,
    readonly title: string,
  ) {}
}

/** A member's vote changed a suggestion's count (an idempotent repeat records nothing). Says nobody's vote. */
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
    readonly actorId: string,
    readonly title: string,
  ) {}
}

export class SongPromoted {
  constructor(
    readonly songId: string,
    readonly bandId: string,
    readonly votesAtPromotion: number,
    readonly actorId: string,
    readonly title: string,
  ) {}
}

export class SongChanged {
  constructor(
    readonly songId: string,
    readonly bandId: string,
    readonly actorId: string,
  ) {}
}

/** A manager marked a learning song mastered (recorded beside its SongChanged). */
export class SongMastered {
  constructor(
    readonly songId: string,
    readonly bandId: string,
    readonly actorId: string,
    readonly title: string,
  ) {}
}

export class SongDemoted {
  constructor(
    readonly songId: string,
    readonly bandId: string,
    readonly actorId: string,
    readonly title: string,
  ) {}
}

export class SongRemoved {
  constructor(
    readonly songId: string,
    readonly bandId: string,
    readonly actorId: string,
    readonly title: string,
  ) {}
}

/** Says whose level changed on which song (the member is the actor), never the note. */
export class ProgressChanged {
  readonly actorId: string;

  constructor(
    readonly songId: string,
    readonly bandId: string,
    readonly memberId: string,
  ) {
    this.actorId = memberId;
  }
}

export type RepertoireEvent =
  | SuggestionProposed
  | SuggestionEdited
  | SuggestionWithdrawn
  | VoteChanged
  | SongAdded
  | SongPromoted
  | SongChanged
  | SongMastered
  | SongDemoted
  | SongRemoved
  | ProgressChanged;
