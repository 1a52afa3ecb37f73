// What other parts of the app may use of identity. Everything else is internal to the context.
export type { Principal } from './application/authenticated-session.js';
export { ACCOUNT_DELETION_POLICY, type AccountDeletionPolicy } from './application/ports/account-deletion-policy.js';
export {
  MEMBER_BANDS_READER,
  type MemberBandsReader,
  type MemberBandsView,
} from './application/ports/member-bands.reader.js';
export { USER_PROFILE_READER, type UserProfileReader } from './application/ports/user-profile.reader.js';
export { CurrentUser } from './adapters/http/current-user.decorator.js';
export { Public } from './adapters/http/public.decorator.js';
export { UserRecord } from './adapters/persistence/mikro-orm/user.schema.js';
export { identityEntities } from './adapters/persistence/mikro-orm/identity.entities.js';
export { IdentityModule } from './identity.module.js';
