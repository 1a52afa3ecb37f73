import { randomBytes } from 'node:crypto';
import { newId } from '../../../shared/application/ids.js';
import { Band } from '../domain/band.js';
import { InviteCode } from '../domain/invite-code.js';

export function aBand(overrides: { name?: string; now?: Date } = {}): Band {
  return Band.create({
    id: newId(),
    name: overrides.name ?? 'Les Rythmes',
    inviteCode: InviteCode.generate(randomBytes),
    now: overrides.now ?? new Date('2026-11-24T10:00:00Z'),
  });
}
