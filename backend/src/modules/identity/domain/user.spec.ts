import { describe, expect, it } from '@jest/globals';
import { DisplayName } from './display-name.js';
import { AccountDeleted, PasswordChanged, UserRegistered } from './identity.events.js';
import { User } from './user.js';
import { Username } from './username.js';

const register = () =>
  User.register({ id: 'u1', username: Username.of('lea'), passwordHash: 'h', now: new Date('2026-11-24T10:00:00Z') });

describe('User', () => {
  it('takes its username as display name when none is given, and records its registration', () => {
    const user = register();
    expect(user.displayName).toBe('lea');
    expect(user.preferences).toEqual({ theme: 'system', locale: 'fr' });
    expect(user.pullEvents()).toEqual([new UserRegistered('u1', 'lea')]);
    expect(user.pullEvents()).toEqual([]);
  });

  it('changes only the preferences it is given', () => {
    const user = register();
    user.changePreferences({ theme: 'dark' });
    user.changePreferences({ locale: 'en', theme: undefined });
    expect(user.preferences).toEqual({ theme: 'dark', locale: 'en' });
  });

  it('records a password change and a deletion', () => {
    const user = register();
    user.pullEvents();
    user.rename(DisplayName.of('Léa'));
    user.changePasswordHash('h2');
    user.markDeleted();
    expect(user.displayName).toBe('Léa');
    expect(user.pullEvents()).toEqual([new PasswordChanged('u1'), new AccountDeleted('u1')]);
  });
});
