import { describe, expect, it } from '@jest/globals';
import { MemberJoinedBand } from '../../../../bands/public-api.js';
import { activityTestKit } from '../../../testing/activity-test-kit.js';
import { ListActivityQuery } from '../../queries/list-activity/list-activity.query.js';
import { PurgeActivityCommand } from './purge-activity.command.js';

const DAY = 24 * 60 * 60 * 1000;

describe('PurgeActivityHandler', () => {
  it.each([
    [{}, 180],
    [{ ACTIVITY_RETENTION_DAYS: '30' }, 30],
  ])('with %j, keeps %i days of every band’s activity and deletes what is older', async (env, days) => {
    const kit = activityTestKit(env);
    const [lea, sam] = [kit.person('Léa'), kit.person('Sam')];
    const bands = [kit.band({ [lea]: 'admin' }), kit.band({ [lea]: 'admin' })];
    for (const bandId of bands) await kit.handlers.record.handle(new MemberJoinedBand(bandId, lea));
    kit.clock.advance(DAY);
    await kit.handlers.record.handle(new MemberJoinedBand(bands[0]!, sam));
    kit.clock.advance((days - 1) * DAY + 1);
    expect(await kit.handlers.purge.execute(new PurgeActivityCommand())).toBe(2);
    expect(await kit.handlers.purge.execute(new PurgeActivityCommand())).toBe(0);
    const left = await kit.handlers.list.execute(new ListActivityQuery(lea, bands[0]!, undefined, 10));
    expect(left.items.map(({ subject }) => subject.title)).toEqual(['Sam']);
  });
});
