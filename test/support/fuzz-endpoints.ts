/**
 * Every endpoint of the API, for the fuzz test (test/api/fuzz.e2e-spec.ts). A new endpoint goes here:
 * the fuzz test fails while a route of /api/openapi.json is missing from this table.
 *
 * Placeholders, in the path and in body strings: `{bandId}` the fuzz band, `{userId}` a plain member of
 * it, `{inviteCode}` its invitation code, `{suggestionId}` a suggestion the member proposed in it,
 * `{songId}` a song in it, `{gigId}` a gig in it, `{rehearsalId}` the first date of a
 * weekly series in it, `{calendarFile}` the admin's calendar feed (`SECRET.ics`), `{seq}` a number
 * that differs on every request (for values that must be
 * unique, such as a username). A path parameter named otherwise says which one it takes (`params`).
 */
export type FuzzRole = 'anyone' | 'member' | 'admin';

export interface FuzzEndpoint {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As the OpenAPI document spells it. */
  readonly path: string;
  /** The least role that reaches the handler: the fuzzer sends as it, and anonymously. */
  readonly as: FuzzRole;
  /** The placeholder of each path parameter that is not named after one: `{ id: 'songId' }`. */
  readonly params?: Readonly<Record<string, string>>;
  /** A valid query string of a list: the fuzzer breaks one parameter at a time. */
  readonly query?: Readonly<Record<string, string>>;
  /** A valid body: the fuzzer breaks one field at a time (nested ones too), then the whole body. */
  readonly body?: Readonly<Record<string, unknown>>;
  /** What the request answers unbroken, as the role: the proof that the fuzzer reaches the handler. */
  readonly status: number;
}

const SUGGESTION = {
  title: 'Seven Nation Army',
  artist: 'The White Stripes',
  versionOf: 'Original',
  links: ['https://www.youtube.com/watch?v=0J2QdDbelmY'],
  comment: 'Pour le concert\nde juin',
};
const SONG = {
  title: 'Zombie',
  artist: 'The Cranberries',
  versionOf: null,
  links: ['https://open.spotify.com/track/7EZC6E7UjZe63f1jRmkWxt'],
  key: 'Mi mineur',
  bpm: 84,
  durationSec: 306,
};
const GIG = {
  title: 'Fête de la musique',
  startsAt: '2027-06-21T20:00:00+02:00',
  endsAt: '2027-06-22T01:00:00+02:00',
  location: 'Le Petit Bain',
  address: '7 port de la Gare\n75013 Paris',
  feeCents: 45000,
  currency: 'EUR',
  notes: 'Balances à 17 h',
  status: 'confirmed',
};
const SUGGESTION_ID = { id: 'suggestionId' };
const SONG_ID = { id: 'songId' };
const GIG_ID = { id: 'gigId' };
const REHEARSAL_ID = { id: 'rehearsalId' };
const REHEARSAL = {
  startsAt: '2026-12-03T20:00:00+01:00',
  endsAt: '2026-12-03T22:30:00+01:00',
  location: 'Studio Bleu',
  notes: 'Le pont\nde Zombie',
  songIds: ['{songId}'],
};

export const FUZZ_ENDPOINTS: readonly FuzzEndpoint[] = [
  { method: 'GET', path: '/api/health', as: 'anyone', status: 200 },
  { method: 'GET', path: '/api/operations/backup', as: 'admin', status: 200 },

  // identity
  {
    method: 'POST',
    path: '/api/auth/register',
    as: 'anyone',
    status: 201,
    body: { username: 'fuzz{seq}', password: 'correct horse', displayName: 'Fuzz' },
  },
  {
    method: 'POST',
    path: '/api/auth/login',
    as: 'anyone',
    status: 401,
    body: { username: 'fuzz.admin', password: 'not it' },
  },
  { method: 'POST', path: '/api/auth/logout', as: 'member', status: 204 },
  { method: 'GET', path: '/api/me', as: 'member', status: 200 },
  {
    method: 'PATCH',
    path: '/api/me',
    as: 'member',
    status: 200,
    body: { displayName: 'Fuzz', preferences: { theme: 'dark', locale: 'fr' } },
  },
  {
    method: 'PUT',
    path: '/api/me/password',
    as: 'member',
    status: 422,
    body: { currentPassword: 'not the password', newPassword: 'another passphrase' },
  },
  { method: 'DELETE', path: '/api/me', as: 'member', status: 422, body: { password: 'not the password' } },
  { method: 'POST', path: '/api/me/calendar-token', as: 'member', status: 201 },
  { method: 'DELETE', path: '/api/me/calendar-token', as: 'member', status: 204 },
  { method: 'GET', path: '/api/calendar/{file}', as: 'anyone', status: 200, params: { file: 'calendarFile' } },

  // live updates: a plain GET (no upgrade) that passes the checks; upgrades are fuzzed in live.e2e-spec.ts
  { method: 'GET', path: '/api/live', as: 'member', status: 426 },

  // bands
  { method: 'PUT', path: '/api/me/active-band', as: 'member', status: 200, body: { bandId: '{bandId}' } },
  { method: 'GET', path: '/api/bands', as: 'member', status: 200 },
  { method: 'POST', path: '/api/bands', as: 'member', status: 201, body: { name: 'Fuzz band' } },
  { method: 'POST', path: '/api/bands/join', as: 'member', status: 200, body: { inviteCode: '{inviteCode}' } },
  { method: 'GET', path: '/api/bands/{bandId}', as: 'member', status: 200 },
  {
    method: 'PATCH',
    path: '/api/bands/{bandId}',
    as: 'admin',
    status: 200,
    body: {
      name: 'Fuzz band',
      description: 'Line one\nline two',
      template: 'groove',
      logoUrl: 'https://example.org/logo.png',
      timezone: 'America/Montreal',
      language: 'en',
    },
  },
  { method: 'POST', path: '/api/bands/{bandId}/invite-code', as: 'admin', status: 200 },
  { method: 'GET', path: '/api/bands/{bandId}/members', as: 'member', status: 200 },
  {
    method: 'PATCH',
    path: '/api/bands/{bandId}/members/{userId}',
    as: 'admin',
    status: 200,
    body: { role: 'manager' },
  },
  { method: 'DELETE', path: '/api/bands/{bandId}/members/{userId}', as: 'admin', status: 204 },
  { method: 'DELETE', path: '/api/bands/{bandId}', as: 'admin', status: 204 },
  { method: 'GET', path: '/api/invites/{code}', as: 'anyone', status: 200, params: { code: 'inviteCode' } },

  // password recovery
  {
    method: 'POST',
    path: '/api/auth/reset-password',
    as: 'anyone',
    status: 422,
    body: { token: 'not-a-reset-token', newPassword: 'another passphrase' },
  },

  // repertoire: suggestions
  {
    method: 'GET',
    path: '/api/bands/{bandId}/suggestions',
    as: 'member',
    status: 200,
    query: { sort: 'recent', q: 'fuzz', limit: '2' },
  },
  { method: 'POST', path: '/api/bands/{bandId}/suggestions', as: 'member', status: 201, body: SUGGESTION },
  {
    method: 'PATCH',
    path: '/api/suggestions/{id}',
    as: 'member',
    status: 200,
    body: SUGGESTION,
    params: SUGGESTION_ID,
  },
  { method: 'DELETE', path: '/api/suggestions/{id}', as: 'member', status: 204, params: SUGGESTION_ID },
  { method: 'POST', path: '/api/suggestions/{id}/vote', as: 'member', status: 200, params: SUGGESTION_ID },
  { method: 'DELETE', path: '/api/suggestions/{id}/vote', as: 'member', status: 200, params: SUGGESTION_ID },
  { method: 'POST', path: '/api/suggestions/{id}/promote', as: 'admin', status: 201, params: SUGGESTION_ID },

  // repertoire: songs
  {
    method: 'GET',
    path: '/api/bands/{bandId}/songs',
    as: 'member',
    status: 200,
    query: { status: 'learning', sort: 'bandAverage', q: 'fuzz', limit: '2' },
  },
  { method: 'POST', path: '/api/bands/{bandId}/songs', as: 'admin', status: 201, body: SONG },
  { method: 'GET', path: '/api/songs/{id}', as: 'member', status: 200, params: SONG_ID },
  {
    method: 'PATCH',
    path: '/api/songs/{id}',
    as: 'admin',
    status: 200,
    body: { ...SONG, mastered: true },
    params: SONG_ID,
  },
  { method: 'DELETE', path: '/api/songs/{id}', as: 'admin', status: 204, params: SONG_ID },
  {
    method: 'PUT',
    path: '/api/songs/{id}/progress',
    as: 'member',
    status: 200,
    body: { level: 6, note: 'Le pont\npuis le refrain' },
    params: SONG_ID,
  },
  { method: 'POST', path: '/api/songs/{id}/demote', as: 'admin', status: 201, params: SONG_ID },

  // schedule: gigs
  { method: 'POST', path: '/api/bands/{bandId}/gigs', as: 'admin', status: 201, body: GIG },
  { method: 'GET', path: '/api/gigs/{id}', as: 'member', status: 200, params: GIG_ID },
  { method: 'PATCH', path: '/api/gigs/{id}', as: 'admin', status: 200, body: GIG, params: GIG_ID },
  { method: 'DELETE', path: '/api/gigs/{id}', as: 'admin', status: 204, params: GIG_ID },
  {
    method: 'PUT',
    path: '/api/gigs/{id}/setlist',
    as: 'admin',
    status: 200,
    body: { items: [{ break: true, label: 'Entracte' }] },
    params: GIG_ID,
  },

  // exports
  {
    method: 'GET',
    path: '/api/bands/{bandId}/songs/export',
    as: 'member',
    status: 200,
    query: { format: 'pdf', layout: 'stage' },
  },
  {
    method: 'GET',
    path: '/api/gigs/{id}/setlist/export',
    as: 'member',
    status: 200,
    query: { format: 'csv', layout: 'list' },
    params: GIG_ID,
  },

  // schedule: rehearsals
  {
    method: 'POST',
    path: '/api/bands/{bandId}/rehearsals',
    as: 'admin',
    status: 201,
    body: { ...REHEARSAL, repeat: { every: 'fortnight', until: '2027-01-28' } },
  },
  { method: 'GET', path: '/api/rehearsals/{id}', as: 'member', status: 200, params: REHEARSAL_ID },
  { method: 'GET', path: '/api/bands/{bandId}/dashboard', as: 'member', status: 200 },
  { method: 'GET', path: '/api/rehearsals/{id}/proposed-songs', as: 'admin', status: 200, params: REHEARSAL_ID },
  {
    method: 'PATCH',
    path: '/api/rehearsals/{id}',
    as: 'admin',
    status: 200,
    query: { scope: 'following' },
    body: { ...REHEARSAL, status: 'cancelled' },
    params: REHEARSAL_ID,
  },
  {
    method: 'DELETE',
    path: '/api/rehearsals/{id}',
    as: 'admin',
    status: 204,
    query: { scope: 'following' },
    params: REHEARSAL_ID,
  },

  // schedule: agenda
  {
    method: 'GET',
    path: '/api/bands/{bandId}/agenda',
    as: 'member',
    status: 200,
    query: {
      type: 'rehearsal',
      when: 'all',
      from: '2026-12-01T00:00:00+01:00',
      to: '2027-12-01T00:00:00+01:00',
      limit: '2',
    },
  },

  // activity
  {
    method: 'GET',
    path: '/api/bands/{bandId}/activity',
    as: 'member',
    status: 200,
    query: { limit: '2' },
  },

  // schedule: attendance
  {
    method: 'PUT',
    path: '/api/gigs/{id}/attendance',
    as: 'member',
    status: 200,
    body: { status: 'maybe', comment: 'Si je trouve\nun baby-sitter' },
    params: GIG_ID,
  },
  {
    method: 'PUT',
    path: '/api/rehearsals/{id}/attendance',
    as: 'member',
    status: 200,
    query: { scope: 'following' },
    body: { status: 'yes', comment: 'Toute la saison' },
    params: REHEARSAL_ID,
  },
];
