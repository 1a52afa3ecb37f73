import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The after-commit actions of a unit of work adapter's running units, one list per unit in its async
 * context. A nested unit that succeeds hands its actions to the unit around it; one that fails drops
 * them, as its writes are undone; the outermost runs them once its transaction has committed.
 */
export class AfterCommitActions {
  private readonly current = new AsyncLocalStorage<(() => void)[]>();

  add(action: () => void): void {
    const held = this.current.getStore();
    if (held) held.push(action);
    else action();
  }

  /** Runs `work` through the adapter's `transaction`, with a list of actions of its own. */
  async around<T>(transaction: (work: () => Promise<T>) => Promise<T>, work: () => Promise<T>): Promise<T> {
    const enclosing = this.current.getStore();
    const actions: (() => void)[] = [];
    const result = await transaction(() => this.current.run(actions, work));
    if (enclosing) enclosing.push(...actions);
    else for (const action of actions) action();
    return result;
  }
}
