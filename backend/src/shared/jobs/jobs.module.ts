import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { Persistence } from '../../config/app-config.js';
import { BACKGROUND_SCOPE } from './background-scope.js';
import { DirectBackgroundScope } from './direct-background-scope.js';
import { InMemoryJobRuns } from './in-memory-job-runs.js';
import { JOB_RUNS } from './job-runs.js';
import { MikroOrmBackgroundScope } from './mikro-orm-background-scope.js';
import { MikroOrmJobRuns } from './mikro-orm-job-runs.js';
import { PeriodicJobRunner } from './periodic-job-runner.js';

/**
 * The periodic-job runner (ADR 0048). A context adds a job by providing a class that implements
 * PeriodicJob and is marked `@Periodic()`; JOB_RUNS is exported for screens that show a job's last run.
 */
@Global()
@Module({})
export class JobsModule {
  static register(persistence: Persistence): DynamicModule {
    const postgres = persistence === 'postgres';
    return {
      module: JobsModule,
      imports: [DiscoveryModule],
      providers: [
        { provide: JOB_RUNS, useClass: postgres ? MikroOrmJobRuns : InMemoryJobRuns },
        { provide: BACKGROUND_SCOPE, useClass: postgres ? MikroOrmBackgroundScope : DirectBackgroundScope },
        PeriodicJobRunner,
      ],
      exports: [JOB_RUNS, PeriodicJobRunner],
    };
  }
}
