import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { newId } from '../shared/application/ids.js';

// The bands mapping keeps identity's user id as a plain column (docs/adr/0013): these foreign keys
// come from the migrations alone, and PostgreSQL still holds them.
let database: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  database = await createTestDatabase();
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

async function aUser(): Promise<string> {
  const id = newId();
  await client.query(
    `insert into users (id, username, display_name, password_hash, created_at) values ($1, $2, 'Someone', 'x', now())`,
    [id, `u${id.slice(-12)}`],
  );
  return id;
}

async function aBand(): Promise<string> {
  const id = newId();
  await client.query(`insert into bands (id, name, invite_code, created_at) values ($1, 'Band', $2, now())`, [
    id,
    id.slice(-11),
  ]);
  return id;
}

const join = (bandId: string, userId: string) =>
  client.query(`insert into memberships (band_id, user_id, role, joined_at) values ($1, $2, 'member', now())`, [
    bandId,
    userId,
  ]);
const activate = (bandId: string, userId: string) =>
  client.query('insert into active_bands (user_id, band_id) values ($1, $2)', [userId, bandId]);
const count = async (table: 'memberships' | 'active_bands', userId: string) =>
  Number((await client.query(`select count(*) from ${table} where user_id = $1`, [userId])).rows[0].count);

describe('foreign keys from bands to identity, kept by the migrations', () => {
  it('refuses a membership or an active band for a user who does not exist', async () => {
    const bandId = await aBand();
    await expect(join(bandId, newId())).rejects.toMatchObject({ code: '23503' });
    await expect(activate(bandId, newId())).rejects.toMatchObject({ code: '23503' });
  });

  it('removes memberships and the active band with the user', async () => {
    const bandId = await aBand();
    const userId = await aUser();
    await join(bandId, userId);
    await activate(bandId, userId);
    await client.query('delete from users where id = $1', [userId]);
    expect(await count('memberships', userId)).toBe(0);
    expect(await count('active_bands', userId)).toBe(0);
  });
});

describe('foreign keys from the schedule to bands and identity, kept by the migrations', () => {
  const plan = (table: 'gigs' | 'rehearsals', bandId: string) => {
    const id = newId();
    const title = table === 'gigs' ? ', title, currency' : '';
    const values = table === 'gigs' ? ", 'Gig', 'EUR'" : '';
    return client
      .query(
        `insert into ${table} (id, band_id, starts_at, status, created_at${title}) values ($1, $2, now(), 'planned', now()${values})`,
        [id, bandId],
      )
      .then(() => id);
  };
  const answer = (gigId: string, userId: string) =>
    client.query(
      `insert into attendance (id, gig_id, user_id, status, answered_at) values ($1, $2, $3, 'yes', now())`,
      [newId(), gigId, userId],
    );
  const answers = async (userId: string) =>
    Number((await client.query('select count(*) from attendance where user_id = $1', [userId])).rows[0].count);

  it('refuses an event of a band, or an answer of a user, that does not exist', async () => {
    await expect(plan('gigs', newId())).rejects.toMatchObject({ code: '23503' });
    await expect(plan('rehearsals', newId())).rejects.toMatchObject({ code: '23503' });
    await expect(answer(await plan('gigs', await aBand()), newId())).rejects.toMatchObject({ code: '23503' });
  });

  it('removes the answers with the user, and the events and their answers with the band', async () => {
    const bandId = await aBand();
    const [lea, sam] = [await aUser(), await aUser()];
    const gigId = await plan('gigs', bandId);
    const rehearsalId = await plan('rehearsals', bandId);
    await answer(gigId, lea);
    await answer(gigId, sam);
    await client.query('delete from users where id = $1', [sam]);
    expect(await answers(sam)).toBe(0);
    expect(await answers(lea)).toBe(1);
    await client.query('delete from bands where id = $1', [bandId]);
    expect(await answers(lea)).toBe(0);
    const left = await client.query(
      'select id from gigs where id = $1 union all select id from rehearsals where id = $2',
      [gigId, rehearsalId],
    );
    expect(left.rows).toEqual([]);
  });
});
