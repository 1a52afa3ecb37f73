import {
  type RepertoireEvent,
  SuggestionEdited,
  SuggestionProposed,
  SuggestionWithdrawn,
} from './repertoire.events.js';
import type { Song } from './song.js';
import { SongDetails, type SongDetailsChanges, type SongDetailsState } from './song-details.js';
import { multiLine } from './song-text.js';

export const COMMENT_MAX_LENGTH = 2000;

export interface SuggestionState extends SongDetailsState {
  id: string;
  bandId: string;
  comment: string | null;
  /** Null once the author's account is gone. */
  createdBy: string | null;
  createdAt: Date;
}

export type SuggestionChanges = SongDetailsChanges & { comment?: string | null };

/**
 * A song a member proposes the band plays. Its votes are not part of it: each vote is its own small
 * aggregate, and the count lives beside the suggestion, written by the vote alone.
 */
export class Suggestion {
  private events: RepertoireEvent[] = [];

  private constructor(private state: SuggestionState) {}

  static propose(input: {
    id: string;
    bandId: string;
    authorId: string;
    details: { title: string } & SongDetailsChanges;
    comment?: string | null;
    now: Date;
  }): Suggestion {
    const suggestion = new Suggestion({
      id: input.id,
      bandId: input.bandId,
      ...SongDetails.of(input.details).state,
      comment: comment(input.comment),
      createdBy: input.authorId,
      createdAt: input.now,
    });
    suggestion.events.push(
      new SuggestionProposed(input.id, input.bandId, input.authorId, input.authorId, suggestion.state.title),
    );
    return suggestion;
  }

  /** A song demoted back: same id, fields and proposer (else the demoting manager), no votes, new again. */
  static fromSong(song: Song, demotedBy: string, now: Date): Suggestion {
    const { id, bandId, title, artist, versionOf, links, suggestedBy } = song.snapshot();
    const createdBy = suggestedBy ?? demotedBy;
    const suggestion = new Suggestion({
      id,
      bandId,
      title,
      artist,
      versionOf,
      links,
      comment: null,
      createdBy,
      createdAt: now,
    });
    suggestion.events.push(new SuggestionProposed(id, bandId, createdBy, demotedBy, title));
    return suggestion;
  }

  static restore(state: SuggestionState): Suggestion {
    return new Suggestion({ ...state });
  }

  get id(): string {
    return this.state.id;
  }
  get bandId(): string {
    return this.state.bandId;
  }
  get details(): SongDetails {
    return SongDetails.restore(this.state);
  }

  isProposedBy(userId: string): boolean {
    return this.state.createdBy === userId;
  }

  /** Validates every change first, so a refused edit leaves the suggestion as it was. */
  edit(changes: SuggestionChanges, actorId: string): void {
    const { comment: newComment, ...details } = changes;
    this.state = {
      ...this.state,
      ...this.details.with(details).state,
      comment: newComment === undefined ? this.state.comment : comment(newComment),
    };
    this.events.push(new SuggestionEdited(this.id, this.bandId, actorId));
  }

  withdraw(actorId: string): void {
    this.events.push(new SuggestionWithdrawn(this.id, this.bandId, actorId, this.state.title));
  }

  snapshot(): SuggestionState {
    return { ...this.state };
  }

  pullEvents(): RepertoireEvent[] {
    const events = this.events;
    this.events = [];
    return events;
  }
}

function comment(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  return multiLine(raw, 'comment', COMMENT_MAX_LENGTH) || null;
}
