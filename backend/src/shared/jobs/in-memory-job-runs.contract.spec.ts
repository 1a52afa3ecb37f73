import { describe } from '@jest/globals';
import { jobRunsContract } from '../testing/job-runs.contract.js';
import { InMemoryJobRuns } from './in-memory-job-runs.js';

describe('in-memory job runs', () => {
  // One process holds the runs: every "instance" is the same object.
  jobRunsContract(async (instances) => {
    const runs = new InMemoryJobRuns();
    return Array.from({ length: instances }, () => runs);
  });
});
