import { beforeEach, describe, expect, it } from '@jest/globals';
import { JOB_MESSAGE_MAX_LENGTH, type JobRuns } from '../jobs/job-runs.js';

/** Runs on empty storage; `instances` gives that many adapters on the same storage, as several app instances would hold. */
export type JobRunsFactory = (instances: number) => Promise<JobRuns[]>;

const t = (minutes: number) => new Date(Date.UTC(2026, 11, 2, 3, minutes));

/** What every JobRuns adapter must do, whatever stores the runs. */
export function jobRunsContract(makeRuns: JobRunsFactory): void {
  describe('job runs contract', () => {
    let runs: JobRuns;

    beforeEach(async () => {
      [runs] = (await makeRuns(1)) as [JobRuns];
    });

    it('claims each period once, then only a later one', async () => {
      expect(await runs.claim('backup', t(0), t(0))).toBe(true);
      expect(await runs.claim('backup', t(0), t(1))).toBe(false);
      expect(await runs.claim('other', t(0), t(1))).toBe(true);
      expect(await runs.claim('backup', t(10), t(10))).toBe(true);
      expect(await runs.claim('backup', t(0), t(11))).toBe(false);
    });

    it('lets exactly one of many simultaneous claims win, from every instance', async () => {
      const instances = await makeRuns(4);
      const claims = instances.flatMap((instance) => [0, 1, 2].map(() => instance.claim('backup', t(0), t(0))));
      const won = (await Promise.all(claims)).filter(Boolean);
      expect(won).toHaveLength(1);
    });

    it('records a run as running when claimed, then how it ended', async () => {
      expect(await runs.last('backup')).toBeNull();
      await runs.claim('backup', t(0), t(1));
      expect(await runs.last('backup')).toEqual({
        name: 'backup',
        periodStart: t(0),
        startedAt: t(1),
        finishedAt: null,
        outcome: 'running',
        message: null,
      });
      await runs.finish('backup', t(0), 'failed', 'disk full', t(2));
      expect(await runs.last('backup')).toMatchObject({ outcome: 'failed', message: 'disk full', finishedAt: t(2) });
      await runs.claim('backup', t(10), t(10));
      expect(await runs.last('backup')).toMatchObject({ periodStart: t(10), outcome: 'running', message: null });
    });

    it('ignores the end of a run whose period was claimed again since', async () => {
      await runs.claim('backup', t(0), t(0));
      await runs.claim('backup', t(10), t(10));
      await runs.finish('backup', t(0), 'succeeded', 'late', t(11));
      expect(await runs.last('backup')).toMatchObject({ periodStart: t(10), outcome: 'running', finishedAt: null });
    });

    it('cuts a long message', async () => {
      await runs.claim('backup', t(0), t(0));
      await runs.finish('backup', t(0), 'succeeded', 'x'.repeat(JOB_MESSAGE_MAX_LENGTH + 50), t(1));
      expect((await runs.last('backup'))?.message).toHaveLength(JOB_MESSAGE_MAX_LENGTH);
    });
  });
}
