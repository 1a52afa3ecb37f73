import { loadConfig } from '../../../config/app-config.js';
import { InMemoryUnitOfWork } from '../../../shared/adapters/in-memory-unit-of-work.js';
import { FixedClock } from '../../../shared/testing/fixed-clock.js';
import { RecordingEventBus } from '../../../shared/testing/recording-event-bus.js';
import { InMemoryActiveBandRepository } from '../adapters/persistence/in-memory/in-memory-active-band.repository.js';
import { InMemoryBandRepository } from '../adapters/persistence/in-memory/in-memory-band.repository.js';
import { InMemoryBandsReader } from '../adapters/persistence/in-memory/in-memory-bands.reader.js';
import { InMemoryBandsStore } from '../adapters/persistence/in-memory/in-memory-bands.store.js';
import { InMemoryRosterRepository } from '../adapters/persistence/in-memory/in-memory-roster.repository.js';
import { BandAccess } from '../application/band-access.js';
import { BandRemoval } from '../application/band-removal.js';
import { CreateBandCommand } from '../application/commands/create-band/create-band.command.js';
import { AttemptLimiter } from '../../identity/public-api.js';
import { FakeAttemptLog } from './fake-attempt-log.js';
import { FakeUserProfiles } from './fake-user-profiles.js';
import { CreateBandHandler } from '../application/commands/create-band/create-band.handler.js';
import { JoinBandCommand } from '../application/commands/join-band/join-band.command.js';
import { JoinBandHandler } from '../application/commands/join-band/join-band.handler.js';

/** The bands context on its in-memory adapters, with users known by display name. */
export function bandsTestKit() {
  const store = new InMemoryBandsStore();
  const profiles = new FakeUserProfiles();
  const bands = new InMemoryBandRepository(store);
  const rosters = new InMemoryRosterRepository(store);
  const activeBands = new InMemoryActiveBandRepository(store);
  const reader = new InMemoryBandsReader(store, profiles);
  const unitOfWork = new InMemoryUnitOfWork();
  const clock = new FixedClock();
  const access = new BandAccess(reader);
  const removal = new BandRemoval(rosters, bands, activeBands);
  const createBand = new CreateBandHandler(
    bands,
    rosters,
    activeBands,
    unitOfWork,
    clock,
    new RecordingEventBus().asEventBus(),
  );
  /** The rate limits of the invitation codes, on a fresh attempt log; `env` sets RATE_LIMIT_* values. */
  const limiter = (env: Record<string, string> = {}) => new AttemptLimiter(new FakeAttemptLog(), loadConfig(env));
  const joinHandler = (env: Record<string, string> = {}, events = new RecordingEventBus()) =>
    new JoinBandHandler(bands, rosters, activeBands, unitOfWork, clock, limiter(env), events.asEventBus());
  const joinBand = joinHandler();

  const user = (displayName = 'someone') => profiles.add(displayName);
  /** A band founded by `admin`, with `members` joined by its code. */
  const bandWith = async (admin: string, ...members: string[]) => {
    const { id: bandId, inviteCode: code } = await createBand.execute(new CreateBandCommand(admin, 'Les Rythmes'));
    for (const member of members) await joinBand.execute(new JoinBandCommand(member, code, '10.0.0.1'));
    return { bandId, code };
  };

  return {
    store,
    profiles,
    bands,
    rosters,
    activeBands,
    reader,
    unitOfWork,
    clock,
    access,
    removal,
    joinHandler,
    user,
    bandWith,
  };
}
