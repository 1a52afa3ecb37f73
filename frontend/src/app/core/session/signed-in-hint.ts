/**
 * `bt_signed_in=1`, the readable cookie the server sets beside its HttpOnly session cookie (ADR 0020).
 * Without it the visitor is a guest: no GET /api/me, so no 401 in the console on a guest's first load.
 * It may outlive its session (expired, revoked elsewhere): a 401 then deletes it.
 */
const HINT = 'bt_signed_in';

export function hasSignedInHint(document: Document): boolean {
  return document.cookie.split(';').some((pair) => pair.trim().startsWith(`${HINT}=`));
}

export function forgetSignedInHint(document: Document): void {
  document.cookie = `${HINT}=; Max-Age=0; Path=/; SameSite=Lax`;
}
