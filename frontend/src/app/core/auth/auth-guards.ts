import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';

import { safeReturnUrl } from '../navigation/return-url';
import { SessionStore } from '../session/session-store';

/** Signed-in users only; others go to /login?returnUrl=<where they wanted to go>. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  if ((await session.ensureLoaded()) === 'signed-in') return true;
  return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/** The sign-in pages are for guests; a signed-in user goes where they were heading, else home. */
export const guestGuard: CanActivateFn = async (route) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  if ((await session.ensureLoaded()) !== 'signed-in') return true;
  return router.parseUrl(safeReturnUrl(route.queryParamMap.get('returnUrl')));
};
