import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { Persistence } from '../config/app-config.js';
import { InMemoryUnitOfWork } from './adapters/in-memory-unit-of-work.js';
import { MikroOrmUnitOfWork } from './adapters/mikro-orm-unit-of-work.js';
import { PreparedStatements } from './adapters/prepared-statements.js';
import { CLOCK, SystemClock } from './application/clock.js';
import { UNIT_OF_WORK } from './application/unit-of-work.js';

/**
 * What every context shares: the clock (tests replace it), the unit of work of the persistence and,
 * on PostgreSQL, the prepared statements of the hot reads.
 */
@Global()
@Module({})
export class KernelModule {
  static register(persistence: Persistence): DynamicModule {
    const sql = persistence === 'postgres' ? [PreparedStatements] : [];
    return {
      module: KernelModule,
      providers: [
        { provide: CLOCK, useClass: SystemClock },
        { provide: UNIT_OF_WORK, useClass: persistence === 'postgres' ? MikroOrmUnitOfWork : InMemoryUnitOfWork },
        ...sql,
      ],
      exports: [CLOCK, UNIT_OF_WORK, ...sql],
    };
  }
}
