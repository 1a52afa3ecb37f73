import { Inject, Injectable } from '@nestjs/common';
import type { Role } from '../../bands/public-api.js';
import type { Gig } from '../domain/gig.js';
import { GigNotFoundError } from '../domain/schedule.errors.js';
import { attendanceList } from './attendance-list.js';
import { EventAccess } from './event-access.js';
import { type GigView, gigView } from './gig-view.js';
import { ATTENDANCE_REPOSITORY, type AttendanceRepository } from './ports/attendance.repository.js';
import { BAND_DIRECTORY, type BandDirectory } from './ports/band-directory.js';
import { GIG_REPOSITORY, type GigRepository } from './ports/gig.repository.js';
import { SETLIST_REPOSITORY, type SetlistRepository } from './ports/setlist.repository.js';
import { SONG_CATALOG, type SongCatalog } from './ports/song-catalog.js';
import { type SetlistView, setlistView } from './setlist-view.js';

/** Loads a gig for a caller with at least `minimum` in its band, and shows it as a member sees it. */
@Injectable()
export class GigLoader {
  constructor(
    @Inject(GIG_REPOSITORY) private readonly gigs: GigRepository,
    @Inject(ATTENDANCE_REPOSITORY) private readonly attendance: AttendanceRepository,
    @Inject(BAND_DIRECTORY) private readonly directory: BandDirectory,
    @Inject(SETLIST_REPOSITORY) private readonly setlists: SetlistRepository,
    @Inject(SONG_CATALOG) private readonly catalog: SongCatalog,
    private readonly access: EventAccess,
  ) {}

  async load(userId: string, gigId: string, minimum: Role): Promise<Gig> {
    const gig = await this.gigs.findById(gigId);
    if (!gig) throw new GigNotFoundError();
    await this.access.require(userId, gig.bandId, minimum, () => new GigNotFoundError());
    return gig;
  }

  /** The gig with the band's time zone, its setlist and the answer of every member (null while not answered). */
  async view(viewerId: string, gig: Gig): Promise<GigView> {
    const [timeZone, members, answers, setlist] = await Promise.all([
      this.directory.timeZoneOf(viewerId, gig.bandId),
      this.directory.membersOf(viewerId, gig.bandId),
      this.attendance.answersTo('gig', gig.id),
      this.setlistOf(viewerId, gig),
    ]);
    return gigView(gig.snapshot(), timeZone, setlist, attendanceList(members, answers));
  }

  async setlistOf(viewerId: string, gig: Gig): Promise<SetlistView> {
    const setlist = await this.setlists.find(gig.id);
    return setlistView(setlist, await this.catalog.songsOf(viewerId, gig.bandId, setlist.songIds));
  }
}
