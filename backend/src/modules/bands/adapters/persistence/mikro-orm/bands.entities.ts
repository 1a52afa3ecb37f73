import { ActiveBandRecord } from './active-band.schema.js';
import { BandRecord } from './band.schema.js';
import { MembershipRecord } from './membership.schema.js';

export const bandsEntities = [BandRecord, MembershipRecord, ActiveBandRecord];
