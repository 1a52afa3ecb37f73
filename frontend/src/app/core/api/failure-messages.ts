import { ApiFailure } from './api-failure';
import { ErrorCode, FieldError } from './api-types';

/** A sentence for failures a screen has no specific message for. */
export function genericFailureMessage(failure: ApiFailure): string {
  if (failure.status === 0) {
    return $localize`:@@error.network:Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.`;
  }
  if (failure.status === 429) {
    return $localize`:@@error.rateLimitedShort:Trop de tentatives. Réessayez plus tard.`;
  }
  if (failure.status >= 500) {
    return $localize`:@@error.server:Le serveur a rencontré un problème. Réessayez dans un instant.`;
  }
  return failure.problem?.detail ?? $localize`:@@error.unexpected:Une erreur inattendue est survenue.`;
}

/**
 * The server's field messages are English; for the rules the app knows (domain error codes), show
 * the app's own sentence in the user's language. Class-validator messages (VALIDATION_FAILED) pass
 * through as they are.
 */
export function localizedFieldErrors(failure: ApiFailure): FieldError[] {
  const sentence = (code: string | null): string | null => {
    switch (code) {
      case ErrorCode.invalidUsername:
        return $localize`:@@error.usernameRule:3 à 32 caractères : lettres minuscules, chiffres, . _ -`;
      case ErrorCode.invalidDisplayName:
        return $localize`:@@error.displayNameRule:Le nom affiché a de 1 à 64 caractères.`;
      case ErrorCode.invalidPassword:
        return $localize`:@@error.passwordRule:Le mot de passe a de 8 à 128 caractères.`;
      default:
        return null;
    }
  };
  const own = sentence(failure.code);
  return failure.fieldErrors.map((error) => (own ? { ...error, message: own } : { ...error }));
}
