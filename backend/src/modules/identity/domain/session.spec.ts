import { describe, expect, it } from '@jest/globals';
import { Session, SESSION_ABSOLUTE_LIFETIME_MS, SESSION_IDLE_LIFETIME_MS } from './session.js';

const DAY = 24 * 3600 * 1000;
const start = new Date('2026-11-24T10:00:00Z');
const at = (ms: number) => new Date(start.getTime() + ms);
const open = () => Session.open({ id: 's1', userId: 'u1', tokenHash: 'h', now: start });

describe('Session', () => {
  it('expires after 7 idle days', () => {
    const session = open();
    expect(session.isActiveAt(at(SESSION_IDLE_LIFETIME_MS - 1))).toBe(true);
    expect(session.isActiveAt(at(SESSION_IDLE_LIFETIME_MS))).toBe(false);
  });

  it('slides the idle expiry when used', () => {
    const session = open();
    expect(session.touch(at(6 * DAY))).toBe(true);
    expect(session.isActiveAt(at(12 * DAY))).toBe(true);
  });

  it('does not write for every request: the expiry moves only by a minute or more', () => {
    const session = open();
    expect(session.touch(at(59_999))).toBe(false);
    expect(session.touch(at(60_000))).toBe(true);
    expect(session.touch(at(90_000))).toBe(false);
  });

  it('stops moving, and asks for no write, once it reaches the absolute expiry', () => {
    const session = open();
    expect(session.touch(at(SESSION_ABSOLUTE_LIFETIME_MS - SESSION_IDLE_LIFETIME_MS + DAY))).toBe(true);
    expect(session.touch(at(SESSION_ABSOLUTE_LIFETIME_MS - SESSION_IDLE_LIFETIME_MS + 2 * DAY))).toBe(false);
    expect(session.idleExpiresAt).toEqual(at(SESSION_ABSOLUTE_LIFETIME_MS));
  });

  it('never outlives its 30-day absolute expiry, however often it is used', () => {
    const session = open();
    for (let day = 6; day < 30; day += 6) session.touch(at(day * DAY));
    expect(session.isActiveAt(at(SESSION_ABSOLUTE_LIFETIME_MS - 1))).toBe(true);
    session.touch(at(SESSION_ABSOLUTE_LIFETIME_MS - 1000));
    expect(session.isActiveAt(at(SESSION_ABSOLUTE_LIFETIME_MS))).toBe(false);
  });
});
