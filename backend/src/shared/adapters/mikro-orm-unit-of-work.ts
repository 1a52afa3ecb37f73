import { EntityManager, TransactionPropagation } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { UnitOfWork } from '../application/unit-of-work.js';

/**
 * One PostgreSQL transaction around the work. MikroORM hands the transaction's EntityManager to every
 * repository that uses the injected (context-aware) EntityManager meanwhile. A nested run is a
 * savepoint inside the running transaction.
 */
@Injectable()
export class MikroOrmUnitOfWork implements UnitOfWork {
  constructor(private readonly em: EntityManager) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    return this.em.transactional(() => work(), { propagation: TransactionPropagation.NESTED });
  }
}
