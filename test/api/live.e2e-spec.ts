// GET /api/live across two app instances on one PostgreSQL (ADR 0045): what happens on A reaches the
// sockets held by B within a second; refusals before the upgrade; removal; privacy; revoked sessions;
// the heartbeat.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiClient } from '../support/api-client.js';
import { BandFixture, PERSON_PASSWORD, type Person } from '../support/band-fixture.js';
import { HOSTILE_COOKIES } from '../support/fuzz-inputs.js';
import { LiveClient, upgrade } from '../support/live-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const HEARTBEAT_MS = 300;
let a: TestApp;
let b: TestApp;
let fixture: BandFixture;
const opened: LiveClient[] = [];

beforeAll(async () => {
  a = await startTestApp({ LIVE_HEARTBEAT_MS: String(HEARTBEAT_MS) });
  b = await startTestApp({ DATABASE_URL: a.databaseUrl!, LIVE_HEARTBEAT_MS: String(HEARTBEAT_MS) });
  fixture = new BandFixture(a.baseUrl);
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((client) => client.close()));
});
afterAll(async () => {
  await b.close();
  await a.close();
});

/** A device of `person` connected to `app`. */
async function live(app: TestApp, person: Person): Promise<LiveClient> {
  const client = await LiveClient.open(app.baseUrl, person.cookie);
  opened.push(client);
  return client;
}

/** The same account signed in on another device (a session of its own). */
async function anotherDevice(person: Person): Promise<ApiClient> {
  const device = new ApiClient(a.baseUrl);
  expect((await device.post('/api/auth/login', { username: person.username, password: 'correct horse' })).status).toBe(
    200,
  );
  return device;
}

describe('live updates across two instances', () => {
  it('says hello with the bands of the user, then brings a vote cast on A to a socket on B within a second', async () => {
    const [admin, member] = [await fixture.person('Léa'), await fixture.person('Sam')];
    const bandId = await fixture.band(admin, [[member, 'member']]);
    const other = await fixture.band(member, [], 'Autre groupe');
    const onB = await live(b, member);
    expect(onB.messages[0]).toEqual({ type: 'hello', bands: [bandId, other], at: expect.any(String) });

    const suggestionId = (await admin.post(`/api/bands/${bandId}/suggestions`, { title: 'Zombie' })).body.id;
    const started = Date.now();
    expect((await admin.post(`/api/suggestions/${suggestionId}/vote`)).status).toBe(200);
    const vote = await onB.next((message) => message.type === 'vote.changed');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(vote).toEqual({ type: 'vote.changed', bandId, at: expect.any(String), suggestionId, votes: 1 });
    expect(onB.messages.map((message) => message.type)).toEqual(['hello', 'suggestion.created', 'vote.changed']);
  });

  it('tells a promotion as the suggestion gone and the song come, with the same id', async () => {
    const admin = await fixture.person('Léa');
    const bandId = await fixture.band(admin);
    const onB = await live(b, admin);
    const id = (await admin.post(`/api/bands/${bandId}/suggestions`, { title: 'Creep' })).body.id;
    expect((await admin.post(`/api/suggestions/${id}/promote`)).status).toBe(201);
    await onB.next((message) => message.type === 'song.created');
    expect(onB.messages.slice(1).map(({ type, suggestionId, songId }) => [type, suggestionId ?? songId])).toEqual([
      ['suggestion.created', id],
      ['suggestion.deleted', id],
      ['song.created', id],
    ]);
  });

  it('sends the band’s new average, never the private note nor whose level it was', async () => {
    const [admin, member] = [await fixture.person('Léa'), await fixture.person('Sam')];
    const bandId = await fixture.band(admin, [[member, 'member']]);
    const songId = (await admin.post(`/api/bands/${bandId}/songs`, { title: 'Zombie' })).body.id;
    const onB = await live(b, admin);
    await admin.put(`/api/songs/${songId}/progress`, { level: 8 });
    await onB.next((message) => message.type === 'progress.changed');
    const from = onB.messages.length;
    await member.put(`/api/songs/${songId}/progress`, { level: 5, note: 'mon secret du pont' });
    const progress = await onB.next((message) => message.type === 'progress.changed', 1000, from);
    expect(progress).toEqual({
      type: 'progress.changed',
      bandId,
      at: expect.any(String),
      songId,
      bandAverageLevel: 6.5,
    });
    expect(onB.texts.join('\n')).not.toContain('secret');
    expect(onB.texts.join('\n')).not.toContain(member.id);
  });
});

describe('refused before the upgrade, as HTTP problems', () => {
  it('answers 401 without a session, or with one that is not', async () => {
    const cookies: Record<string, string>[] = [
      {},
      { cookie: 'bt_session=forged' },
      { cookie: `bt_session=${'x'.repeat(43)}` },
    ];
    for (const cookie of cookies) {
      const answer = await upgrade(b.baseUrl, { origin: b.baseUrl, ...cookie });
      expect(answer.status).toBe(401);
      expect(answer.contentType).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(answer.body)).toMatchObject({ status: 401, code: 'IDENTITY.NOT_AUTHENTICATED' });
    }
  });

  it('answers 403 to a foreign page, even with the member’s cookie', async () => {
    const member = await fixture.person();
    const answer = await upgrade(b.baseUrl, { origin: 'https://evil.example', cookie: member.cookie! });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toMatchObject({ status: 403, code: 'CROSS_SITE_REQUEST' });
  });

  it('never answers a hostile cookie or origin with a 5xx, nor with anything but problem+json', async () => {
    const member = await fixture.person();
    const origins = [
      'null',
      'https://evil.example',
      `${b.baseUrl}.evil.example`,
      'http://127.0.0.1',
      '%00',
      'x'.repeat(4000),
    ];
    const attempts = [
      ...HOSTILE_COOKIES.map((cookie) => ({ origin: b.baseUrl, cookie })),
      ...origins.map((origin) => ({ origin, cookie: member.cookie! })),
    ];
    for (const headers of attempts) {
      const answer = await upgrade(b.baseUrl, headers);
      expect([answer.status, answer.contentType]).toEqual([
        expect.any(Number),
        expect.stringMatching(/^application\/problem\+json/),
      ]);
      expect(answer.status === 401 || answer.status === 403).toBe(true);
    }
  });

  it('answers a plain GET with 426, and 401 without a session', async () => {
    const member = await fixture.person();
    const plain = await member.get('/api/live');
    expect(plain.status).toBe(426);
    expect(plain.body).toMatchObject({ code: 'UPGRADE_REQUIRED' });
    expect((await new ApiClient(b.baseUrl).get('/api/live')).status).toBe(401);
  });
});

describe('membership', () => {
  it('tells a removed member band.removed, then nothing more of the band, on every instance', async () => {
    const [admin, member, third] = [await fixture.person('Léa'), await fixture.person('Sam'), await fixture.person()];
    const bandId = await fixture.band(admin, [
      [member, 'member'],
      [third, 'member'],
    ]);
    const [memberOnA, memberOnB, thirdOnB] = [await live(a, member), await live(b, member), await live(b, third)];

    expect((await admin.delete(`/api/bands/${bandId}/members/${member.id}`)).status).toBe(204);
    for (const device of [memberOnA, memberOnB]) {
      expect(await device.next((message) => message.type === 'band.removed')).toEqual({
        type: 'band.removed',
        bandId,
        at: expect.any(String),
      });
    }
    expect(await thirdOnB.next((message) => message.type === 'member.left')).toMatchObject({ userId: member.id });

    await admin.post(`/api/bands/${bandId}/suggestions`, { title: 'Après le départ' });
    await thirdOnB.next((message) => message.type === 'suggestion.created');
    for (const device of [memberOnA, memberOnB]) {
      expect(device.messages.map((message) => message.type)).toEqual(['hello', 'band.removed']);
    }
  });

  it('subscribes a member who joins on the sockets they hold open, whichever instance holds them', async () => {
    const [admin, newcomer] = [await fixture.person('Léa'), await fixture.person('Sam')];
    const bandId = await fixture.band(admin);
    const onB = await live(b, newcomer);
    expect(onB.messages[0]).toMatchObject({ type: 'hello', bands: [] });
    const { inviteCode } = (await admin.get(`/api/bands/${bandId}`)).body;
    expect((await newcomer.post('/api/bands/join', { inviteCode })).status).toBe(200);
    expect(await onB.next((message) => message.type === 'member.joined')).toMatchObject({
      bandId,
      userId: newcomer.id,
    });
    await admin.post(`/api/bands/${bandId}/suggestions`, { title: 'Bienvenue' });
    await onB.next((message) => message.type === 'suggestion.created');
  });

  it('tells every member band.removed when the band is deleted', async () => {
    const [admin, member] = [await fixture.person('Léa'), await fixture.person('Sam')];
    const bandId = await fixture.band(admin, [[member, 'member']]);
    const [adminOnA, memberOnB] = [await live(a, admin), await live(b, member)];
    expect((await admin.delete(`/api/bands/${bandId}`)).status).toBe(204);
    for (const device of [adminOnA, memberOnB]) {
      expect(await device.next((message) => message.type === 'band.removed')).toMatchObject({ bandId });
    }
  });

  it('tells the others member.left when a member deletes their account', async () => {
    const [admin, member] = [await fixture.person('Léa'), await fixture.person('Sam')];
    const bandId = await fixture.band(admin, [[member, 'member']]);
    const adminOnB = await live(b, admin);
    expect((await member.delete('/api/me', { password: PERSON_PASSWORD })).status).toBe(204);
    expect(await adminOnB.next((message) => message.type === 'member.left')).toMatchObject({
      bandId,
      userId: member.id,
    });
  });
});

describe('the schedule', () => {
  it('tells a gig, its setlist and an answer, without the answer’s comment', async () => {
    const [admin, member] = [await fixture.person('Léa'), await fixture.person('Sam')];
    const bandId = await fixture.band(admin, [[member, 'member']]);
    const songId = (await admin.post(`/api/bands/${bandId}/songs`, { title: 'Zombie' })).body.id;
    const onB = await live(b, admin);
    const gig = await admin.post(`/api/bands/${bandId}/gigs`, { title: 'Fête', startsAt: '2027-06-21T20:00:00+02:00' });
    expect(gig.status).toBe(201);
    const id = gig.body.id;
    expect((await admin.put(`/api/gigs/${id}/setlist`, { items: [{ songId }] })).status).toBe(200);
    const answer = { status: 'maybe', comment: 'un secret de répétition' };
    expect((await member.put(`/api/gigs/${id}/attendance`, answer)).status).toBe(200);
    const answered = await onB.next((message) => message.type === 'attendance.changed');
    expect(answered).toEqual({
      type: 'attendance.changed',
      bandId,
      at: expect.any(String),
      eventType: 'gig',
      id,
      userId: member.id,
      status: 'maybe',
    });
    expect(onB.messages.map((message) => message.type)).toEqual([
      'hello',
      'gig.changed',
      'setlist.changed',
      'attendance.changed',
    ]);
    expect(onB.texts.join('\n')).not.toContain('secret');
  });
});

describe('sessions', () => {
  it('closes the socket of a device that signs out, on the other instance, and only that one', async () => {
    const member = await fixture.person();
    const laptop = await anotherDevice(member);
    const [phoneSocket, laptopSocket] = [await live(b, member), await LiveClient.open(b.baseUrl, laptop.cookie)];
    opened.push(laptopSocket);
    expect((await member.post('/api/auth/logout')).status).toBe(204);
    expect(await phoneSocket.closed).toEqual({ code: 4401, reason: 'session ended' });
    laptopSocket.send('{"type":"ping"}');
    expect(await laptopSocket.next((message) => message.type === 'pong')).toEqual({
      type: 'pong',
      at: expect.any(String),
    });
  });

  it('closes the other devices’ sockets on a password change, and keeps the one that changed it', async () => {
    const member = await fixture.person();
    const laptop = await anotherDevice(member);
    const [phoneSocket, laptopSocket] = [await live(b, member), await LiveClient.open(a.baseUrl, laptop.cookie)];
    opened.push(laptopSocket);
    const changed = await member.put('/api/me/password', {
      currentPassword: 'correct horse',
      newPassword: 'brand new secret',
    });
    expect(changed.status).toBe(204);
    expect(await laptopSocket.closed).toEqual({ code: 4401, reason: 'session ended' });
    phoneSocket.send('{"type":"ping"}');
    await phoneSocket.next((message) => message.type === 'pong');
  });

  it('closes every socket of a user who deletes their account, on both instances, and no one else’s', async () => {
    const [admin, member] = [await fixture.person('Léa'), await fixture.person('Sam')];
    await fixture.band(admin, [[member, 'member']]);
    const laptop = await anotherDevice(member);
    const [phoneSocket, laptopSocket] = [await live(b, member), await LiveClient.open(a.baseUrl, laptop.cookie)];
    opened.push(laptopSocket);
    const adminSocket = await live(b, admin);
    expect((await member.delete('/api/me', { password: PERSON_PASSWORD })).status).toBe(204);
    expect(await phoneSocket.closed).toEqual({ code: 4401, reason: 'session ended' });
    expect(await laptopSocket.closed).toEqual({ code: 4401, reason: 'session ended' });
    adminSocket.send('{"type":"ping"}');
    await adminSocket.next((message) => message.type === 'pong');
  });
});

describe('heartbeat', () => {
  it('drops a socket that stops answering pings', async () => {
    const member = await fixture.person();
    const answer = await upgrade(b.baseUrl, { origin: b.baseUrl, cookie: member.cookie! });
    expect(answer.status).toBe(101);
    const started = Date.now();
    // Nothing answers the pings on this raw connection: after two beats the server lets it go.
    await new Promise((closed) => answer.socket!.on('close', closed));
    expect(Date.now() - started).toBeLessThan(HEARTBEAT_MS * 4);
  });
});
