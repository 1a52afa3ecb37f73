import { beforeEach, describe, expect, it } from '@jest/globals';
import type { UnitOfWork } from '../application/unit-of-work.js';

/** A unit of work on empty storage, with a way to write records as a repository would and read them back. */
export interface UnitOfWorkProbe {
  unitOfWork: UnitOfWork;
  write(key: string): Promise<void>;
  /** The committed records, sorted, as another request would see them. */
  committed(): Promise<string[]>;
}

export type UnitOfWorkProbeFactory = () => Promise<UnitOfWorkProbe>;

class Refused extends Error {}

/** Fails the test instead of hanging when a unit waits for itself. */
function withinTwoSeconds<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadlock = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the unit of work did not finish: deadlock?')), 2000);
  });
  return Promise.race([work, deadlock]).finally(() => clearTimeout(timer));
}

/** What every UnitOfWork adapter must do, whatever stores the data. */
export function unitOfWorkContract(makeProbe: UnitOfWorkProbeFactory): void {
  describe('unit of work contract', () => {
    let probe: UnitOfWorkProbe;

    beforeEach(async () => {
      probe = await makeProbe();
    });

    it('commits the work’s writes and returns its result', async () => {
      const result = await probe.unitOfWork.run(async () => {
        await probe.write('a');
        await probe.write('b');
        return 42;
      });
      expect(result).toBe(42);
      expect(await probe.committed()).toEqual(['a', 'b']);
    });

    it('leaves nothing behind when the work throws, passes the error on, and runs the next unit', async () => {
      await expect(
        probe.unitOfWork.run(async () => {
          await probe.write('a');
          throw new Refused();
        }),
      ).rejects.toThrow(Refused);
      expect(await probe.committed()).toEqual([]);
      await probe.unitOfWork.run(() => probe.write('b'));
      expect(await probe.committed()).toEqual(['b']);
    });

    it('keeps one unit’s writes when a concurrent unit fails', async () => {
      const results = await Promise.allSettled([
        probe.unitOfWork.run(() => probe.write('kept')),
        probe.unitOfWork.run(async () => {
          await probe.write('dropped');
          throw new Refused();
        }),
      ]);
      expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected']);
      expect(await probe.committed()).toEqual(['kept']);
    });

    it('joins a nested run to the outer unit without waiting: both commit, or neither', async () => {
      await withinTwoSeconds(
        probe.unitOfWork.run(async () => {
          await probe.write('outer');
          await probe.unitOfWork.run(() => probe.write('inner'));
        }),
      );
      expect(await probe.committed()).toEqual(['inner', 'outer']);

      const fresh = await makeProbe();
      await expect(
        withinTwoSeconds(
          fresh.unitOfWork.run(async () => {
            await fresh.unitOfWork.run(() => fresh.write('inner'));
            await fresh.write('outer');
            throw new Refused();
          }),
        ),
      ).rejects.toThrow(Refused);
      expect(await fresh.committed()).toEqual([]);
    });

    it('undoes only a failed nested run’s writes, and the outer unit goes on', async () => {
      await withinTwoSeconds(
        probe.unitOfWork.run(async () => {
          await probe.write('before');
          await expect(
            probe.unitOfWork.run(async () => {
              await probe.write('nested');
              throw new Refused();
            }),
          ).rejects.toThrow(Refused);
          await probe.write('after');
        }),
      );
      expect(await probe.committed()).toEqual(['after', 'before']);
    });

    it('runs an after-commit action at once outside any unit', () => {
      const ran: string[] = [];
      probe.unitOfWork.afterCommit(() => ran.push('at once'));
      expect(ran).toEqual(['at once']);
    });

    it('holds the after-commit actions of nested runs until the outer unit commits, then runs each once', async () => {
      const ran: string[] = [];
      let seenByTheAction: Promise<string[]> | undefined;
      await withinTwoSeconds(
        probe.unitOfWork.run(async () => {
          await probe.unitOfWork.run(async () => {
            await probe.write('inner');
            probe.unitOfWork.afterCommit(() => {
              ran.push('inner');
              seenByTheAction = probe.committed();
            });
          });
          probe.unitOfWork.afterCommit(() => ran.push('outer'));
          await probe.write('outer');
          expect(ran).toEqual([]);
        }),
      );
      expect(ran).toEqual(['inner', 'outer']);
      expect(await seenByTheAction).toEqual(['inner', 'outer']);
      await probe.unitOfWork.run(() => probe.write('next'));
      expect(ran).toEqual(['inner', 'outer']);
    });

    it('never runs the after-commit actions of a unit that throws, nor those of a failed nested run', async () => {
      const ran: string[] = [];
      await expect(
        probe.unitOfWork.run(async () => {
          await probe.unitOfWork.run(async () => probe.unitOfWork.afterCommit(() => ran.push('nested')));
          probe.unitOfWork.afterCommit(() => ran.push('outer'));
          throw new Refused();
        }),
      ).rejects.toThrow(Refused);
      await probe.unitOfWork.run(async () => {
        await expect(
          probe.unitOfWork.run(async () => {
            probe.unitOfWork.afterCommit(() => ran.push('failed nested'));
            throw new Refused();
          }),
        ).rejects.toThrow(Refused);
        probe.unitOfWork.afterCommit(() => ran.push('kept'));
      });
      expect(ran).toEqual(['kept']);
    });
  });
}
