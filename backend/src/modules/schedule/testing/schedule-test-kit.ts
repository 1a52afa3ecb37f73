import { FixedClock } from '../../../shared/testing/fixed-clock.js';
import { RecordingEventBus } from '../../../shared/testing/recording-event-bus.js';
import { InMemoryAttendanceRepository } from '../adapters/persistence/in-memory/in-memory-attendance.repository.js';
import { InMemoryGigRepository } from '../adapters/persistence/in-memory/in-memory-gig.repository.js';
import { InMemoryRehearsalRepository } from '../adapters/persistence/in-memory/in-memory-rehearsal.repository.js';
import { InMemoryScheduleStore } from '../adapters/persistence/in-memory/in-memory-schedule.store.js';
import { AnswerAttendanceHandler } from '../application/commands/answer-attendance/answer-attendance.handler.js';
import { ChangeGigHandler } from '../application/commands/change-gig/change-gig.handler.js';
import { RemoveGigHandler } from '../application/commands/remove-gig/remove-gig.handler.js';
import { RemoveRehearsalHandler } from '../application/commands/remove-rehearsal/remove-rehearsal.handler.js';
import { ChangeRehearsalHandler } from '../application/commands/change-rehearsal/change-rehearsal.handler.js';
import { PlanGigHandler } from '../application/commands/plan-gig/plan-gig.handler.js';
import { PlanRehearsalsHandler } from '../application/commands/plan-rehearsals/plan-rehearsals.handler.js';
import { ReleaseFormerMembersHandler } from '../application/commands/release-former-members/release-former-members.handler.js';
import { EventAccess } from '../application/event-access.js';
import { ReleaseFormerMemberHandler } from '../application/events/release-former-member/release-former-member.handler.js';
import { GigLoader } from '../application/gig-loader.js';
import { GetGigHandler } from '../application/queries/get-gig/get-gig.handler.js';
import { GetRehearsalHandler } from '../application/queries/get-rehearsal/get-rehearsal.handler.js';
import { RehearsalLoader } from '../application/rehearsal-loader.js';
import { FakeBands } from './fake-bands.js';
import { InMemorySetlistRepository } from '../adapters/persistence/in-memory/in-memory-setlist.repository.js';
import { SaveSetlistHandler } from '../application/commands/save-setlist/save-setlist.handler.js';
import type { SongCatalog } from '../application/ports/song-catalog.js';
import type { BandSongView } from '../../repertoire/public-api.js';

/**
 * The schedule context on its in-memory adapters, its handlers wired as the module wires them. The
 * repertoire holds the songs of `songs` (id → band id).
 */
export function scheduleTestKit() {
  const bands = new FakeBands();
  const store = new InMemoryScheduleStore();
  const clock = new FixedClock();
  const events = new RecordingEventBus();
  const bus = events.asEventBus();
  const songs = new Map<string, string>();
  /** What the kit's repertoire says of a song: a title from its id, three minutes, learning, not rated. */
  const songView = (id: string): BandSongView => ({
    id,
    title: `Song ${id.slice(-4)}`,
    artist: null,
    key: null,
    bpm: null,
    durationSec: 180,
    mastered: false,
    bandAverageLevel: null,
  });
  const ofBand = (bandId: string, ids: readonly string[]) => ids.filter((id) => songs.get(id) === bandId).map(songView);
  const catalog: SongCatalog = {
    songsOf: async (_viewerId, bandId, ids) => ofBand(bandId, ids),
    allOf: async (_viewerId, bandId) => ofBand(bandId, [...songs.keys()]),
  };
  const setlists = new InMemorySetlistRepository(store);
  const gigs = new InMemoryGigRepository(store);
  const rehearsals = new InMemoryRehearsalRepository(store);
  const attendance = new InMemoryAttendanceRepository(store, bands.access);
  const access = new EventAccess(bands.access);
  const gigLoader = new GigLoader(gigs, attendance, bands, setlists, catalog, access);
  const rehearsalLoader = new RehearsalLoader(rehearsals, attendance, bands, catalog, access);

  const handlers = {
    planGig: new PlanGigHandler(gigs, gigLoader, bands.access, clock, bus),
    changeGig: new ChangeGigHandler(gigLoader, gigs, bus),
    removeGig: new RemoveGigHandler(gigLoader, gigs, bus),
    getGig: new GetGigHandler(gigLoader),
    saveSetlist: new SaveSetlistHandler(gigLoader, setlists, catalog, bus),
    planRehearsals: new PlanRehearsalsHandler(rehearsals, rehearsalLoader, bands.access, clock, bus),
    changeRehearsal: new ChangeRehearsalHandler(rehearsalLoader, rehearsals, bus),
    removeRehearsal: new RemoveRehearsalHandler(rehearsalLoader, rehearsals, bus),
    getRehearsal: new GetRehearsalHandler(rehearsalLoader),
    answer: new AnswerAttendanceHandler(gigLoader, rehearsalLoader, attendance, clock, bus),
    releaseFormerMember: new ReleaseFormerMemberHandler(attendance),
    releaseFormerMembers: new ReleaseFormerMembersHandler(attendance),
  };
  return { bands, clock, events, songs, handlers };
}
