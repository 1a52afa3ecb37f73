import { MikroOrmModule } from '@mikro-orm/nestjs';
import { type DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { createOrmConfig } from './database/mikro-orm.config.js';
import { HealthModule } from './health/health.module.js';
import { ActivityModule } from './modules/activity/activity.module.js';
import { BandsModule } from './modules/bands/bands.module.js';
import { ExportsModule } from './modules/exports/exports.module.js';
import { IdentityModule } from './modules/identity/identity.module.js';
import { LiveModule } from './modules/live/live.module.js';
import { ImportsModule } from './modules/imports/imports.module.js';
import { OperationsModule } from './modules/operations/operations.module.js';
import { RepertoireModule } from './modules/repertoire/repertoire.module.js';
import { ScheduleModule } from './modules/schedule/schedule.module.js';
import { EventsAfterCommit } from './shared/adapters/events-after-commit.js';
import { requestEntityManager } from './shared/adapters/mikro-orm-request-context.js';
import { JobsModule } from './shared/jobs/jobs.module.js';
import { KernelModule } from './shared/kernel.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const database =
      config.persistence === 'postgres'
        ? [
            MikroOrmModule.forRoot({
              ...createOrmConfig({ clientUrl: requireDatabaseUrl(config) }),
              // A scope per request, its EntityManager forked on first use: installRequestContext (app.setup.ts).
              registerRequestContext: false,
              context: requestEntityManager,
            }),
          ]
        : [];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        KernelModule.register(config.persistence),
        CqrsModule.forRoot(),
        DiscoveryModule,
        ...database,
        JobsModule.register(config.persistence),
        HealthModule.register(config.persistence),
        IdentityModule.register(config.persistence),
        BandsModule.register(config.persistence),
        RepertoireModule.register(config.persistence),
        ScheduleModule.register(config.persistence),
        LiveModule.register(config.persistence),
        ImportsModule.register(config.persistence),
        OperationsModule.register(config),
        ActivityModule.register(config.persistence),
        ExportsModule,
      ],
      providers: [EventsAfterCommit],
    };
  }
}

function requireDatabaseUrl(config: AppConfig): string {
  if (!config.databaseUrl) throw new Error('PERSISTENCE=postgres needs a database URL');
  return config.databaseUrl;
}
