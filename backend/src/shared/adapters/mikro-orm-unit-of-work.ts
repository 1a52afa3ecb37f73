import { EntityManager, TransactionPropagation } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { UnitOfWork } from '../application/unit-of-work.js';
import { AfterCommitActions } from './after-commit-actions.js';

/**
 * One PostgreSQL transaction around the work. MikroORM hands the transaction's EntityManager to every
 * repository that uses the injected (context-aware) EntityManager meanwhile. A nested run is a
 * savepoint inside the running transaction. The after-commit actions run outside the transaction's
 * context, with the caller's EntityManager.
 */
@Injectable()
export class MikroOrmUnitOfWork implements UnitOfWork {
  private readonly afterCommitActions = new AfterCommitActions();

  constructor(private readonly em: EntityManager) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    return this.afterCommitActions.around(
      (held) => this.em.transactional(() => held(), { propagation: TransactionPropagation.NESTED }),
      work,
    );
  }

  afterCommit(action: () => void): void {
    this.afterCommitActions.add(action);
  }
}
