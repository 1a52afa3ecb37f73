import { Router } from '@angular/router';

import { SessionStore } from '../session/session-store';

/**
 * The session is over (expired, revoked elsewhere): forget the user and send them to
 * /login?returnUrl=<current page> (unless they are on a sign-in page already).
 */
export function endExpiredSession(session: SessionStore, router: Router): void {
  session.clear();
  const here = router.url;
  const onAuthPage = /^\/(login|register)(?:[?#]|$)/.test(here);
  if (!onAuthPage) {
    const returnUrl = here && here !== '/' ? here : undefined;
    void router.navigate(['/login'], { queryParams: { returnUrl } });
  }
}
