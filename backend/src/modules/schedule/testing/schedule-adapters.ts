import type { AgendaReader } from '../application/ports/agenda.reader.js';
import type { AttendanceRepository } from '../application/ports/attendance.repository.js';
import type { GigRepository } from '../application/ports/gig.repository.js';
import type { PlannerReader } from '../application/ports/planner.reader.js';
import type { MemberEventReader } from '../application/ports/member-event.reader.js';
import type { RehearsalRepository } from '../application/ports/rehearsal.repository.js';
import type { SetlistRepository } from '../application/ports/setlist.repository.js';

/** One set of schedule adapters on empty storage, and the people and bands of the other contexts. */
export interface ScheduleAdapters {
  gigs: GigRepository;
  rehearsals: RehearsalRepository;
  attendance: AttendanceRepository;
  setlists: SetlistRepository;
  memberEvents: MemberEventReader;
  planner: PlannerReader;
  agenda: AgendaReader;
  /** A user (identity's side). */
  aPerson(): Promise<string>;
  /** A band (the bands context's side) with these users as members. */
  aBandOf(...memberIds: string[]): Promise<string>;
  /** A song of the band's repertoire (the repertoire context's side). */
  aSongOf(bandId: string): Promise<string>;
  /** The member is no longer in the band (the bands context's side). */
  leave(bandId: string, userId: string): Promise<void>;
}

export type ScheduleAdaptersFactory = () => Promise<ScheduleAdapters>;
