import { describe } from '@jest/globals';
import { newId } from '../../../../../shared/application/ids.js';
import { agendaReaderContract } from '../../../testing/agenda-reader.contract.js';
import { attendanceRepositoryContract } from '../../../testing/attendance-repository.contract.js';
import { FakeBands } from '../../../testing/fake-bands.js';
import { gigRepositoryContract } from '../../../testing/gig-repository.contract.js';
import { plannerReaderContract } from '../../../testing/planner-reader.contract.js';
import { memberEventReaderContract } from '../../../testing/member-event-reader.contract.js';
import { setlistRepositoryContract } from '../../../testing/setlist-repository.contract.js';
import { rehearsalRepositoryContract } from '../../../testing/rehearsal-repository.contract.js';
import type { ScheduleAdaptersFactory } from '../../../testing/schedule-adapters.js';
import { InMemoryAgendaReader } from './in-memory-agenda.reader.js';
import { InMemoryAttendanceRepository } from './in-memory-attendance.repository.js';
import { InMemoryGigRepository } from './in-memory-gig.repository.js';
import { InMemoryRehearsalRepository } from './in-memory-rehearsal.repository.js';
import { InMemoryScheduleStore } from './in-memory-schedule.store.js';
import { InMemorySetlistRepository } from './in-memory-setlist.repository.js';
import { InMemoryMemberEventReader } from './in-memory-member-event.reader.js';
import { InMemoryPlannerReader } from './in-memory-planner.reader.js';

const inMemoryAdapters: ScheduleAdaptersFactory = async () => {
  const store = new InMemoryScheduleStore();
  const bands = new FakeBands();
  return {
    gigs: new InMemoryGigRepository(store),
    rehearsals: new InMemoryRehearsalRepository(store),
    attendance: new InMemoryAttendanceRepository(store, bands.access),
    setlists: new InMemorySetlistRepository(store),
    memberEvents: new InMemoryMemberEventReader(store),
    planner: new InMemoryPlannerReader(store),
    agenda: new InMemoryAgendaReader(store),
    aPerson: async () => bands.person(),
    aBandOf: async (...memberIds) => bands.band(Object.fromEntries(memberIds.map((id) => [id, 'member']))),
    aSongOf: async () => newId(),
    leave: async (bandId, userId) => bands.leave(bandId, userId),
  };
};

describe('schedule in-memory adapters', () => {
  gigRepositoryContract(inMemoryAdapters);
  rehearsalRepositoryContract(inMemoryAdapters);
  attendanceRepositoryContract(inMemoryAdapters);
  setlistRepositoryContract(inMemoryAdapters);
  memberEventReaderContract(inMemoryAdapters);
  plannerReaderContract(inMemoryAdapters);
  agendaReaderContract(inMemoryAdapters);
});
