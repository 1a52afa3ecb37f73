import { FormGroup, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';

import { applyServerFieldErrors, setServerError } from '../core/api/form-errors';
import { AuthFailure } from './auth-store';
import {
  DISPLAY_NAME_MAX,
  PASSWORD_MAX,
  PASSWORD_MIN,
  USERNAME_MAX,
  USERNAME_MIN,
  USERNAME_PATTERN,
} from './identity-rules';

/**
 * The fields of the account forms (sign-up on /register and on an invitation; sign-in on /login and
 * on an invitation): their validators and their messages, in one place.
 */
export type SignUpField = 'username' | 'displayName' | 'password';
export type SignInField = 'username' | 'password';

export const SIGN_UP_VALIDATORS: Record<SignUpField, ValidatorFn[]> = {
  username: [
    Validators.required,
    Validators.minLength(USERNAME_MIN),
    Validators.maxLength(USERNAME_MAX),
    Validators.pattern(USERNAME_PATTERN),
  ],
  displayName: [Validators.maxLength(DISPLAY_NAME_MAX)],
  password: [Validators.required, Validators.minLength(PASSWORD_MIN), Validators.maxLength(PASSWORD_MAX)],
};

export const SIGN_IN_VALIDATORS: Record<SignInField, ValidatorFn[]> = {
  username: [Validators.required],
  password: [Validators.required],
};

/** The sentence for a sign-up field's errors; the server's own (`server`) first. */
export function signUpFieldMessage(field: SignUpField, errors: ValidationErrors): string {
  if (typeof errors['server'] === 'string') return errors['server'];
  switch (field) {
    case 'username':
      if (errors['required']) return $localize`:@@register.usernameRequired:Choisissez un nom d'utilisateur.`;
      if (errors['minlength'] || errors['maxlength']) {
        return $localize`:@@register.usernameLength:Entre 3 et 32 caractères.`;
      }
      return $localize`:@@register.usernamePattern:Uniquement des lettres minuscules (sans accent), des chiffres et . _ -`;
    case 'displayName':
      return $localize`:@@register.displayNameTooLong:${DISPLAY_NAME_MAX}:max: caractères au maximum.`;
    case 'password':
      if (errors['required']) return $localize`:@@register.passwordRequired:Choisissez un mot de passe.`;
      if (errors['minlength']) return $localize`:@@register.passwordTooShort:8 caractères minimum.`;
      return $localize`:@@register.passwordTooLong:128 caractères au maximum.`;
  }
}

/** The sentence for a sign-in field's errors; the server's own (`server`) first. */
export function signInFieldMessage(field: SignInField, errors: ValidationErrors): string | null {
  if (typeof errors['server'] === 'string') return errors['server'];
  if (!errors['required']) return null;
  return field === 'username'
    ? $localize`:@@login.usernameRequired:Saisissez votre nom d'utilisateur.`
    : $localize`:@@login.passwordRequired:Saisissez votre mot de passe.`;
}

/**
 * Puts a refused sign-up or sign-in on its form's fields (a taken username, the server's field
 * errors); returns the field messages that match no control, for the form's own notice.
 */
export function showAuthFailureOnFields(form: FormGroup, failure: AuthFailure | null): string[] {
  if (failure?.kind === 'username-taken') {
    const username = form.get('username');
    if (username) {
      setServerError(
        username,
        $localize`:@@register.usernameTaken:Ce nom d'utilisateur est déjà pris. Choisissez-en un autre.`,
      );
    }
    return [];
  }
  if (failure?.kind === 'invalid-fields') {
    return applyServerFieldErrors(form, failure.fieldErrors).map((error) => error.message);
  }
  return [];
}
