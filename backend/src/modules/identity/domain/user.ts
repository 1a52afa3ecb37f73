import { DisplayName } from './display-name.js';
import { AccountDeleted, type IdentityEvent, PasswordChanged, UserRegistered } from './identity.events.js';
import { DEFAULT_PREFERENCES, type Preferences } from './preferences.js';
import { Username } from './username.js';

export interface UserState {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  preferences: Preferences;
  createdAt: Date;
}

/** A person with an account. The password hash is opaque here: hashing is a port of the application. */
export class User {
  private events: IdentityEvent[] = [];

  private constructor(private state: UserState) {}

  static register(input: {
    id: string;
    username: Username;
    displayName?: DisplayName;
    passwordHash: string;
    now: Date;
  }): User {
    const user = new User({
      id: input.id,
      username: input.username.value,
      displayName: (input.displayName ?? DisplayName.of(input.username.value)).value,
      passwordHash: input.passwordHash,
      preferences: DEFAULT_PREFERENCES,
      createdAt: input.now,
    });
    user.events.push(new UserRegistered(input.id, input.username.value));
    return user;
  }

  static restore(state: UserState): User {
    return new User({ ...state });
  }

  get id(): string {
    return this.state.id;
  }
  get username(): string {
    return this.state.username;
  }
  get displayName(): string {
    return this.state.displayName;
  }
  get passwordHash(): string {
    return this.state.passwordHash;
  }
  get preferences(): Preferences {
    return this.state.preferences;
  }

  rename(displayName: DisplayName): void {
    this.state.displayName = displayName.value;
  }

  changePreferences(changes: Partial<Preferences>): void {
    const current = this.state.preferences;
    this.state.preferences = { theme: changes.theme ?? current.theme, locale: changes.locale ?? current.locale };
  }

  changePasswordHash(passwordHash: string): void {
    this.state.passwordHash = passwordHash;
    this.events.push(new PasswordChanged(this.id));
  }

  /**
   * The same password, hashed again at today's cost after a sign-in proved it: no PasswordChanged,
   * so the user's other sessions stay open.
   */
  strengthenPasswordHash(passwordHash: string): void {
    this.state.passwordHash = passwordHash;
  }

  markDeleted(): void {
    this.events.push(new AccountDeleted(this.id));
  }

  snapshot(): UserState {
    return { ...this.state };
  }

  pullEvents(): IdentityEvent[] {
    const events = this.events;
    this.events = [];
    return events;
  }
}
