import { describe } from '@jest/globals';
import { InMemoryUnitOfWork } from '../../../../../shared/adapters/in-memory-unit-of-work.js';
import { importOriginRepositoryContract } from '../../../testing/import-origin-repository.contract.js';
import { InMemoryImportOriginRepository } from './in-memory-import-origin.repository.js';

describe('in-memory import origins', () => {
  importOriginRepositoryContract(async () => ({
    origins: new InMemoryImportOriginRepository(),
    unitOfWork: new InMemoryUnitOfWork(),
  }));
});
