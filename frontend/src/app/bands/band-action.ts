import { hasCode } from '../core/api/api-failure';
import { ErrorCode, FieldError } from '../core/api/api-types';
import { askSessionWhenStale } from '../core/band/stale-rights';
import { SessionStore } from '../core/session/session-store';
import { Action } from '../core/state/action-state';
import { bandFailureMessage, bandFieldErrors } from './bands-messages';

/** Why a band action failed, as the band screens show it. */
export interface BandFailure {
  /** A sentence for the whole action, when the failure belongs to no single field. */
  readonly message: string | null;
  readonly fieldErrors: readonly FieldError[];
  /** The failure's stable code (problem+json `code`), for screens that react to one. */
  readonly code: string | null;
}

/**
 * An action of the band screens: failures in French, field by field for a 400; a refusal that says
 * my role or my membership changed elsewhere (403, 404 of the band) makes the session ask again.
 * `leaving` words the last-admin refusal for the one leaving.
 */
export function bandAction(session: SessionStore, options: { leaving?: boolean } = {}): Action<BandFailure> {
  return new Action<BandFailure>({
    describe: (failure) => {
      // A refused invitation code is the whole action's message: the join form has that one field.
      const byField = failure.status === 400 && !hasCode(failure, ErrorCode.invalidInviteCode);
      const fieldErrors = byField ? bandFieldErrors(failure) : [];
      const message = fieldErrors.length ? null : bandFailureMessage(failure, options);
      return { message, fieldErrors, code: failure.code };
    },
    onFailure: askSessionWhenStale(session),
  });
}
