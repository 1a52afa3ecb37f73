// The application contract bands offers the other contexts: what their domain, application and
// adapters may import. The Nest module and the entity list are for the composition root only
// (app.module.ts, database/). Everything else is internal to bands.
export { BandAccess } from './application/band-access.js';
export {
  BandDeleted,
  BandFormed,
  BandSettingsUpdated,
  MemberJoinedBand,
  MemberLeftBand,
  MemberRoleChanged,
} from './domain/bands.events.js';
export type { Role } from './domain/role.js';
export { GetBandQuery } from './application/queries/get-band/get-band.query.js';
export { ListMembersQuery } from './application/queries/list-members/list-members.query.js';
export { ListMyBandsQuery } from './application/queries/list-my-bands/list-my-bands.query.js';
export { BAND_NAME_MAX_LENGTH, DESCRIPTION_MAX_LENGTH } from './domain/band-settings.js';
export { ChangeMemberRoleCommand } from './application/commands/change-member-role/change-member-role.command.js';
export { CreateBandCommand } from './application/commands/create-band/create-band.command.js';
export { JoinBandCommand } from './application/commands/join-band/join-band.command.js';
export { UpdateBandSettingsCommand } from './application/commands/update-band-settings/update-band-settings.command.js';
export type { Language } from './domain/band-settings.js';
