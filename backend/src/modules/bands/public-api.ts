// What other parts of the app may use of the bands context. Everything else is internal to it.
export { BandAccess } from './application/band-access.js';
export type { Role } from './domain/role.js';
export { BandRecord } from './adapters/persistence/mikro-orm/band.schema.js';
export { bandsEntities } from './adapters/persistence/mikro-orm/bands.entities.js';
export { BandsModule } from './bands.module.js';
