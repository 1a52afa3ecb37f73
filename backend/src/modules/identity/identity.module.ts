import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { APP_CONFIG, type AppConfig, type Persistence } from '../../config/app-config.js';
import { AttemptLimiter } from './application/attempt-limiter.js';
import { CalendarTokenResolver } from './application/calendar-token-resolver.js';
import { AuthenticateSessionHandler } from './application/commands/authenticate-session/authenticate-session.handler.js';
import { ChangePasswordHandler } from './application/commands/change-password/change-password.handler.js';
import { DeleteAccountHandler } from './application/commands/delete-account/delete-account.handler.js';
import { IssueCalendarTokenHandler } from './application/commands/issue-calendar-token/issue-calendar-token.handler.js';
import { ImportUserHandler } from './application/commands/import-user/import-user.handler.js';
import { IssuePasswordResetHandler } from './application/commands/issue-password-reset/issue-password-reset.handler.js';
import { LogInHandler } from './application/commands/log-in/log-in.handler.js';
import { LogOutHandler } from './application/commands/log-out/log-out.handler.js';
import { RevokeCalendarTokenHandler } from './application/commands/revoke-calendar-token/revoke-calendar-token.handler.js';
import { ResetPasswordHandler } from './application/commands/reset-password/reset-password.handler.js';
import { RegisterUserHandler } from './application/commands/register-user/register-user.handler.js';
import { UpdateProfileHandler } from './application/commands/update-profile/update-profile.handler.js';
import { ATTEMPT_LOG } from './application/ports/attempt-log.js';
import { CALENDAR_TOKEN_REPOSITORY } from './application/ports/calendar-token.repository.js';
import { PASSWORD_HASHER } from './application/ports/password-hasher.js';
import { PASSWORD_RESET_REPOSITORY } from './application/ports/password-reset.repository.js';
import { SESSION_REPOSITORY } from './application/ports/session.repository.js';
import { USER_PROFILE_READER } from './application/ports/user-profile.reader.js';
import { USER_REPOSITORY } from './application/ports/user.repository.js';
import { GetMeHandler } from './application/queries/get-me/get-me.handler.js';
import { ListActiveSessionsHandler } from './application/queries/list-active-sessions/list-active-sessions.handler.js';
import { SessionOpener } from './application/session-opener.js';
import { Pbkdf2PasswordHasher } from './adapters/crypto/pbkdf2-password-hasher.js';
import { AuthController } from './adapters/http/auth.controller.js';
import { MeController } from './adapters/http/me.controller.js';
import { SessionCookie } from './adapters/http/session-cookie.js';
import { SessionGuard } from './adapters/http/session.guard.js';
import { InMemoryAttemptLog } from './adapters/persistence/in-memory/in-memory-attempt-log.js';
import { InMemoryCalendarTokenRepository } from './adapters/persistence/in-memory/in-memory-calendar-token.repository.js';
import { InMemoryIdentityStore } from './adapters/persistence/in-memory/in-memory-identity.store.js';
import { InMemoryPasswordResetRepository } from './adapters/persistence/in-memory/in-memory-password-reset.repository.js';
import { InMemorySessionRepository } from './adapters/persistence/in-memory/in-memory-session.repository.js';
import { InMemoryUserProfileReader } from './adapters/persistence/in-memory/in-memory-user-profile.reader.js';
import { InMemoryUserRepository } from './adapters/persistence/in-memory/in-memory-user.repository.js';
import { MikroOrmAttemptLog } from './adapters/persistence/mikro-orm/mikro-orm-attempt-log.js';
import { MikroOrmCalendarTokenRepository } from './adapters/persistence/mikro-orm/mikro-orm-calendar-token.repository.js';
import { MikroOrmPasswordResetRepository } from './adapters/persistence/mikro-orm/mikro-orm-password-reset.repository.js';
import { MikroOrmSessionRepository } from './adapters/persistence/mikro-orm/mikro-orm-session.repository.js';
import { MikroOrmUserProfileReader } from './adapters/persistence/mikro-orm/mikro-orm-user-profile.reader.js';
import { MikroOrmUserRepository } from './adapters/persistence/mikro-orm/mikro-orm-user.repository.js';

const persistenceAdapters: Record<Persistence, Provider[]> = {
  postgres: [
    { provide: USER_REPOSITORY, useClass: MikroOrmUserRepository },
    { provide: SESSION_REPOSITORY, useClass: MikroOrmSessionRepository },
    { provide: ATTEMPT_LOG, useClass: MikroOrmAttemptLog },
    { provide: PASSWORD_RESET_REPOSITORY, useClass: MikroOrmPasswordResetRepository },
    { provide: CALENDAR_TOKEN_REPOSITORY, useClass: MikroOrmCalendarTokenRepository },
    { provide: USER_PROFILE_READER, useClass: MikroOrmUserProfileReader },
  ],
  memory: [
    InMemoryIdentityStore,
    { provide: USER_REPOSITORY, useClass: InMemoryUserRepository },
    { provide: SESSION_REPOSITORY, useClass: InMemorySessionRepository },
    { provide: ATTEMPT_LOG, useClass: InMemoryAttemptLog },
    { provide: PASSWORD_RESET_REPOSITORY, useClass: InMemoryPasswordResetRepository },
    { provide: CALENDAR_TOKEN_REPOSITORY, useClass: InMemoryCalendarTokenRepository },
    { provide: USER_PROFILE_READER, useClass: InMemoryUserProfileReader },
  ],
};

/**
 * Accounts, passwords and sessions. Binds each port to the adapter of the chosen persistence.
 * Global: other contexts read user profiles (USER_PROFILE_READER) and resolve calendar feed secrets
 * (CalendarTokenResolver); the bands context provides the
 * ACCOUNT_DELETION_POLICY and MEMBER_BANDS_READER ports identity asks.
 */
@Module({})
export class IdentityModule {
  static register(persistence: Persistence): DynamicModule {
    return {
      module: IdentityModule,
      global: true,
      exports: [USER_PROFILE_READER, AttemptLimiter, CalendarTokenResolver, SessionCookie],
      controllers: [AuthController, MeController],
      providers: [
        ...persistenceAdapters[persistence],
        {
          provide: PASSWORD_HASHER,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => new Pbkdf2PasswordHasher(config.passwordHashIterations),
        },
        AttemptLimiter,
        CalendarTokenResolver,
        SessionOpener,
        SessionCookie,
        { provide: APP_GUARD, useClass: SessionGuard },
        RegisterUserHandler,
        LogInHandler,
        LogOutHandler,
        AuthenticateSessionHandler,
        UpdateProfileHandler,
        ChangePasswordHandler,
        DeleteAccountHandler,
        IssuePasswordResetHandler,
        ResetPasswordHandler,
        IssueCalendarTokenHandler,
        RevokeCalendarTokenHandler,
        ImportUserHandler,
        GetMeHandler,
        ListActiveSessionsHandler,
      ],
    };
  }
}
