/**
 * The API types the app uses, by their plain names. The shapes come from the OpenAPI document:
 * `api-types.generated.ts` is written by `npm run api:types` (scripts/generate-api-types.mjs) and a
 * test fails when it is stale. This file only gives the app stable names for them, so every
 * per-feature `*-api.ts` service imports from here.
 */
import type {
  FieldErrorResponse,
  LogInRequest,
  MyBandResponse,
  PreferencesResponse,
  ProblemDetailsResponse,
} from './api-types.generated';

export type {
  AuthResponse,
  ChangePasswordRequest,
  DeleteAccountRequest,
  MeResponse,
  RegisterRequest,
  UpdateMeRequest,
  UserResponse,
} from './api-types.generated';

export type LoginRequest = LogInRequest;
export type Preferences = PreferencesResponse;
export type Theme = PreferencesResponse['theme'];
export type Locale = PreferencesResponse['locale'];
export type MyBandSummary = MyBandResponse;
export type BandRole = MyBandResponse['role'];
export type FieldError = FieldErrorResponse;
/** RFC 9457 problem details (`application/problem+json`). */
export type ProblemDetails = ProblemDetailsResponse;

/** Stable error codes the app reacts to (domain errors carry their context prefix). */
export const ErrorCode = {
  validationFailed: 'VALIDATION_FAILED',
  usernameTaken: 'IDENTITY.USERNAME_TAKEN',
  invalidCredentials: 'IDENTITY.INVALID_CREDENTIALS',
  wrongPassword: 'IDENTITY.WRONG_PASSWORD',
  invalidUsername: 'IDENTITY.INVALID_USERNAME',
  invalidDisplayName: 'IDENTITY.INVALID_DISPLAY_NAME',
  invalidPassword: 'IDENTITY.INVALID_PASSWORD',
  rateLimited: 'RATE_LIMITED',
} as const;
