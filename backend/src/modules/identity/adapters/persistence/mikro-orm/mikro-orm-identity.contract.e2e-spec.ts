import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe } from '@jest/globals';
import { createOrmConfig } from '../../../../../database/mikro-orm.config.js';
import { createTestDatabase, type TestDatabase } from '../../../../../../../test/support/test-database.js';
import { PreparedStatements } from '../../../../../shared/adapters/prepared-statements.js';
import { attemptLogContract } from '../../../testing/attempt-log.contract.js';
import { calendarTokenRepositoryContract } from '../../../testing/calendar-token-repository.contract.js';
import { passwordResetRepositoryContract } from '../../../testing/password-reset-repository.contract.js';
import type { IdentityAdaptersFactory } from '../../../testing/identity-adapters.js';
import { sessionRepositoryContract } from '../../../testing/session-repository.contract.js';
import { userRepositoryContract } from '../../../testing/user-repository.contract.js';
import { MikroOrmAttemptLog } from './mikro-orm-attempt-log.js';
import { MikroOrmCalendarTokenRepository } from './mikro-orm-calendar-token.repository.js';
import { MikroOrmPasswordResetRepository } from './mikro-orm-password-reset.repository.js';
import { MikroOrmSessionRepository } from './mikro-orm-session.repository.js';
import { MikroOrmUserProfileReader } from './mikro-orm-user-profile.reader.js';
import { MikroOrmUserRepository } from './mikro-orm-user.repository.js';

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

const mikroOrmAdapters: IdentityAdaptersFactory = async () => {
  await orm.em.fork().execute('truncate users, sessions, auth_attempts, password_resets, calendar_tokens cascade');
  const em = orm.em.fork();
  return {
    users: new MikroOrmUserRepository(em),
    sessions: new MikroOrmSessionRepository(em, new PreparedStatements(em)),
    attempts: new MikroOrmAttemptLog(em),
    passwordResets: new MikroOrmPasswordResetRepository(em),
    calendarTokens: new MikroOrmCalendarTokenRepository(em),
    profiles: new MikroOrmUserProfileReader(em),
  };
};

describe('identity MikroORM adapters', () => {
  userRepositoryContract(mikroOrmAdapters);
  sessionRepositoryContract(mikroOrmAdapters);
  passwordResetRepositoryContract(mikroOrmAdapters);
  attemptLogContract(mikroOrmAdapters);
  calendarTokenRepositoryContract(mikroOrmAdapters);
});
