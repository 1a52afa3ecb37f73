// What other parts of the app may use of identity. Everything else is internal to the context.
export type { Principal } from './application/authenticated-session.js';
export { CurrentUser } from './adapters/http/current-user.decorator.js';
export { Public } from './adapters/http/public.decorator.js';
export { UserRecord } from './adapters/persistence/mikro-orm/user.schema.js';
export { identityEntities } from './adapters/persistence/mikro-orm/identity.entities.js';
export { IdentityModule } from './identity.module.js';
