import { describe, expect, it } from '@jest/globals';
import { MemberJoinedBand } from '../../../../bands/public-api.js';
import { InvalidActivityCursorError } from '../../../domain/activity.errors.js';
import { activityTestKit } from '../../../testing/activity-test-kit.js';
import { ListActivityQuery } from './list-activity.query.js';

describe('ListActivityHandler', () => {
  async function aBandWithFiveJoins() {
    const kit = activityTestKit();
    const lea = kit.person('Léa');
    const others = ['Sam', 'Max', 'Zoé', 'Noé', 'Lou'].map((name) => kit.person(name));
    const bandId = kit.band({ [lea]: 'admin', ...Object.fromEntries(others.map((id) => [id, 'member'])) });
    for (const member of others) {
      await kit.handlers.record.handle(new MemberJoinedBand(bandId, member));
      kit.clock.advance(60_000);
    }
    const page = (userId: string, cursor?: string, limit = 2) =>
      kit.handlers.list.execute(new ListActivityQuery(userId, bandId, cursor, limit));
    return { kit, lea, bandId, page };
  }

  it('pages a member through the log, newest first, each line stamped when it was written', async () => {
    const { lea, page } = await aBandWithFiveJoins();
    const names = (items: { subject: { title: string | null } }[]) => items.map(({ subject }) => subject.title);
    const first = await page(lea);
    expect(names(first.items)).toEqual(['Lou', 'Noé']);
    expect(first.items.map(({ at }) => at)).toEqual(['2026-11-24T10:04:00.000Z', '2026-11-24T10:03:00.000Z']);
    const second = await page(lea, first.nextCursor!);
    expect(names(second.items)).toEqual(['Zoé', 'Max']);
    const last = await page(lea, second.nextCursor!);
    expect(names(last.items)).toEqual(['Sam']);
    expect(last.nextCursor).toBeNull();
  });

  it('hides the band from a stranger (404) and refuses a cursor it did not hand out (400)', async () => {
    const { kit, lea, page } = await aBandWithFiveJoins();
    await expect(page(kit.person('Zed'))).rejects.toMatchObject({ kind: 'not-found' });
    const { nextCursor } = await page(lea);
    for (const cursor of ['abc', `${nextCursor}x`, Buffer.from('{"s":"votes","q":null}').toString('base64url')]) {
      await expect(page(lea, cursor)).rejects.toThrow(InvalidActivityCursorError);
    }
  });
});
