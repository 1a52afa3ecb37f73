import { Inject, Injectable } from '@nestjs/common';
import type { Role } from '../../bands/public-api.js';
import type { Rehearsal } from '../domain/rehearsal.js';
import { RehearsalNotFoundError } from '../domain/schedule.errors.js';
import { attendanceList } from './attendance-list.js';
import { EventAccess } from './event-access.js';
import { ATTENDANCE_REPOSITORY, type AttendanceRepository } from './ports/attendance.repository.js';
import { BAND_DIRECTORY, type BandDirectory } from './ports/band-directory.js';
import { REHEARSAL_REPOSITORY, type RehearsalRepository } from './ports/rehearsal.repository.js';
import { SONG_CATALOG, type SongCatalog } from './ports/song-catalog.js';
import { type RehearsalView, rehearsalView, seriesEndOf } from './rehearsal-view.js';
import { songsInRepertoire } from './songs-in-repertoire.js';

/** Which dates of a series a change, a removal or an answer is about. */
export type SeriesScope = 'this' | 'following';

/** Loads rehearsals for a caller with at least `minimum` in their band, and shows them as a member sees them. */
@Injectable()
export class RehearsalLoader {
  constructor(
    @Inject(REHEARSAL_REPOSITORY) private readonly rehearsals: RehearsalRepository,
    @Inject(ATTENDANCE_REPOSITORY) private readonly attendance: AttendanceRepository,
    @Inject(BAND_DIRECTORY) private readonly directory: BandDirectory,
    @Inject(SONG_CATALOG) private readonly songs: SongCatalog,
    private readonly access: EventAccess,
  ) {}

  async load(userId: string, rehearsalId: string, minimum: Role): Promise<Rehearsal> {
    const rehearsal = await this.rehearsals.findById(rehearsalId);
    if (!rehearsal) throw new RehearsalNotFoundError();
    await this.access.require(userId, rehearsal.bandId, minimum, () => new RehearsalNotFoundError());
    return rehearsal;
  }

  /** The rehearsal addressed, then (scope `following`) the later dates of its series. */
  async loadScope(userId: string, rehearsalId: string, minimum: Role, scope: SeriesScope): Promise<Rehearsal[]> {
    const rehearsal = await this.load(userId, rehearsalId, minimum);
    return scope === 'this' ? [rehearsal] : this.rehearsals.findFollowing(rehearsal);
  }

  /** Refuses songs that are not in the band's repertoire (another band's, or unknown). */
  async checkSongs(viewerId: string, bandId: string, songIds: readonly string[] | undefined): Promise<void> {
    if (songIds) await songsInRepertoire(this.songs, viewerId, bandId, songIds);
  }

  timeZoneOf(viewerId: string, bandId: string): Promise<string> {
    return this.directory.timeZoneOf(viewerId, bandId);
  }

  /**
   * The rehearsal with the band's time zone and the answer of every member (null while not answered).
   * `following`: the rehearsal and the later dates of its series, when the caller has just loaded them.
   */
  async view(viewerId: string, rehearsal: Rehearsal, following?: readonly Rehearsal[]): Promise<RehearsalView> {
    const [timeZone, members, answers, series] = await Promise.all([
      this.directory.timeZoneOf(viewerId, rehearsal.bandId),
      this.directory.membersOf(viewerId, rehearsal.bandId),
      this.attendance.answersTo('rehearsal', rehearsal.id),
      following ?? (rehearsal.seriesId ? this.rehearsals.findFollowing(rehearsal) : [rehearsal]),
    ]);
    return rehearsalView(rehearsal.snapshot(), timeZone, attendanceList(members, answers), seriesEndOf(series));
  }

  /** New dates of one band (a series in start order), nobody having answered yet. */
  async viewsOfNew(viewerId: string, bandId: string, dates: readonly Rehearsal[]): Promise<RehearsalView[]> {
    const [timeZone, members] = await Promise.all([
      this.directory.timeZoneOf(viewerId, bandId),
      this.directory.membersOf(viewerId, bandId),
    ]);
    return dates.map((date, index) =>
      rehearsalView(date.snapshot(), timeZone, attendanceList(members, []), seriesEndOf(dates.slice(index))),
    );
  }
}
