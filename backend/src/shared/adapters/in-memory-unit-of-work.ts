import { Injectable } from '@nestjs/common';
import type { UnitOfWork } from '../application/unit-of-work.js';

/**
 * In memory there is nothing to roll back, but units of work still run one at a time, as row locks
 * make them in PostgreSQL, so a read-check-write cannot interleave with another.
 */
@Injectable()
export class InMemoryUnitOfWork implements UnitOfWork {
  private queue: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work);
    this.queue = result.catch(() => undefined);
    return result;
  }
}
