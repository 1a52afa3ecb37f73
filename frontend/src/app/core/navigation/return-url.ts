/**
 * Where to go after signing in: only a path of this app (`/…`, not `//host` nor `/\host`, which
 * browsers read as another origin), never back to the sign-in pages; `/` otherwise.
 */
export function safeReturnUrl(raw: unknown): string {
  if (typeof raw !== 'string' || !raw.startsWith('/')) return '/';
  if (raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  // Control characters and whitespace are stripped or rejected by URL parsers in surprising ways.
  if (/[\s\p{Cc}]/u.test(raw)) return '/';
  const path = raw.split(/[?#]/)[0];
  if (path === '/login' || path === '/register') return '/';
  return raw;
}
