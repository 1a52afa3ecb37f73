import { ApiFailure, hasCode } from '../api/api-failure';
import { ErrorCode } from '../api/api-types';
import { SessionStore } from '../session/session-store';

/** A 403 or a 404 of the band: my role or my membership changed since GET /api/me. */
export function isStaleMembership(failure: ApiFailure): boolean {
  return (
    hasCode(failure, ErrorCode.insufficientRole) ||
    hasCode(failure, ErrorCode.bandNotFound) ||
    (failure.status === 403 && !failure.code)
  );
}

/**
 * An action's `onFailure` for a band's screens: when my role or membership changed elsewhere, the
 * session asks again, so the screen shows the right buttons (or the managers-only state).
 */
export function askSessionWhenStale(session: SessionStore): (failure: ApiFailure) => void {
  return (failure) => {
    if (isStaleMembership(failure)) void session.load();
  };
}

/** The words for a manager's action refused for my role or my band gone; null for other failures. */
export function managerRightsMessage(failure: ApiFailure): string | null {
  if (hasCode(failure, ErrorCode.insufficientRole) || failure.status === 403) {
    return $localize`:@@band.error.managersOnly:Seuls les managers du groupe peuvent faire cela.`;
  }
  if (hasCode(failure, ErrorCode.bandNotFound)) {
    return $localize`:@@band.error.bandGone:Ce groupe n'existe plus, ou vous n'en faites plus partie.`;
  }
  return null;
}
