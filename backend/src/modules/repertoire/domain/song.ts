import {
  type RepertoireEvent,
  SongAdded,
  SongChanged,
  SongDemoted,
  SongMastered,
  SongPromoted,
  SongRemoved,
} from './repertoire.events.js';
import { type SongAttributes, songAttributes, type SongAttributesChanges } from './song-attributes.js';
import { SongDetails, type SongDetailsChanges, type SongDetailsState } from './song-details.js';
import type { Suggestion } from './suggestion.js';

export interface SongState extends SongDetailsState, SongAttributes {
  id: string;
  bandId: string;
  mastered: boolean;
  /** The suggestion's count when it was promoted; null for a song added directly. */
  votesAtPromotion: number | null;
  /** Who proposed it, when it came from a suggestion (and their account still exists). */
  suggestedBy: string | null;
  createdAt: Date;
}

export type SongChanges = SongDetailsChanges & SongAttributesChanges & { mastered?: boolean };

/** A song the band rehearses: learning until a manager marks it mastered. */
export class Song {
  private events: RepertoireEvent[] = [];

  private constructor(private state: SongState) {}

  static add(input: {
    id: string;
    bandId: string;
    details: { title: string } & SongDetailsChanges;
    attributes: SongAttributesChanges;
    actorId: string;
    now: Date;
  }): Song {
    const song = new Song({
      id: input.id,
      bandId: input.bandId,
      ...SongDetails.of(input.details).state,
      ...songAttributes(input.attributes),
      mastered: false,
      votesAtPromotion: null,
      suggestedBy: null,
      createdAt: input.now,
    });
    song.events.push(new SongAdded(input.id, input.bandId, input.actorId, song.state.title));
    return song;
  }

  /** The suggestion becomes a song of the same id, keeping its fields and its count at this moment. */
  static promote(suggestion: Suggestion, votes: number, now: Date, actorId: string): Song {
    const { id, bandId, title, artist, versionOf, links, createdBy } = suggestion.snapshot();
    const song = new Song({
      id,
      bandId,
      title,
      artist,
      versionOf,
      links,
      ...songAttributes({}),
      mastered: false,
      votesAtPromotion: votes,
      suggestedBy: createdBy,
      createdAt: now,
    });
    song.events.push(new SongPromoted(id, bandId, votes, actorId, title));
    return song;
  }

  static restore(state: SongState): Song {
    return new Song({ ...state });
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

  /** Validates every change first, so a refused change leaves the song as it was. */
  change(changes: SongChanges, actorId: string): void {
    const { key, bpm, durationSec, mastered, ...details } = changes;
    const wasMastered = this.state.mastered;
    this.state = {
      ...this.state,
      ...this.details.with(details).state,
      ...songAttributes({ key, bpm, durationSec }, this.state),
      mastered: mastered ?? this.state.mastered,
    };
    this.events.push(new SongChanged(this.id, this.bandId, actorId));
    if (this.state.mastered && !wasMastered) {
      this.events.push(new SongMastered(this.id, this.bandId, actorId, this.state.title));
    }
  }

  remove(actorId: string): void {
    this.events.push(new SongRemoved(this.id, this.bandId, actorId, this.state.title));
  }

  /** Back to the suggestions: the caller turns it into a Suggestion (Suggestion.fromSong). */
  demote(actorId: string): void {
    this.events.push(new SongDemoted(this.id, this.bandId, actorId, this.state.title));
  }

  snapshot(): SongState {
    return { ...this.state };
  }

  pullEvents(): RepertoireEvent[] {
    const events = this.events;
    this.events = [];
    return events;
  }
}
