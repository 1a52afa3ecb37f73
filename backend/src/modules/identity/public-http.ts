// The HTTP kit identity offers the other contexts' adapters/http (and the app's own controllers):
// the acting user of a request, and the mark of a route that needs no session.
export { CurrentUser } from './adapters/http/current-user.decorator.js';
export { Public } from './adapters/http/public.decorator.js';
