import { InvalidRepertoireFieldError } from './repertoire.errors.js';
import { ProgressChanged, type RepertoireEvent } from './repertoire.events.js';
import { multiLine } from './song-text.js';

export const MAX_LEVEL = 10;
export const NOTE_MAX_LENGTH = 2000;

export interface MemberProgressState {
  songId: string;
  memberId: string;
  /** 0 (not started) to 10 (knows it by heart) */
  level: number;
  /** Private: only its author ever reads it. Undefined: the note stays as stored. */
  note: string | null | undefined;
  updatedAt: Date;
}

/** How well one member knows one song, and their private note on it. */
export class MemberProgress {
  private events: RepertoireEvent[] = [];

  private constructor(private readonly state: MemberProgressState) {}

  /** The member's level now, and their note: undefined keeps it (a quick level change), null or blank clears it. */
  static set(input: {
    songId: string;
    bandId: string;
    memberId: string;
    level: number;
    note: string | null | undefined;
    now: Date;
  }): MemberProgress {
    if (!Number.isInteger(input.level) || input.level < 0 || input.level > MAX_LEVEL) {
      throw new InvalidRepertoireFieldError(`The level is a whole number from 0 to ${MAX_LEVEL}.`, 'level');
    }
    const note = typeof input.note === 'string' ? multiLine(input.note, 'note', NOTE_MAX_LENGTH) || null : input.note;
    const progress = new MemberProgress({
      songId: input.songId,
      memberId: input.memberId,
      level: input.level,
      note,
      updatedAt: input.now,
    });
    progress.events.push(new ProgressChanged(input.songId, input.bandId, input.memberId));
    return progress;
  }

  snapshot(): MemberProgressState {
    return { ...this.state };
  }

  pullEvents(): RepertoireEvent[] {
    const events = this.events;
    this.events = [];
    return events;
  }
}
