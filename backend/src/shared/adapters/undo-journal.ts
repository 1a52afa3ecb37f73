import { AsyncLocalStorage } from 'node:async_hooks';

/** The undo steps of the in-memory unit of work running in this async context, oldest first. */
const current = new AsyncLocalStorage<(() => void)[]>();

/**
 * What lets the in-memory adapters roll back: each write made inside a unit of work records how to
 * undo itself. A unit that fails undoes its own steps, newest first; one that succeeds hands them to
 * the unit around it, if any, so that the outer unit's failure undoes them too.
 */
export const undoJournal = {
  get active(): boolean {
    return current.getStore() !== undefined;
  },

  record(undo: () => void): void {
    current.getStore()?.push(undo);
  },

  async within<T>(work: () => Promise<T>): Promise<T> {
    const steps: (() => void)[] = [];
    try {
      const result = await current.run(steps, work);
      current.getStore()?.push(...steps);
      return result;
    } catch (error) {
      for (const undo of steps.reverse()) undo();
      throw error;
    }
  },
};
