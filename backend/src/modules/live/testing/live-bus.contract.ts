import { afterEach, describe, expect, it } from '@jest/globals';
import type { LiveBus } from '../application/ports/live-bus.js';
import { type LiveNotice, NoticeTooLargeError } from '../application/live-notice.js';

/** Two app instances' buses on one channel (one database), started, and a way to cut their connections. */
export interface LiveBusPair {
  readonly buses: [LiveBus, LiveBus];
  /** Drops the listening connections, as a database restart or a network cut would. */
  interrupt(): Promise<void>;
}

/** What a bus hears, in order. */
function record(bus: LiveBus) {
  const heard = { notices: [] as LiveNotice[], interruptions: 0 };
  bus.subscribe({
    notice: (notice) => heard.notices.push(notice),
    interrupted: () => (heard.interruptions += 1),
  });
  return heard;
}

async function until(condition: () => boolean, what: string, withinMs = 5000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not within ${withinMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const vote = (votes: number): LiveNotice => ({
  kind: 'band',
  message: { type: 'vote.changed', bandId: 'b', at: '2026-11-24T10:00:00.000Z', suggestionId: 's', votes },
});

/** What every LiveBus must do, whatever carries the notices. */
export function liveBusContract(makePair: () => Promise<LiveBusPair>): void {
  describe('LiveBus contract', () => {
    let pair: LiveBusPair;
    afterEach(async () => {
      for (const bus of pair.buses) await bus.stop();
    });

    it('brings a notice published on one instance to the listeners of every instance, in order', async () => {
      pair = await makePair();
      const [a, b] = pair.buses;
      const [onA, onB] = [record(a), record(b)];
      expect([a.listening, b.listening]).toEqual([true, true]);
      for (let votes = 1; votes <= 20; votes++) await (votes % 2 ? a : b).publish(vote(votes));
      await until(() => onA.notices.length === 20 && onB.notices.length === 20, 'twenty notices on each');
      const expected = Array.from({ length: 20 }, (_, index) => vote(index + 1));
      expect(onA.notices).toEqual(expected);
      expect(onB.notices).toEqual(expected);
    });

    it('says nothing more to a listener that left', async () => {
      pair = await makePair();
      const [a, b] = pair.buses;
      const gone = { notices: [] as LiveNotice[] };
      const leave = b.subscribe({ notice: (notice) => gone.notices.push(notice), interrupted: () => undefined });
      const stays = record(b);
      leave();
      await a.publish(vote(1));
      await until(() => stays.notices.length === 1, 'the notice to the listener that stays');
      expect(gone.notices).toEqual([]);
    });

    it('refuses a notice too large for PostgreSQL, and sends nothing of it', async () => {
      pair = await makePair();
      const [a, b] = pair.buses;
      const onB = record(b);
      const huge: LiveNotice = { kind: 'sessions', userId: 'x'.repeat(8000) };
      await expect(a.publish(huge)).rejects.toThrow(NoticeTooLargeError);
      await a.publish(vote(1));
      await until(() => onB.notices.length === 1, 'the next notice');
      expect(onB.notices).toEqual([vote(1)]);
    });

    it('tells its listeners when it lost its connection, then listens again', async () => {
      pair = await makePair();
      const [a, b] = pair.buses;
      const onB = record(b);
      await pair.interrupt();
      await until(() => onB.interruptions === 1, 'the interruption');
      await until(() => a.listening && b.listening, 'both listening again');
      await a.publish(vote(7));
      await until(() => onB.notices.length === 1, 'a notice after the interruption');
      expect(onB.notices).toEqual([vote(7)]);
    });
  });
}
