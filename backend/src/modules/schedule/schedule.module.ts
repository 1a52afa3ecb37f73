import { type DynamicModule, Logger, Module, type OnApplicationBootstrap, type Provider } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Persistence } from '../../config/app-config.js';
import { QueryBusBandDirectory } from './adapters/contexts/query-bus-band-directory.js';
import { QueryBusSongCatalog } from './adapters/contexts/query-bus-song-catalog.js';
import { AgendaController } from './adapters/http/agenda.controller.js';
import { InMemoryAgendaReader } from './adapters/persistence/in-memory/in-memory-agenda.reader.js';
import { MikroOrmAgendaReader } from './adapters/persistence/mikro-orm/mikro-orm-agenda.reader.js';
import { AGENDA_READER } from './application/ports/agenda.reader.js';
import { ListAgendaHandler } from './application/queries/list-agenda/list-agenda.handler.js';
import { AttendanceController } from './adapters/http/attendance.controller.js';
import { GigsController } from './adapters/http/gigs.controller.js';
import { RehearsalsController } from './adapters/http/rehearsals.controller.js';
import { InMemoryRehearsalRepository } from './adapters/persistence/in-memory/in-memory-rehearsal.repository.js';
import { MikroOrmRehearsalRepository } from './adapters/persistence/mikro-orm/mikro-orm-rehearsal.repository.js';
import { ChangeRehearsalHandler } from './application/commands/change-rehearsal/change-rehearsal.handler.js';
import { PlanRehearsalsHandler } from './application/commands/plan-rehearsals/plan-rehearsals.handler.js';
import { RemoveRehearsalHandler } from './application/commands/remove-rehearsal/remove-rehearsal.handler.js';
import { REHEARSAL_REPOSITORY } from './application/ports/rehearsal.repository.js';
import { SONG_CATALOG } from './application/ports/song-catalog.js';
import { GetRehearsalHandler } from './application/queries/get-rehearsal/get-rehearsal.handler.js';
import { RehearsalLoader } from './application/rehearsal-loader.js';
import { InMemoryAttendanceRepository } from './adapters/persistence/in-memory/in-memory-attendance.repository.js';
import { InMemoryGigRepository } from './adapters/persistence/in-memory/in-memory-gig.repository.js';
import { InMemoryScheduleStore } from './adapters/persistence/in-memory/in-memory-schedule.store.js';
import { MikroOrmAttendanceRepository } from './adapters/persistence/mikro-orm/mikro-orm-attendance.repository.js';
import { MikroOrmGigRepository } from './adapters/persistence/mikro-orm/mikro-orm-gig.repository.js';
import { AnswerAttendanceHandler } from './application/commands/answer-attendance/answer-attendance.handler.js';
import { ReleaseFormerMembersCommand } from './application/commands/release-former-members/release-former-members.command.js';
import { ReleaseFormerMembersHandler } from './application/commands/release-former-members/release-former-members.handler.js';
import { ReleaseFormerMemberHandler } from './application/events/release-former-member/release-former-member.handler.js';
import { ChangeGigHandler } from './application/commands/change-gig/change-gig.handler.js';
import { PlanGigHandler } from './application/commands/plan-gig/plan-gig.handler.js';
import { RemoveGigHandler } from './application/commands/remove-gig/remove-gig.handler.js';
import { EventAccess } from './application/event-access.js';
import { GigLoader } from './application/gig-loader.js';
import { ATTENDANCE_REPOSITORY } from './application/ports/attendance.repository.js';
import { BAND_DIRECTORY } from './application/ports/band-directory.js';
import { GIG_REPOSITORY } from './application/ports/gig.repository.js';
import { GetGigHandler } from './application/queries/get-gig/get-gig.handler.js';
import { GetDashboardHandler } from './application/queries/get-dashboard/get-dashboard.handler.js';
import { REPERTOIRE_DIGEST } from './application/ports/repertoire-digest.js';
import { QueryBusRepertoireDigest } from './adapters/contexts/query-bus-repertoire-digest.js';
import { DashboardController } from './adapters/http/dashboard.controller.js';
import { ProposeSongsHandler } from './application/queries/propose-songs/propose-songs.handler.js';
import { PLANNER_READER } from './application/ports/planner.reader.js';
import { InMemoryPlannerReader } from './adapters/persistence/in-memory/in-memory-planner.reader.js';
import { MikroOrmPlannerReader } from './adapters/persistence/mikro-orm/mikro-orm-planner.reader.js';
import { GetCalendarFeedHandler } from './application/queries/get-calendar-feed/get-calendar-feed.handler.js';
import { MEMBER_EVENT_READER } from './application/ports/member-event.reader.js';
import { CalendarFeedController } from './adapters/http/calendar-feed.controller.js';
import { InMemoryMemberEventReader } from './adapters/persistence/in-memory/in-memory-member-event.reader.js';
import { MikroOrmMemberEventReader } from './adapters/persistence/mikro-orm/mikro-orm-member-event.reader.js';
import { SaveSetlistHandler } from './application/commands/save-setlist/save-setlist.handler.js';
import { SETLIST_REPOSITORY } from './application/ports/setlist.repository.js';
import { SetlistSongUsage } from './adapters/contexts/setlist-song-usage.js';
import { SetlistController } from './adapters/http/setlist.controller.js';
import { InMemorySetlistRepository } from './adapters/persistence/in-memory/in-memory-setlist.repository.js';
import { MikroOrmSetlistRepository } from './adapters/persistence/mikro-orm/mikro-orm-setlist.repository.js';
import { SONG_USAGE } from '../repertoire/public-api.js';

const persistenceAdapters: Record<Persistence, Provider[]> = {
  postgres: [
    { provide: GIG_REPOSITORY, useClass: MikroOrmGigRepository },
    { provide: AGENDA_READER, useClass: MikroOrmAgendaReader },
    { provide: REHEARSAL_REPOSITORY, useClass: MikroOrmRehearsalRepository },
    { provide: ATTENDANCE_REPOSITORY, useClass: MikroOrmAttendanceRepository },
    { provide: SETLIST_REPOSITORY, useClass: MikroOrmSetlistRepository },
    { provide: MEMBER_EVENT_READER, useClass: MikroOrmMemberEventReader },
    { provide: PLANNER_READER, useClass: MikroOrmPlannerReader },
  ],
  memory: [
    InMemoryScheduleStore,
    { provide: GIG_REPOSITORY, useClass: InMemoryGigRepository },
    { provide: AGENDA_READER, useClass: InMemoryAgendaReader },
    { provide: REHEARSAL_REPOSITORY, useClass: InMemoryRehearsalRepository },
    { provide: ATTENDANCE_REPOSITORY, useClass: InMemoryAttendanceRepository },
    { provide: SETLIST_REPOSITORY, useClass: InMemorySetlistRepository },
    { provide: MEMBER_EVENT_READER, useClass: InMemoryMemberEventReader },
    { provide: PLANNER_READER, useClass: InMemoryPlannerReader },
  ],
};

/**
 * Rehearsals and their series, gigs, attendance answers, the agenda. Membership comes from BandAccess;
 * a band's time zone and members from the bands context, its songs from the repertoire, on the query bus.
 */
@Module({})
export class ScheduleModule implements OnApplicationBootstrap {
  private readonly logger = new Logger('ScheduleModule');

  constructor(private readonly commandBus: CommandBus) {}

  /** Before serving, the answers of departures a stopped process did not hand over go (ADR 0027); a failure does not stop the start. */
  async onApplicationBootstrap(): Promise<void> {
    try {
      const answers = await this.commandBus.execute(new ReleaseFormerMembersCommand());
      if (answers > 0) this.logger.log({ msg: 'Former members’ answers released', answers });
    } catch (error) {
      this.logger.warn({ msg: 'Former members’ answers not released at start', error: String(error) });
    }
  }

  static register(persistence: Persistence): DynamicModule {
    return {
      module: ScheduleModule,
      // Global for SongUsage: the repertoire asks it before a song goes, without importing this module.
      global: true,
      controllers: [
        GigsController,
        SetlistController,
        CalendarFeedController,
        DashboardController,
        RehearsalsController,
        AttendanceController,
        AgendaController,
      ],
      providers: [
        ...persistenceAdapters[persistence],
        { provide: BAND_DIRECTORY, useClass: QueryBusBandDirectory },
        { provide: SONG_CATALOG, useClass: QueryBusSongCatalog },
        { provide: SONG_USAGE, useClass: SetlistSongUsage },
        { provide: REPERTOIRE_DIGEST, useClass: QueryBusRepertoireDigest },
        EventAccess,
        GigLoader,
        PlanGigHandler,
        ChangeGigHandler,
        RemoveGigHandler,
        GetGigHandler,
        SaveSetlistHandler,
        GetCalendarFeedHandler,
        ProposeSongsHandler,
        GetDashboardHandler,
        RehearsalLoader,
        PlanRehearsalsHandler,
        ChangeRehearsalHandler,
        RemoveRehearsalHandler,
        GetRehearsalHandler,
        AnswerAttendanceHandler,
        ListAgendaHandler,
        ReleaseFormerMemberHandler,
        ReleaseFormerMembersHandler,
      ],
      exports: [SONG_USAGE],
    };
  }
}
