import { type DynamicModule, Module } from '@nestjs/common';
import type { Persistence } from '../config/app-config.js';
import { DatabaseHealth } from './database-health.js';
import { HealthController } from './health.controller.js';
import { MikroOrmDatabaseHealth } from './mikro-orm-database-health.js';
import { NoDatabaseHealth } from './no-database-health.js';

@Module({})
export class HealthModule {
  static register(persistence: Persistence): DynamicModule {
    return {
      module: HealthModule,
      controllers: [HealthController],
      providers: [
        { provide: DatabaseHealth, useClass: persistence === 'postgres' ? MikroOrmDatabaseHealth : NoDatabaseHealth },
      ],
    };
  }
}
