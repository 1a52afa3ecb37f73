import { describe } from '@jest/globals';
import { unitOfWorkContract, type UnitOfWorkProbeFactory } from '../testing/unit-of-work.contract.js';
import { InMemoryUnitOfWork } from './in-memory-unit-of-work.js';
import { TransactionalMap } from './transactional-map.js';

/** The records live in a TransactionalMap, as the in-memory tables do. */
const inMemoryProbe: UnitOfWorkProbeFactory = async () => {
  const table = new TransactionalMap<string, true>();
  return {
    unitOfWork: new InMemoryUnitOfWork(),
    write: async (key) => {
      table.set(key, true);
    },
    committed: async () => [...table.keys()].sort(),
  };
};

describe('in-memory unit of work', () => {
  unitOfWorkContract(inMemoryProbe);
});
