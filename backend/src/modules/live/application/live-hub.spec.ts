import { beforeEach, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../../shared/testing/fixed-clock.js';
import { InMemoryLiveBus } from '../adapters/in-memory/in-memory-live-bus.js';
import type { BandRemovedMessage } from '../domain/live-message.js';
import { RecordingConnection } from '../testing/recording-connection.js';
import { CLOSE } from './live-connection.js';
import { LiveHub } from './live-hub.js';
import type { LiveNotice } from './live-notice.js';
import type { SessionCheck } from './ports/session-check.js';

class FakeSessionCheck implements SessionCheck {
  readonly revoked = new Set<string>();
  async activeAmong(sessionIds: readonly string[]): Promise<string[]> {
    return sessionIds.filter((id) => !this.revoked.has(id));
  }
}

const at = '2026-11-24T10:00:00.000Z';
const vote = (bandId: string, votes = 1): LiveNotice => ({
  kind: 'band',
  message: { type: 'vote.changed', bandId, at, suggestionId: 's1', votes },
});
const removed = (bandId: string): BandRemovedMessage => ({ type: 'band.removed', bandId, at });
/** Lets the in-memory bus deliver what was published (it delivers on the next microtasks). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('LiveHub', () => {
  let bus: InMemoryLiveBus;
  let sessions: FakeSessionCheck;
  let hub: LiveHub;

  beforeEach(async () => {
    bus = new InMemoryLiveBus();
    sessions = new FakeSessionCheck();
    hub = new LiveHub(bus, sessions, new FixedClock());
    await hub.onModuleInit();
  });

  it('greets a socket with its bands, then sends it what happens in them and nothing of others', async () => {
    const phone = new RecordingConnection('sam');
    hub.open(phone, ['rock', 'jazz']);
    await bus.publish(vote('rock', 3));
    await bus.publish(vote('folk'));
    await settle();
    expect(phone.sent).toEqual([
      { type: 'hello', bands: ['rock', 'jazz'], at },
      { type: 'vote.changed', bandId: 'rock', at, suggestionId: 's1', votes: 3 },
    ]);
  });

  it('sends a band’s message to each of its sockets, and forgets the ones that closed', async () => {
    const [phone, laptop, other] = [
      new RecordingConnection('sam'),
      new RecordingConnection('sam'),
      new RecordingConnection('léa'),
    ];
    for (const connection of [phone, laptop, other]) hub.open(connection, ['rock']);
    hub.forget(laptop);
    await bus.publish(vote('rock'));
    await settle();
    expect([phone.types(), laptop.types(), other.types()]).toEqual([
      ['hello', 'vote.changed'],
      ['hello'],
      ['hello', 'vote.changed'],
    ]);
    expect(hub.size).toBe(2);
  });

  it('subscribes the open sockets of a member who joins', async () => {
    const phone = new RecordingConnection('sam');
    hub.open(phone, []);
    await bus.publish({ kind: 'joined', bandId: 'rock', userId: 'sam' });
    await bus.publish(vote('rock'));
    await settle();
    expect(phone.types()).toEqual(['hello', 'vote.changed']);
  });

  it('tells a removed member band.removed once, then nothing more of the band; the others still hear', async () => {
    const [sam, lea] = [new RecordingConnection('sam'), new RecordingConnection('léa')];
    hub.open(sam, ['rock', 'jazz']);
    hub.open(lea, ['rock']);
    await bus.publish({ kind: 'removed', userId: 'sam', message: removed('rock') });
    await bus.publish({ kind: 'removed', userId: 'sam', message: removed('rock') });
    await bus.publish(vote('rock'));
    await bus.publish(vote('jazz'));
    await settle();
    expect(sam.sent.slice(1)).toEqual([
      removed('rock'),
      expect.objectContaining({ type: 'vote.changed', bandId: 'jazz' }),
    ]);
    expect(lea.types()).toEqual(['hello', 'vote.changed']);
  });

  it('tells every socket of a deleted band band.removed', async () => {
    const [sam, lea] = [new RecordingConnection('sam'), new RecordingConnection('léa')];
    hub.open(sam, ['rock']);
    hub.open(lea, ['rock']);
    await bus.publish({ kind: 'removed', userId: null, message: removed('rock') });
    await bus.publish(vote('rock'));
    await settle();
    expect([sam.types(), lea.types()]).toEqual([
      ['hello', 'band.removed'],
      ['hello', 'band.removed'],
    ]);
  });

  it('closes the sockets whose session was revoked, and keeps the user’s others', async () => {
    const [phone, laptop] = [new RecordingConnection('sam', 'phone'), new RecordingConnection('sam', 'laptop')];
    hub.open(phone, ['rock']);
    hub.open(laptop, ['rock']);
    sessions.revoked.add('phone');
    await bus.publish({ kind: 'sessions', userId: 'sam' });
    await settle();
    await bus.publish(vote('rock'));
    await settle();
    expect(phone.closedWith).toEqual({ code: CLOSE.sessionEnded, reason: 'session ended' });
    expect(laptop.closedWith).toBeNull();
    expect([phone.types(), laptop.types()]).toEqual([['hello'], ['hello', 'vote.changed']]);
  });

  it('closes every socket when notices may have been missed, and refuses new ones while the bus is down', async () => {
    const phone = new RecordingConnection('sam');
    hub.open(phone, ['rock']);
    bus.interrupt();
    expect(phone.closedWith).toEqual({ code: CLOSE.restart, reason: 'live updates interrupted' });
    expect(hub.size).toBe(0);

    await bus.stop();
    expect(hub.accepting).toBe(false);
    const late = new RecordingConnection('sam');
    hub.open(late, ['rock']);
    expect(late.closedWith).toEqual({ code: CLOSE.restart, reason: 'live updates interrupted' });
    expect(late.sent).toEqual([]);
  });

  it('tells every client to come back later when the server stops', () => {
    const phone = new RecordingConnection('sam');
    hub.open(phone, ['rock']);
    hub.beforeApplicationShutdown();
    expect(phone.closedWith).toEqual({ code: CLOSE.goingAway, reason: 'server stopping' });
  });
});
