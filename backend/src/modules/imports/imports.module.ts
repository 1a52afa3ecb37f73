import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import type { Persistence } from '../../config/app-config.js';
import { ImportBandtrack1Handler } from './application/commands/import-bandtrack1/import-bandtrack1.handler.js';
import { IMPORT_ORIGIN_REPOSITORY } from './application/ports/import-origin.repository.js';
import { ORIGINAL_DATABASE_READER } from './application/ports/original-database.reader.js';
import { InMemoryImportOriginRepository } from './adapters/persistence/in-memory/in-memory-import-origin.repository.js';
import { MikroOrmImportOriginRepository } from './adapters/persistence/mikro-orm/mikro-orm-import-origin.repository.js';
import { SqliteOriginalDatabaseReader } from './adapters/sqlite/sqlite-original-database.reader.js';

const persistenceAdapters: Record<Persistence, Provider[]> = {
  postgres: [{ provide: IMPORT_ORIGIN_REPOSITORY, useClass: MikroOrmImportOriginRepository }],
  memory: [{ provide: IMPORT_ORIGIN_REPOSITORY, useClass: InMemoryImportOriginRepository }],
};

/**
 * Imports from other applications, today the original BandTrack (`npm run import:bandtrack1`):
 * it reads their files and brings their data in through the other contexts' commands.
 */
@Module({})
export class ImportsModule {
  static register(persistence: Persistence): DynamicModule {
    return {
      module: ImportsModule,
      providers: [
        ...persistenceAdapters[persistence],
        { provide: ORIGINAL_DATABASE_READER, useClass: SqliteOriginalDatabaseReader },
        ImportBandtrack1Handler,
      ],
    };
  }
}
