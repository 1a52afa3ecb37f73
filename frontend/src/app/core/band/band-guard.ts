import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';

import { SessionStore } from '../session/session-store';

/**
 * Band screens need an active band: a signed-in user with none is sent to /onboarding (create or
 * join one). Put after authGuard, which deals with guests.
 */
export const bandGuard: CanActivateFn = async () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  if ((await session.ensureLoaded()) !== 'signed-in' || session.activeBandId()) return true;
  return router.createUrlTree(['/onboarding']);
};
