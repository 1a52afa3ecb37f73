/**
 * Every endpoint of the API, for the fuzz test (test/api/fuzz.e2e-spec.ts). A new endpoint goes here:
 * the fuzz test fails while a route of /api/openapi.json is missing from this table.
 *
 * Placeholders, in the path and in body strings: `{bandId}` the fuzz band, `{userId}` a plain member of
 * it, `{inviteCode}` its invitation code, `{seq}` a number that differs on every request (for values
 * that must be unique, such as a username).
 */
export type FuzzRole = 'anyone' | 'member' | 'admin';

export interface FuzzEndpoint {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As the OpenAPI document spells it. */
  readonly path: string;
  /** The least role that reaches the handler: the fuzzer sends as it, and anonymously. */
  readonly as: FuzzRole;
  /** A valid body: the fuzzer breaks one field at a time (nested ones too), then the whole body. */
  readonly body?: Readonly<Record<string, unknown>>;
  /** What the request answers unbroken, as the role: the proof that the fuzzer reaches the handler. */
  readonly status: number;
}

export const FUZZ_ENDPOINTS: readonly FuzzEndpoint[] = [
  { method: 'GET', path: '/api/health', as: 'anyone', status: 200 },

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
];
