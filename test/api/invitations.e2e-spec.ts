import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiClient } from '../support/api-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// GET /api/invites/{code}: public, names the band and counts its members, nothing else; unknown codes
// are rate limited per client address, and so are joins with them (POST /api/bands/join). TRUST_PROXY
// lets each test speak from its own address.
const LIMIT = 3;
let testApp: TestApp;
let seq = 0;
let address = 0;

const guest = () => new ApiClient(testApp.baseUrl);
const fromNewAddress = () => `198.51.100.${++address}`;
const lookUp = (code: string, from: string) =>
  guest().request('GET', `/api/invites/${encodeURIComponent(code)}`, { headers: { 'x-forwarded-for': from } });

async function registered() {
  const api = new ApiClient(testApp.baseUrl);
  await api.post('/api/auth/register', { username: `someone${++seq}`, password: 'correct horse' });
  return api;
}

async function bandWithMembers(name: string, members: number) {
  const admin = new ApiClient(testApp.baseUrl);
  await admin.post('/api/auth/register', { username: `admin${++seq}`, password: 'correct horse' });
  const { inviteCode } = (await admin.post('/api/bands', { name })).body.band;
  for (let i = 1; i < members; i++) {
    const member = new ApiClient(testApp.baseUrl);
    await member.post('/api/auth/register', { username: `member${++seq}`, password: 'correct horse' });
    await member.post('/api/bands/join', { inviteCode });
  }
  return { admin, inviteCode: inviteCode as string };
}

beforeAll(async () => {
  testApp = await startTestApp({
    TRUST_PROXY: 'true',
    RATE_LIMIT_INVITE_LOOKUP: String(LIMIT),
    RATE_LIMIT_INVITE_JOIN: String(LIMIT),
  });
});
afterAll(() => testApp.close());

describe('looking up an invitation code', () => {
  it('names the band and counts its members, for a guest, and reveals nothing else', async () => {
    const { inviteCode } = await bandWithMembers('Les Baguettes Folles', 3);
    const response = await lookUp(inviteCode, fromNewAddress());
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ bandName: 'Les Baguettes Folles', memberCount: 3 });
    expect(response.headers.get('set-cookie')).toBeNull();
    const typed = await lookUp(` ${inviteCode.toLowerCase().replace('-', ' ')} `, fromNewAddress());
    expect(typed.body).toEqual({ bandName: 'Les Baguettes Folles', memberCount: 3 });
  });

  it('answers 404 problem+json for an unknown code or a renewed band’s old one', async () => {
    const { admin, inviteCode } = await bandWithMembers('Renouvelé', 1);
    const bandId = (await admin.get('/api/bands')).body[0].id;
    await admin.post(`/api/bands/${bandId}/invite-code`);
    const from = fromNewAddress();
    for (const code of ['ZZZZZ-ZZZZZ', inviteCode]) {
      const response = await lookUp(code, from);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 404, code: 'BANDS.INVITE_CODE_NOT_FOUND' });
      expect(response.body.errors).toEqual([{ field: 'code', message: expect.any(String) }]);
    }
  });

  it('answers 400 saying which character is not allowed, or what the length should be', async () => {
    const from = fromNewAddress();
    const cases = [
      ['K7RD9-PXM4O', 'An invitation code has no “O” (character 10)'],
      ['K7RD9-PXM4', 'An invitation code has 10 characters (dashes and spaces aside); this one has 9.'],
      ['K7RD9-PXM4HH', 'this one has 11'],
      ['K7RD9+PXM4H', 'no “+” (character 6)'],
    ] as const;
    for (const [code, detail] of cases) {
      const response = await lookUp(code, from);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        code: 'BANDS.INVALID_INVITE_CODE',
        detail: expect.stringContaining(detail),
      });
      expect(response.body.errors).toEqual([{ field: 'code', message: response.body.detail }]);
    }
    // Malformed codes give nothing away and cost nothing: the address is not limited.
    expect((await lookUp('ZZZZZ-ZZZZZ', from)).status).toBe(404);
  });

  it(`limits an address to ${LIMIT} unknown codes per 15 minutes, then refuses it every code with 429`, async () => {
    const { inviteCode } = await bandWithMembers('Les Limités', 1);
    const from = fromNewAddress();
    expect((await lookUp(inviteCode, from)).status).toBe(200); // known codes do not count
    for (let i = 0; i < LIMIT; i++) expect((await lookUp('ZZZZZ-ZZZZZ', from)).status).toBe(404);
    const limited = await lookUp(inviteCode, from);
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(800);
    expect((await lookUp(inviteCode, fromNewAddress())).status).toBe(200); // another address is not affected
  });

  it('answers hostile codes with a 4xx problem, never a 5xx', async () => {
    const from = fromNewAddress();
    for (const code of ['x'.repeat(300), '\u0000', '../../etc/passwd', '%', '🎸'.repeat(10), ' '.repeat(10)]) {
      const response = await lookUp(code, from);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
  });

  it('answers every caller alike, member or not, signed in or not: the name and the count only', async () => {
    const { admin, inviteCode } = await bandWithMembers('Les Discrets', 2);
    const stranger = await registered();
    const from = fromNewAddress();
    const headers = { 'x-forwarded-for': from };
    const path = `/api/invites/${inviteCode}`;
    for (const caller of [guest(), stranger, admin]) {
      const response = await caller.request('GET', path, { headers });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ bandName: 'Les Discrets', memberCount: 2 });
    }
  });

  it('answers 404 for the code of a deleted band', async () => {
    const { admin, inviteCode } = await bandWithMembers('Dissous', 1);
    const bandId = (await admin.get('/api/bands')).body[0].id;
    expect((await admin.delete(`/api/bands/${bandId}`)).status).toBe(204);
    expect((await lookUp(inviteCode, fromNewAddress())).status).toBe(404);
  });

  it('is a public GET: no session needed, and no cross-site check to pass', async () => {
    const { inviteCode } = await bandWithMembers('Public', 1);
    const response = await guest().request('GET', `/api/invites/${inviteCode}`, {
      headers: {
        'x-forwarded-for': fromNewAddress(),
        'sec-fetch-site': 'cross-site',
        origin: 'https://elsewhere.example',
      },
    });
    expect(response.status).toBe(200);
  });
});

describe('joining with an invitation code', () => {
  const join = (api: ApiClient, inviteCode: string, from: string) =>
    api.request('POST', '/api/bands/join', { json: { inviteCode }, headers: { 'x-forwarded-for': from } });

  it(`limits an address to ${LIMIT} unknown codes per 15 minutes, then refuses it every code with 429`, async () => {
    const { admin, inviteCode } = await bandWithMembers('Les Devinés', 1);
    const guesser = await registered();
    const from = fromNewAddress();
    // Malformed codes give nothing away and are not counted; neither is a known code.
    expect((await join(guesser, 'K7RD9', from)).status).toBe(400);
    expect((await join(admin, inviteCode, from)).status).toBe(200);
    for (let i = 0; i < LIMIT; i++) {
      const unknown = await join(guesser, 'ZZZZZ-ZZZZZ', from);
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('BANDS.INVITE_CODE_NOT_FOUND');
    }
    const limited = await join(guesser, inviteCode, from);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(limited.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(800);
    expect((await guesser.get('/api/bands')).body).toEqual([]);
    // Another address is not affected, and the look-up keeps its own count.
    expect((await join(guesser, inviteCode, fromNewAddress())).status).toBe(200);
    expect((await lookUp(inviteCode, from)).status).toBe(200);
  });
});
