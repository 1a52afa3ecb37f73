import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe } from '@jest/globals';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../../../../test/support/test-database.js';
import { createOrmConfig } from '../../../../database/mikro-orm.config.js';
import { PreparedStatements } from '../../../../shared/adapters/prepared-statements.js';
import { liveBusContract } from '../../testing/live-bus.contract.js';
import { LISTENER_APPLICATION_NAME, listeningClient, PostgresLiveBus } from './postgres-live-bus.js';

let database: TestDatabase;
let orm: MikroORM;

beforeAll(async () => {
  database = await createTestDatabase();
  orm = await MikroORM.init(createOrmConfig({ clientUrl: database.url }));
});

afterAll(async () => {
  await orm.close(true);
  await database.drop();
});

describe('PostgreSQL live bus', () => {
  liveBusContract(async () => {
    const statements = new PreparedStatements(orm.em);
    const buses: [PostgresLiveBus, PostgresLiveBus] = [
      new PostgresLiveBus(listeningClient(database.url), statements),
      new PostgresLiveBus(listeningClient(database.url), statements),
    ];
    for (const bus of buses) await bus.start();
    return {
      buses,
      interrupt: async () => {
        const admin = new pg.Client({ connectionString: database.url });
        await admin.connect();
        await admin.query(
          `select pg_terminate_backend(pid) from pg_stat_activity
            where application_name = $1 and datname = current_database()`,
          [LISTENER_APPLICATION_NAME],
        );
        await admin.end();
      },
    };
  });
});
