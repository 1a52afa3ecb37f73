import { Injectable } from '@nestjs/common';
import type { UnitOfWork } from '../application/unit-of-work.js';
import { AfterCommitActions } from './after-commit-actions.js';
import { undoJournal } from './undo-journal.js';

/**
 * Units of work run one at a time, as row locks make them in PostgreSQL, so a read-check-write cannot
 * interleave with another; a failed unit undoes the writes it made to the in-memory tables
 * (TransactionalMap). A nested run joins the unit it runs in, as a savepoint: no queueing behind it.
 */
@Injectable()
export class InMemoryUnitOfWork implements UnitOfWork {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly afterCommitActions = new AfterCommitActions();

  run<T>(work: () => Promise<T>): Promise<T> {
    return this.afterCommitActions.around((held) => this.transaction(held), work);
  }

  afterCommit(action: () => void): void {
    this.afterCommitActions.add(action);
  }

  private transaction<T>(work: () => Promise<T>): Promise<T> {
    if (undoJournal.active) return undoJournal.within(work);
    const result = this.queue.then(() => undoJournal.within(work));
    this.queue = result.catch(() => undefined);
    return result;
  }
}
