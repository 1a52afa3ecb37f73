import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import type { Persistence } from '../../config/app-config.js';
import { ACCOUNT_DELETION_POLICY, MEMBER_BANDS_READER } from '../identity/public-api.js';
import { ActiveBandController } from './adapters/http/active-band.controller.js';
import { BandsController } from './adapters/http/bands.controller.js';
import { InvitesController } from './adapters/http/invites.controller.js';
import { MembersController } from './adapters/http/members.controller.js';
import { InMemoryActiveBandRepository } from './adapters/persistence/in-memory/in-memory-active-band.repository.js';
import { InMemoryBandRepository } from './adapters/persistence/in-memory/in-memory-band.repository.js';
import { InMemoryBandsReader } from './adapters/persistence/in-memory/in-memory-bands.reader.js';
import { InMemoryBandsStore } from './adapters/persistence/in-memory/in-memory-bands.store.js';
import { InMemoryRosterRepository } from './adapters/persistence/in-memory/in-memory-roster.repository.js';
import { MikroOrmActiveBandRepository } from './adapters/persistence/mikro-orm/mikro-orm-active-band.repository.js';
import { MikroOrmBandRepository } from './adapters/persistence/mikro-orm/mikro-orm-band.repository.js';
import { MikroOrmBandsReader } from './adapters/persistence/mikro-orm/mikro-orm-bands.reader.js';
import { MikroOrmRosterRepository } from './adapters/persistence/mikro-orm/mikro-orm-roster.repository.js';
import { BandAccess } from './application/band-access.js';
import { BandRemoval } from './application/band-removal.js';
import { BandsAccountDeletionPolicy } from './application/bands-account-deletion-policy.js';
import { BandsOfMember } from './application/bands-of-member.js';
import { ChangeMemberRoleHandler } from './application/commands/change-member-role/change-member-role.handler.js';
import { CreateBandHandler } from './application/commands/create-band/create-band.handler.js';
import { DeleteBandHandler } from './application/commands/delete-band/delete-band.handler.js';
import { JoinBandHandler } from './application/commands/join-band/join-band.handler.js';
import { RemoveMemberHandler } from './application/commands/remove-member/remove-member.handler.js';
import { RenewInviteCodeHandler } from './application/commands/renew-invite-code/renew-invite-code.handler.js';
import { SetActiveBandHandler } from './application/commands/set-active-band/set-active-band.handler.js';
import { UpdateBandSettingsHandler } from './application/commands/update-band-settings/update-band-settings.handler.js';
import { ACTIVE_BAND_REPOSITORY } from './application/ports/active-band.repository.js';
import { BAND_REPOSITORY } from './application/ports/band.repository.js';
import { BANDS_READER } from './application/ports/bands.reader.js';
import { ROSTER_REPOSITORY } from './application/ports/roster.repository.js';
import { GetBandHandler } from './application/queries/get-band/get-band.handler.js';
import { GetInvitationHandler } from './application/queries/get-invitation/get-invitation.handler.js';
import { ListMembersHandler } from './application/queries/list-members/list-members.handler.js';
import { ListMyBandsHandler } from './application/queries/list-my-bands/list-my-bands.handler.js';

const persistenceAdapters: Record<Persistence, Provider[]> = {
  postgres: [
    { provide: BAND_REPOSITORY, useClass: MikroOrmBandRepository },
    { provide: ROSTER_REPOSITORY, useClass: MikroOrmRosterRepository },
    { provide: ACTIVE_BAND_REPOSITORY, useClass: MikroOrmActiveBandRepository },
    { provide: BANDS_READER, useClass: MikroOrmBandsReader },
  ],
  memory: [
    InMemoryBandsStore,
    { provide: BAND_REPOSITORY, useClass: InMemoryBandRepository },
    { provide: ROSTER_REPOSITORY, useClass: InMemoryRosterRepository },
    { provide: ACTIVE_BAND_REPOSITORY, useClass: InMemoryActiveBandRepository },
    { provide: BANDS_READER, useClass: InMemoryBandsReader },
  ],
};

/**
 * Bands, memberships and roles, invitations, the active band, band settings. Global: every context
 * checks membership through BandAccess, and identity asks it about a user's bands.
 */
@Module({})
export class BandsModule {
  static register(persistence: Persistence): DynamicModule {
    return {
      module: BandsModule,
      global: true,
      controllers: [BandsController, InvitesController, MembersController, ActiveBandController],
      providers: [
        ...persistenceAdapters[persistence],
        BandAccess,
        BandRemoval,
        { provide: ACCOUNT_DELETION_POLICY, useClass: BandsAccountDeletionPolicy },
        { provide: MEMBER_BANDS_READER, useClass: BandsOfMember },
        CreateBandHandler,
        JoinBandHandler,
        DeleteBandHandler,
        UpdateBandSettingsHandler,
        RenewInviteCodeHandler,
        ChangeMemberRoleHandler,
        RemoveMemberHandler,
        SetActiveBandHandler,
        ListMyBandsHandler,
        GetBandHandler,
        GetInvitationHandler,
        ListMembersHandler,
      ],
      exports: [BandAccess, ACCOUNT_DELETION_POLICY, MEMBER_BANDS_READER],
    };
  }
}
