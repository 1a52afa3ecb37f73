// The application contract identity offers the other contexts: what their domain, application and
// adapters may import. The HTTP kit is in public-http.ts; the Nest module and the entity list are for
// the composition root only (app.module.ts, database/). Everything else is internal to identity.
export { AttemptLimiter } from './application/attempt-limiter.js';
export { CalendarTokenResolver } from './application/calendar-token-resolver.js';
export type { AttemptLog } from './application/ports/attempt-log.js';
export type { Principal } from './application/authenticated-session.js';
export { AccountDeleted, PasswordChanged, SignedOut } from './domain/identity.events.js';
export { AuthenticateSessionCommand } from './application/commands/authenticate-session/authenticate-session.command.js';
export { ListActiveSessionsQuery } from './application/queries/list-active-sessions/list-active-sessions.query.js';
export { type ImportedUser, ImportUserCommand } from './application/commands/import-user/import-user.command.js';
export { IssuePasswordResetCommand } from './application/commands/issue-password-reset/issue-password-reset.command.js';
export { ACCOUNT_DELETION_POLICY, type AccountDeletionPolicy } from './application/ports/account-deletion-policy.js';
export {
  MEMBER_BANDS_READER,
  type MemberBandsReader,
  type MemberBandsView,
} from './application/ports/member-bands.reader.js';
export { USER_PROFILE_READER, type UserProfileReader } from './application/ports/user-profile.reader.js';
export type { Locale } from './domain/preferences.js';
