import { describe, expect, it } from '@jest/globals';
import { BandNotFoundError, InsufficientRoleError } from './bands.errors.js';
import { ROLES, requireRole } from './role.js';

describe('requireRole', () => {
  it('grants each role the rights of the roles below it, and answers with the role held', () => {
    expect(requireRole('admin', 'admin')).toBe('admin');
    expect(requireRole('admin', 'manager')).toBe('admin');
    expect(requireRole('admin', 'member')).toBe('admin');
    expect(requireRole('manager', 'manager')).toBe('manager');
    expect(requireRole('manager', 'member')).toBe('manager');
    expect(requireRole('member', 'member')).toBe('member');
  });

  it('refuses a role below the one needed, naming the one needed', () => {
    expect(() => requireRole('member', 'manager')).toThrow(new InsufficientRoleError('manager'));
    expect(() => requireRole('member', 'admin')).toThrow(new InsufficientRoleError('admin'));
    expect(() => requireRole('manager', 'admin')).toThrow(new InsufficientRoleError('admin'));
  });

  it('treats someone without a role as a stranger: the band is not found, whatever is asked', () => {
    for (const minimum of ROLES) {
      expect(() => requireRole(null, minimum)).toThrow(BandNotFoundError);
      expect(() => requireRole(undefined, minimum)).toThrow(BandNotFoundError);
    }
  });
});
