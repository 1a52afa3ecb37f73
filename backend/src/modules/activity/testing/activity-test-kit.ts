import { loadConfig } from '../../../config/app-config.js';
import { newId } from '../../../shared/application/ids.js';
import { FixedClock } from '../../../shared/testing/fixed-clock.js';
import { BandAccess, type Role } from '../../bands/public-api.js';
import { InMemoryActivityRepository } from '../adapters/persistence/in-memory/in-memory-activity.repository.js';
import { PurgeActivityHandler } from '../application/commands/purge-activity/purge-activity.handler.js';
import { RecordActivityHandler } from '../application/events/record-activity/record-activity.handler.js';
import type { ScheduledEvent } from '../application/ports/scheduled-events.js';
import { ListActivityHandler } from '../application/queries/list-activity/list-activity.handler.js';
import { FakeUserProfiles } from './fake-user-profiles.js';

type BandsReader = ConstructorParameters<typeof BandAccess>[0];

/**
 * The activity context on its in-memory adapter, its handlers wired as the module wires them: users
 * by name, bands by their members' roles, and the schedule's events by id. `env` sets the config.
 */
export function activityTestKit(env: Record<string, string> = {}) {
  const profiles = new FakeUserProfiles();
  const roles = new Map<string, Map<string, Role>>();
  const access = new BandAccess({
    roleOf: async (userId: string, bandId: string) => roles.get(bandId)?.get(userId) ?? null,
  } as Partial<BandsReader> as BandsReader);
  const scheduled = new Map<string, ScheduledEvent>();
  const clock = new FixedClock();
  const activity = new InMemoryActivityRepository(profiles);

  const handlers = {
    record: new RecordActivityHandler(
      activity,
      { find: async (_viewer, _type, id) => scheduled.get(id) ?? null },
      clock,
    ),
    list: new ListActivityHandler(activity, access),
    purge: new PurgeActivityHandler(activity, clock, loadConfig(env)),
  };

  const person = (displayName: string) => profiles.add(displayName);
  /** A new band with these members, each in the given role. */
  const band = (members: Record<string, Role>) => {
    const bandId = newId();
    roles.set(bandId, new Map(Object.entries(members)));
    return bandId;
  };

  return { profiles, clock, activity, scheduled, handlers, person, band };
}
