// The HTTP kit identity offers the other contexts' adapters/http (and the app's own controllers):
// the acting user of a request, the mark of a route that needs no session, and the session cookie's
// reader (for the live socket's upgrade, which no guard sees).
export { CurrentUser } from './adapters/http/current-user.decorator.js';
export { Public } from './adapters/http/public.decorator.js';
export { SessionCookie } from './adapters/http/session-cookie.js';
