import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { BandFixture, type Person } from '../support/band-fixture.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// The vote is the app's signature flow: exact when the whole band votes at the same moment.

let testApp: TestApp;
let fixture: BandFixture;
let admin: Person;
let members: Person[];
let bandId: string;

async function storedCount(suggestionId: string): Promise<{ column: number; rows: number }> {
  const client = new pg.Client({ connectionString: testApp.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `select s.vote_count as column, (select count(*)::int from votes v where v.suggestion_id = s.id) as rows
         from suggestions s where s.id = $1`,
      [suggestionId],
    );
    return rows[0];
  } finally {
    await client.end();
  }
}

const propose = async (title: string) =>
  (await admin.post(`/api/bands/${bandId}/suggestions`, { title })).body.id as string;
const votesOf = async (suggestionId: string) =>
  (await admin.get(`/api/bands/${bandId}/suggestions`)).body.items.find(
    (item: { id: string }) => item.id === suggestionId,
  ).votes as number;

beforeAll(async () => {
  testApp = await startTestApp();
  fixture = new BandFixture(testApp.baseUrl);
  admin = await fixture.person('Admin');
  members = [];
  for (let i = 0; i < 100; i++) members.push(await fixture.person(`m${i}`));
  bandId = await fixture.band(
    admin,
    members.map((member) => [member, 'member']),
  );
});
afterAll(() => testApp.close());

describe('votes under concurrency', () => {
  it('counts 100 members voting at the same moment exactly, then 100 unvoting', async () => {
    const id = await propose('Zombie');
    const votes = await Promise.all(members.map((member) => member.post(`/api/suggestions/${id}/vote`)));
    expect(votes.every((response) => response.status === 200 && response.body.votedByMe === true)).toBe(true);
    expect(votes.map((response) => response.body.votes).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 100 }, (_, i) => i + 1),
    );
    expect(await votesOf(id)).toBe(100);

    const unvotes = await Promise.all(members.map((member) => member.delete(`/api/suggestions/${id}/vote`)));
    expect(unvotes.every((response) => response.status === 200 && response.body.votedByMe === false)).toBe(true);
    expect(await votesOf(id)).toBe(0);
    expect(await storedCount(id)).toEqual({ column: 0, rows: 0 });
  });

  it('stays exact when each member votes, unvotes and votes again all at once', async () => {
    const id = await propose('Seven Nation Army');
    await Promise.all(
      members.flatMap((member) => [
        member.post(`/api/suggestions/${id}/vote`),
        member.delete(`/api/suggestions/${id}/vote`),
        member.post(`/api/suggestions/${id}/vote`),
      ]),
    );
    const stored = await storedCount(id);
    expect(stored.column).toBe(stored.rows);
    expect(await votesOf(id)).toBe(stored.rows);
  });

  it('counts a double tap once', async () => {
    const id = await propose('Creep');
    const [first, second] = await Promise.all([
      members[0]!.post(`/api/suggestions/${id}/vote`),
      members[0]!.post(`/api/suggestions/${id}/vote`),
    ]);
    expect([first.body.votes, second.body.votes]).toEqual([1, 1]);
    expect(await storedCount(id)).toEqual({ column: 1, rows: 1 });
  });

  it('takes a deleted account’s vote out of the count', async () => {
    const leaving = await fixture.person('Leaving');
    const otherBand = await fixture.band(admin, [[leaving, 'member']]);
    const suggestion = (await admin.post(`/api/bands/${otherBand}/suggestions`, { title: 'Song 2' })).body.id;
    await leaving.post(`/api/suggestions/${suggestion}/vote`);
    await admin.post(`/api/suggestions/${suggestion}/vote`);
    expect((await leaving.delete('/api/me', { password: 'correct horse' })).status).toBe(204);
    expect(await storedCount(suggestion)).toEqual({ column: 1, rows: 1 });
  });
});
