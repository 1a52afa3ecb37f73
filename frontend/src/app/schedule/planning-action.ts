import { ApiFailure, hasCode } from '../core/api/api-failure';
import { genericFailureMessage } from '../core/api/failure-messages';
import { askSessionWhenStale, managerRightsMessage } from '../core/band/stale-rights';
import { SessionStore } from '../core/session/session-store';
import { Action } from '../core/state/action-state';

/** Why a setlist or a rehearsal plan was not saved, as the screens show it. */
export interface PlanningFailure {
  readonly message: string;
  /** The list shown is no longer the server's: reading it again is the way out. */
  readonly reload: boolean;
  /** The lines whose field breaks a rule (`items[3].label`, `items.3.label`: line 3). */
  readonly badLines: ReadonlySet<number>;
}

/**
 * A save of the setlist editor or of the rehearsal planner, its failure in words. A 403 says my role
 * changed elsewhere: the session asks again, and the screen turns to « Réservé aux managers ».
 */
export function planningAction(session: SessionStore): Action<PlanningFailure> {
  return new Action<PlanningFailure>({
    describe: (failure) => ({
      message: planningFailureMessage(failure),
      reload: failure.status === 409 || failure.status === 422 || failure.status === 404,
      badLines: badLines(failure),
    }),
    onFailure: askSessionWhenStale(session),
  });
}

export function planningFailureMessage(failure: ApiFailure): string {
  if (failure.status === 409) {
    return $localize`:@@planning.error.conflict:Un autre manager a enregistré une autre version entre-temps. Rechargez pour partir de la sienne, puis refaites vos changements.`;
  }
  if (hasCode(failure, 'SCHEDULE.SONG_NOT_IN_REPERTOIRE')) {
    return $localize`:@@planning.error.songGone:Un des morceaux n'est plus au répertoire du groupe (retiré entre-temps). Rechargez la liste, puis enregistrez-la de nouveau.`;
  }
  if (failure.status === 422) {
    return $localize`:@@planning.error.refused:Le serveur a refusé cette liste : rechargez-la, puis refaites vos changements.`;
  }
  if (hasCode(failure, 'SCHEDULE.GIG_NOT_FOUND') || hasCode(failure, 'SCHEDULE.REHEARSAL_NOT_FOUND')) {
    return $localize`:@@planning.error.gone:Cette date n'existe plus : elle a été supprimée, ou vous n'êtes plus dans ce groupe.`;
  }
  if (failure.status === 400 && failure.fieldErrors.length) {
    return $localize`:@@planning.error.fields:Certaines lignes ne sont pas valables : corrigez-les, puis enregistrez.`;
  }
  return managerRightsMessage(failure) ?? genericFailureMessage(failure);
}

function badLines(failure: ApiFailure): Set<number> {
  const lines = new Set<number>();
  for (const error of failure.fieldErrors) {
    const index = /^items(?:\[(\d+)\]|\.(\d+))/.exec(error.field);
    if (index) lines.add(Number(index[1] ?? index[2]));
  }
  return lines;
}
