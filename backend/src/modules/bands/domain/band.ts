import { bandName, type BandSettings, DEFAULT_LANGUAGE, DEFAULT_TIMEZONE } from './band-settings.js';
import type { InviteCode } from './invite-code.js';

export interface BandState extends BandSettings {
  id: string;
  inviteCode: string;
  createdAt: Date;
}

/**
 * A band: its settings and its current invitation code. Its members are the Roster. Settings and
 * the code change through the repository, one field at a time (`settingsChanges` checks them), so
 * two admins editing different fields at once both keep their change.
 */
export class Band {
  private constructor(private readonly state: BandState) {}

  static create(input: { id: string; name: string; inviteCode: InviteCode; now: Date }): Band {
    return new Band({
      id: input.id,
      name: bandName(input.name),
      description: '',
      template: 'classic',
      logoUrl: null,
      timezone: DEFAULT_TIMEZONE,
      language: DEFAULT_LANGUAGE,
      inviteCode: input.inviteCode.value,
      createdAt: input.now,
    });
  }

  static restore(state: BandState): Band {
    return new Band({ ...state });
  }

  get id(): string {
    return this.state.id;
  }
  get inviteCode(): string {
    return this.state.inviteCode;
  }

  snapshot(): BandState {
    return { ...this.state };
  }
}
