import { ApiFailure, hasCode } from '../core/api/api-failure';
import { ErrorCode, FieldError } from '../core/api/api-types';
import { genericFailureMessage } from '../core/api/failure-messages';
import { askSessionWhenStale, managerRightsMessage } from '../core/band/stale-rights';
import { SessionStore } from '../core/session/session-store';
import { Action } from '../core/state/action-state';

/** Why a suggestion or song action failed, as the screens show it. */
export interface RepertoireFailure {
  /** A sentence for the whole action, when the failure belongs to no single field. */
  readonly message: string | null;
  /** Field errors of a 400, by form control (`links.2` is the `links` field). */
  readonly fieldErrors: readonly FieldError[];
  readonly status: number;
}

/**
 * An action of the suggestions and repertoire screens: failures in the user's language, field by
 * field for a 400. A 403 or a 404 of the band says my role or my membership changed elsewhere: the
 * session asks again, so the screens show the right buttons.
 */
export function repertoireAction(session: SessionStore): Action<RepertoireFailure> {
  return new Action<RepertoireFailure>({
    describe: (failure) => {
      const fieldErrors = failure.status === 400 ? formFieldErrors(failure) : [];
      return {
        message: fieldErrors.length ? null : repertoireFailureMessage(failure),
        fieldErrors,
        status: failure.status,
      };
    },
    onFailure: askSessionWhenStale(session),
  });
}

export function repertoireFailureMessage(failure: ApiFailure): string {
  if (hasCode(failure, ErrorCode.suggestionNotFound)) {
    return $localize`:@@repertoire.error.suggestionGone:Cette suggestion n'existe plus : elle a été supprimée ou mise en répétition.`;
  }
  if (hasCode(failure, ErrorCode.songNotFound)) {
    return $localize`:@@repertoire.error.songGone:Ce morceau n'est plus au répertoire.`;
  }
  if (hasCode(failure, ErrorCode.notTheAuthor)) {
    return $localize`:@@repertoire.error.notTheAuthor:Seuls son auteur et les managers du groupe peuvent faire cela.`;
  }
  return managerRightsMessage(failure) ?? genericFailureMessage(failure);
}

/** The server names array items `links.2`: the form has one `links` field for all of them. */
function formFieldErrors(failure: ApiFailure): FieldError[] {
  return failure.fieldErrors.map((error) => ({ ...error, field: error.field.split('.')[0]! }));
}
