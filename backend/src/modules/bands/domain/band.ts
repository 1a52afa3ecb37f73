import {
  bandDescription,
  bandName,
  type BandSettings,
  DEFAULT_TIMEZONE,
  logoUrl,
  template,
  timezone,
} from './band-settings.js';
import type { InviteCode } from './invite-code.js';

export interface BandState extends BandSettings {
  id: string;
  inviteCode: string;
  createdAt: Date;
}

export type BandSettingsChanges = Partial<{
  name: string;
  description: string;
  template: string;
  logoUrl: string | null;
  timezone: string;
}>;

/** A band: its settings and its current invitation code. Its members are the Roster. */
export class Band {
  private constructor(private state: BandState) {}

  static create(input: { id: string; name: string; inviteCode: InviteCode; now: Date }): Band {
    return new Band({
      id: input.id,
      name: bandName(input.name),
      description: '',
      template: 'classic',
      logoUrl: null,
      timezone: DEFAULT_TIMEZONE,
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

  /** Validates every change first, so a refused change leaves the band as it was. */
  changeSettings(changes: BandSettingsChanges): void {
    const current = this.state;
    this.state = {
      ...current,
      name: changes.name === undefined ? current.name : bandName(changes.name),
      description: changes.description === undefined ? current.description : bandDescription(changes.description),
      template: changes.template === undefined ? current.template : template(changes.template),
      logoUrl: changes.logoUrl === undefined ? current.logoUrl : logoUrl(changes.logoUrl),
      timezone: changes.timezone === undefined ? current.timezone : timezone(changes.timezone),
    };
  }

  /** A new code; the old one stops working. */
  renewInviteCode(code: InviteCode): void {
    this.state.inviteCode = code.value;
  }

  snapshot(): BandState {
    return { ...this.state };
  }
}
