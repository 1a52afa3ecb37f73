import { AuthFailure } from './auth-store';

/** The sentence shown above the form for a failure, or null when it belongs under a field. */
export function authFailureMessage(failure: AuthFailure | null): string | null {
  switch (failure?.kind) {
    case 'invalid-credentials':
      return $localize`:@@auth.invalidCredentials:Nom d'utilisateur ou mot de passe incorrect.`;
    case 'rate-limited':
      return rateLimitedMessage(failure.minutes);
    case 'other':
      return failure.message;
    default:
      return null;
  }
}

export function rateLimitedMessage(minutes: number | null): string {
  if (minutes === null) {
    return $localize`:@@error.rateLimitedShort:Trop de tentatives. Réessayez plus tard.`;
  }
  if (minutes === 1) {
    return $localize`:@@auth.rateLimitedOneMinute:Trop de tentatives. Réessayez dans 1 minute.`;
  }
  return $localize`:@@auth.rateLimited:Trop de tentatives. Réessayez dans ${minutes}:minutes: minutes.`;
}
