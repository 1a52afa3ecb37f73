// The application contract bands offers the other contexts: what their domain, application and
// adapters may import. The Nest module and the entity list are for the composition root only
// (app.module.ts, database/). Everything else is internal to bands.
export { BandAccess } from './application/band-access.js';
export {
  BandDeleted,
  BandSettingsUpdated,
  MemberJoinedBand,
  MemberLeftBand,
  MemberRoleChanged,
} from './domain/bands.events.js';
export type { Role } from './domain/role.js';
export { GetBandQuery } from './application/queries/get-band/get-band.query.js';
export { ListMembersQuery } from './application/queries/list-members/list-members.query.js';
export { ListMyBandsQuery } from './application/queries/list-my-bands/list-my-bands.query.js';
