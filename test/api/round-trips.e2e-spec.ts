import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { ApiClient } from '../support/api-client.js';
import { statementsDuring, statementsSentDuring } from '../support/round-trips.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Each statement is one round trip to PostgreSQL. These counts are the minimum for what each endpoint
// checks: a new statement on a hot path has to show up here, and be argued for.
const SESSION_LOOKUP = /^select .* from sessions where token_hash = /;
const MEMBERSHIP_CHECK = /^select role from memberships where band_id = .* and user_id = /;

let testApp: TestApp;
let founder: ApiClient;
let bandId: string;
let inviteCode: string;

beforeAll(async () => {
  testApp = await startTestApp();
  founder = new ApiClient(testApp.baseUrl);
  await founder.post('/api/auth/register', { username: 'counted', password: 'a long enough passphrase' });
  ({ id: bandId, inviteCode } = (await founder.post('/api/bands', { name: 'Les Comptés' })).body.band);
});
afterAll(() => testApp.close());

describe('database round trips', () => {
  it('an authenticated read costs one session lookup, the membership check and its own statement', async () => {
    for (let i = 0; i < 2; i++) {
      const statements = await statementsDuring(() => founder.get(`/api/bands/${bandId}/members`));
      expect(statements).toEqual([
        expect.stringMatching(SESSION_LOOKUP),
        expect.stringMatching(MEMBERSHIP_CHECK),
        expect.stringMatching(/^select m.user_id, u.display_name, .* from memberships m join users u /),
      ]);
    }
    expect(await statementsDuring(() => founder.get(`/api/bands/${bandId}`))).toHaveLength(3);
    expect(await statementsDuring(() => founder.get('/api/bands'))).toHaveLength(2);
  });

  it('sends the hot reads as named prepared statements, their values apart from the text', async () => {
    const sent = await statementsSentDuring(() => founder.get(`/api/bands/${bandId}/members`));
    expect(sent.map(({ name }) => name)).toEqual(['session-by-token-hash', 'role-of-member', 'members-of-band']);
    for (const { sql } of sent) expect(sql).not.toContain(bandId);
  });

  it('sends the repertoire’s lists and the vote as named prepared statements too', async () => {
    const suggestionId = (await founder.post(`/api/bands/${bandId}/suggestions`, { title: 'Comptine' })).body.id;
    const names = async (work: () => Promise<unknown>) => (await statementsSentDuring(work)).map(({ name }) => name);
    expect(await names(() => founder.post(`/api/suggestions/${suggestionId}/vote`))).toEqual([
      'session-by-token-hash',
      'cast-vote',
    ]);
    expect(await names(() => founder.delete(`/api/suggestions/${suggestionId}/vote`))).toEqual([
      'session-by-token-hash',
      'withdraw-vote',
    ]);
    expect(await names(() => founder.get(`/api/bands/${bandId}/suggestions?q=compt`))).toEqual([
      'session-by-token-hash',
      'role-of-member',
      'suggestions:votes-search',
    ]);
    expect(await names(() => founder.get(`/api/bands/${bandId}/songs?status=learning`))).toEqual([
      'session-by-token-hash',
      'role-of-member',
      'songs:title-status',
    ]);
  });

  it('slides the session expiry with one UPDATE of that column, once it has moved by a minute', async () => {
    const db = new pg.Client({ connectionString: testApp.databaseUrl });
    await db.connect();
    await db.query(`update sessions set idle_expires_at = idle_expires_at - interval '2 minutes'`);
    await db.end();
    const statements = await statementsDuring(() => founder.get('/api/bands'));
    expect(statements).toEqual([
      expect.stringMatching(SESSION_LOOKUP),
      expect.stringMatching(/^update sessions set idle_expires_at = '[^']+' where id = '[^']+'$/),
      expect.stringMatching(/^select b.id, b.name, m.role/),
    ]);
    expect(await statementsDuring(() => founder.get('/api/bands'))).toHaveLength(2);
  });

  it('writes answer from what they wrote, without reading it back', async () => {
    const created = await statementsDuring(() => founder.post('/api/bands', { name: 'Encore' }));
    expect(created).toEqual([
      expect.stringMatching(SESSION_LOOKUP),
      'begin',
      expect.stringMatching(/^insert into "bands" /),
      expect.stringMatching(/^insert into memberships /),
      expect.stringMatching(/^insert into active_bands /),
      'commit',
    ]);

    const newcomer = new ApiClient(testApp.baseUrl);
    await newcomer.post('/api/auth/register', { username: 'newcomer', password: 'a long enough passphrase' });
    const joined = await statementsDuring(() => newcomer.post('/api/bands/join', { inviteCode }));
    expect(joined).toEqual([
      expect.stringMatching(SESSION_LOOKUP),
      // Unknown codes are rate limited per address (codes are not to be guessed): one indexed count.
      expect.stringMatching(/^select count\(\*\) as count, min\(occurred_at\) as oldest from auth_attempts /),
      expect.stringMatching(/ from "bands" .* where "b0"."invite_code" = /),
      'begin',
      expect.stringMatching(/^select id from bands where id = .* for update$/),
      expect.stringMatching(/^select user_id, role, joined_at from memberships where band_id = /),
      expect.stringMatching(/^insert into memberships /),
      expect.stringMatching(/^insert into active_bands /),
      'commit',
    ]);

    const renamed = await statementsDuring(() => founder.patch('/api/me', { displayName: 'Compté' }));
    expect(renamed.slice(0, 2)).toEqual([
      expect.stringMatching(SESSION_LOOKUP),
      expect.stringMatching(/ from "users" as "u0" where "u0"."id" = /),
    ]);
    // Saving the user and reading their bands run side by side, in either order.
    expect(renamed.slice(2)).toHaveLength(3);
    expect(renamed.slice(2)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^select b.id, b.name, m.role/),
        expect.stringMatching(/^select a.band_id from active_bands/),
        expect.stringMatching(/^insert into "users" /),
      ]),
    );
  });
});
