import { ApiFailure, hasCode } from '../core/api/api-failure';
import { BandTemplate, ErrorCode, FieldError } from '../core/api/api-types';
import { genericFailureMessage } from '../core/api/failure-messages';
import { InviteCodeProblem } from './invite-code';

export function templateLabel(template: BandTemplate): string {
  switch (template) {
    case 'groove':
      return $localize`:@@bands.template.groove:Groove`;
    case 'violet':
      return $localize`:@@bands.template.violet:Violet`;
    case 'image':
      return $localize`:@@bands.template.image:Scène`;
    default:
      return $localize`:@@bands.template.classic:Classique`;
  }
}

/** What is wrong with a typed code or a link's: nothing typed, a character no code uses, or the length. */
export function inviteCodeProblemMessage(problem: InviteCodeProblem): string {
  switch (problem.kind) {
    case 'empty':
      return $localize`:@@bands.inviteCode.empty:Saisissez le code d'invitation : 10 caractères, par exemple K7RD9-PXM4H.`;
    case 'character':
      return $localize`:@@bands.inviteCode.character:Un code d'invitation ne contient pas « ${problem.character}:character: » (caractère ${problem.position}:position:) : seulement les chiffres 2 à 9 et les lettres A à Z, sauf I, L, O et U.`;
    case 'length':
      return $localize`:@@bands.inviteCode.length:Un code d'invitation a 10 caractères (tirets et espaces à part) ; celui-ci en a ${problem.length}:length:.`;
  }
}

/** An invitation link whose code no band has (any more): renewed by an admin, or the band deleted. */
export const invitationGoneMessage = (): string =>
  $localize`:@@bands.invitation.gone:Cette invitation n'est plus valable. Demandez un nouveau lien à un membre du groupe.`;

export const inviteCodeNotFoundMessage = (): string =>
  $localize`:@@bands.inviteCode.notFound:Aucun groupe n'a ce code. Vérifiez-le, ou demandez un nouveau lien à un administrateur du groupe.`;

export const leaveLastAdminMessage = (): string =>
  $localize`:@@bands.leave.lastAdmin:Vous êtes le dernier administrateur : nommez un autre administrateur avant de partir.`;

/** A sentence for a failed band action; `leaving` words the last-admin refusal for the one leaving. */
export function bandFailureMessage(failure: ApiFailure, options: { leaving?: boolean } = {}): string {
  if (hasCode(failure, ErrorCode.lastAdmin)) {
    return options.leaving
      ? leaveLastAdminMessage()
      : $localize`:@@bands.error.lastAdmin:Le groupe doit garder au moins un administrateur : nommez-en un autre d'abord.`;
  }
  if (hasCode(failure, ErrorCode.ownRole)) {
    return $localize`:@@bands.error.ownRole:Personne ne change son propre rôle : demandez à un autre administrateur.`;
  }
  if (hasCode(failure, ErrorCode.insufficientRole) || failure.status === 403) {
    return $localize`:@@bands.error.insufficientRole:Seuls les administrateurs du groupe peuvent faire cela.`;
  }
  if (hasCode(failure, ErrorCode.inviteCodeNotFound)) return inviteCodeNotFoundMessage();
  // The app checks a code's shape first, so this is the server's rule only when the two differ.
  if (hasCode(failure, ErrorCode.invalidInviteCode)) {
    return $localize`:@@bands.inviteCode.invalid:Ce code d'invitation n'est pas valable : 10 caractères, les chiffres 2 à 9 et les lettres A à Z, sauf I, L, O et U.`;
  }
  if (hasCode(failure, ErrorCode.memberNotFound)) {
    return $localize`:@@bands.error.memberNotFound:Cette personne ne fait plus partie du groupe.`;
  }
  if (hasCode(failure, ErrorCode.bandNotFound) || failure.status === 404) {
    return $localize`:@@bands.error.bandNotFound:Ce groupe n'existe plus, ou vous n'en faites plus partie.`;
  }
  return genericFailureMessage(failure);
}

/**
 * The server's field messages are English: for the band's fields the app shows its own sentence
 * (both class-validator's VALIDATION_FAILED and the domain's BANDS.INVALID_SETTING).
 */
export function bandFieldErrors(failure: ApiFailure): FieldError[] {
  return failure.fieldErrors.map((error) => ({ ...error, message: bandFieldRule(error.field) ?? error.message }));
}

function bandFieldRule(field: string): string | null {
  switch (field) {
    case 'name':
      return $localize`:@@bands.field.nameRule:Le nom a de 1 à 80 caractères.`;
    case 'description':
      return $localize`:@@bands.field.descriptionRule:La description a 2000 caractères au maximum.`;
    case 'logoUrl':
      return $localize`:@@bands.field.logoUrlRule:Une adresse qui commence par https:// (ou http://), de 2048 caractères au maximum.`;
    case 'timezone':
      return $localize`:@@bands.field.timezoneRule:Choisissez un fuseau horaire de la liste.`;
    case 'language':
      return $localize`:@@bands.field.languageRule:Choisissez le français ou l'anglais.`;
    case 'template':
      return $localize`:@@bands.field.templateRule:Choisissez un des modèles proposés.`;
    default:
      return null;
  }
}

export function templateDescription(template: BandTemplate): string {
  switch (template) {
    case 'groove':
      return $localize`:@@bands.template.grooveHint:Orange chaleureux`;
    case 'violet':
      return $localize`:@@bands.template.violetHint:Violet profond`;
    case 'image':
      return $localize`:@@bands.template.imageHint:Fond dégradé, comme sous les projecteurs`;
    default:
      return $localize`:@@bands.template.classicHint:Indigo sobre`;
  }
}
