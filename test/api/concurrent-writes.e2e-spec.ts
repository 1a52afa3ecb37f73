import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiClient } from '../support/api-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Writes racing each other on real PostgreSQL: each race must end as if the requests had run one after
// the other, whatever order PostgreSQL picked.
let testApp: TestApp;
let seq = 0;
const client = () => new ApiClient(testApp.baseUrl);
const PASSWORD = 'correct horse';

async function user(name = 'user') {
  const api = client();
  const username = `${name}${++seq}`;
  const response = await api.post('/api/auth/register', { username, password: PASSWORD, displayName: name });
  expect(response.status).toBe(201);
  return Object.assign(api, { id: response.body.user.id as string, username });
}

async function loggedIn(username: string, password = PASSWORD) {
  const api = client();
  expect((await api.post('/api/auth/login', { username, password })).status).toBe(200);
  return api;
}

const canLogIn = async (username: string, password: string) =>
  (await client().post('/api/auth/login', { username, password })).status === 200;
const signedIn = async (api: ApiClient) => (await api.get('/api/me')).status === 200;

beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

describe('password changes under concurrency', () => {
  it('lets one of two racing changes win: its password works and only its session remains', async () => {
    for (let round = 0; round < 5; round++) {
      const phone = await user('racer');
      const laptop = await loggedIn(phone.username);
      const results = await Promise.all([
        phone.put('/api/me/password', { currentPassword: PASSWORD, newPassword: 'phone secret' }),
        laptop.put('/api/me/password', { currentPassword: PASSWORD, newPassword: 'laptop secret' }),
      ]);
      // The loser is refused either way: its current password is stale (422), or the winner had already
      // revoked its session when it arrived (401), as if it came after.
      const [won, refused] = results.map((r) => r.status).sort();
      expect(won).toBe(204);
      expect([401, 422]).toContain(refused);
      const [winner, loser] = results[0]!.status === 204 ? [phone, laptop] : [laptop, phone];
      const [kept, lost] = winner === phone ? ['phone secret', 'laptop secret'] : ['laptop secret', 'phone secret'];
      expect(await signedIn(winner)).toBe(true);
      expect(await signedIn(loser)).toBe(false);
      expect(await canLogIn(phone.username, kept)).toBe(true);
      expect(await canLogIn(phone.username, lost)).toBe(false);
      expect(await canLogIn(phone.username, PASSWORD)).toBe(false);
    }
  });

  it('leaves no session opened with the old password once the change is done', async () => {
    for (let round = 0; round < 3; round++) {
      const owner = await user('owner');
      const logins = Array.from({ length: 12 }, () => client());
      const [change, ...answers] = await Promise.all([
        owner.put('/api/me/password', { currentPassword: PASSWORD, newPassword: 'brand new secret' }),
        ...logins.map((api) => api.post('/api/auth/login', { username: owner.username, password: PASSWORD })),
      ]);
      expect(change!.status).toBe(204);
      expect(answers.every((answer) => [200, 401].includes(answer.status))).toBe(true);
      const stillIn = await Promise.all(logins.map(signedIn));
      expect(stillIn.filter(Boolean)).toEqual([]);
      expect(await signedIn(owner)).toBe(true);
      expect(await canLogIn(owner.username, 'brand new secret')).toBe(true);
    }
  });
});

describe('band settings under concurrency', () => {
  async function bandWithTwoAdmins() {
    const first = await user('first');
    const band = (await first.post('/api/bands', { name: 'Les Rythmes' })).body.band as {
      id: string;
      inviteCode: string;
    };
    const second = await user('second');
    await second.post('/api/bands/join', { inviteCode: band.inviteCode });
    expect((await first.patch(`/api/bands/${band.id}/members/${second.id}`, { role: 'admin' })).status).toBe(200);
    return { first, second, band };
  }

  it('keeps both changes when two admins edit different fields at the same instant', async () => {
    for (let round = 0; round < 8; round++) {
      const { first, second, band } = await bandWithTwoAdmins();
      const results = await Promise.all([
        first.patch(`/api/bands/${band.id}`, { description: `round ${round}` }),
        second.patch(`/api/bands/${band.id}`, { template: 'groove', timezone: 'Europe/Brussels' }),
      ]);
      expect(results.map((r) => r.status)).toEqual([200, 200]);
      expect((await first.get(`/api/bands/${band.id}`)).body).toMatchObject({
        name: 'Les Rythmes',
        description: `round ${round}`,
        template: 'groove',
        timezone: 'Europe/Brussels',
      });
    }
  });

  it('keeps the renewed code and the edited name when both happen at once', async () => {
    for (let round = 0; round < 8; round++) {
      const { first, second, band } = await bandWithTwoAdmins();
      const [renewal, edit] = await Promise.all([
        first.post(`/api/bands/${band.id}/invite-code`),
        second.patch(`/api/bands/${band.id}`, { name: `Nom ${round}` }),
      ]);
      expect([renewal.status, edit.status]).toEqual([200, 200]);
      expect((await first.get(`/api/bands/${band.id}`)).body).toMatchObject({
        name: `Nom ${round}`,
        inviteCode: renewal.body.inviteCode,
      });
      const newcomer = await user('newcomer');
      expect((await newcomer.post('/api/bands/join', { inviteCode: band.inviteCode })).status).toBe(404);
    }
  });
});
