import { ApiFailure, hasCode } from '../../core/api/api-failure';
import { ErrorCode, FieldError } from '../../core/api/api-types';
import { genericFailureMessage } from '../../core/api/failure-messages';
import { askSessionWhenStale, managerRightsMessage } from '../../core/band/stale-rights';
import { SessionStore } from '../../core/session/session-store';
import { Action } from '../../core/state/action-state';

/** Why a save of the manager forms failed: a sentence, or field errors on the form's own fields. */
export interface ManageFailure {
  readonly message: string | null;
  /** Named by form control path: `when.start` for the API's `startsAt`, `fee` for `feeCents`… */
  readonly fieldErrors: readonly FieldError[];
  readonly status: number;
}

/** The API's body properties as the forms name their controls (the instants come from date and times). */
const CONTROL_OF: Record<string, string> = {
  startsAt: 'when.start',
  endsAt: 'when.end',
  feeCents: 'fee',
};

/**
 * A save of the gig and rehearsal forms: a 400's field errors on their fields (in the user's language
 * for the rules the form knows), else a sentence. A 403 or a lost band makes the session ask again,
 * so the page shows the managers-only state when my role changed.
 */
export function manageAction(session: SessionStore): Action<ManageFailure> {
  return new Action<ManageFailure>({
    describe: (failure) => {
      const fieldErrors = failure.status === 400 ? failure.fieldErrors.map(onControl) : [];
      return {
        message: fieldErrors.length ? null : manageFailureMessage(failure),
        fieldErrors,
        status: failure.status,
      };
    },
    onFailure: askSessionWhenStale(session),
  });
}

export function manageFailureMessage(failure: ApiFailure): string {
  if (hasCode(failure, ErrorCode.gigNotFound)) {
    return $localize`:@@manage.error.gigGone:Ce concert n'existe plus : il a peut-être été supprimé.`;
  }
  if (hasCode(failure, ErrorCode.rehearsalNotFound)) {
    return $localize`:@@manage.error.rehearsalGone:Cette répétition n'existe plus : elle a peut-être été supprimée.`;
  }
  return managerRightsMessage(failure) ?? genericFailureMessage(failure);
}

function onControl(error: FieldError): FieldError {
  const field = CONTROL_OF[error.field] ?? error.field;
  return { field, message: ownSentence(field) ?? error.message };
}

/** The server speaks English; the rules the form knows get the form's sentence. */
function ownSentence(field: string): string | null {
  switch (field) {
    case 'repeat.until':
      return $localize`:@@manage.error.until:Une série finit le jour de la première date ou après, et dure un an au plus.`;
    case 'fee':
      return feeRule();
    case 'when.end':
      return $localize`:@@manage.error.end:La fin vient après le début.`;
    default:
      return null;
  }
}

/** The fee's rule, for the form's own check and the server's refusal alike. */
export const feeRule = () =>
  $localize`:@@manage.feeRule:Un montant comme 150 ou 150,50 : positif, deux décimales au plus.`;
