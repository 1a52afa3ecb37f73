import { HttpErrorResponse } from '@angular/common/http';

import { FieldError, ProblemDetails } from './api-types';

/** A failed API call, reduced to what the screens need. `status` 0 means the network failed. */
export interface ApiFailure {
  readonly status: number;
  readonly code: string | null;
  readonly problem: ProblemDetails | null;
  readonly fieldErrors: readonly FieldError[];
  /** Seconds from a `Retry-After` header (429), when the server sent one. */
  readonly retryAfterSeconds: number | null;
}

export function toApiFailure(error: unknown, now: () => number = Date.now): ApiFailure {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: 0, code: null, problem: null, fieldErrors: [], retryAfterSeconds: null };
  }
  const problem = asProblem(error.error);
  return {
    status: error.status,
    code: problem?.code ?? null,
    problem,
    fieldErrors: problem?.errors?.filter(isFieldError) ?? [],
    retryAfterSeconds: parseRetryAfter(error.headers?.get('Retry-After') ?? null, now()),
  };
}

/** True when the failure carries `code`, with or without its context prefix (`IDENTITY.`). */
export function hasCode(failure: ApiFailure, code: string): boolean {
  return codeMatches(failure.code, code);
}

/** The same comparison for a code kept on its own (a store's action state). */
export function codeMatches(actual: string | null, code: string): boolean {
  if (!actual) return false;
  const bare = (value: string) => value.slice(value.lastIndexOf('.') + 1);
  return actual === code || bare(actual) === bare(code);
}

/** Whole minutes to wait before retrying (at least 1), or null when unknown. */
export function retryAfterMinutes(failure: ApiFailure): number | null {
  if (failure.retryAfterSeconds === null) return null;
  return Math.max(1, Math.ceil(failure.retryAfterSeconds / 60));
}

/** `Retry-After` is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null || value.trim() === '') return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.round((date - now) / 1000));
}

function asProblem(body: unknown): ProblemDetails | null {
  if (typeof body === 'string') {
    try {
      return asProblem(JSON.parse(body));
    } catch {
      return null;
    }
  }
  if (body === null || typeof body !== 'object') return null;
  const candidate = body as Partial<ProblemDetails>;
  if (typeof candidate.status !== 'number' && typeof candidate.code !== 'string') return null;
  return candidate as ProblemDetails;
}

function isFieldError(value: unknown): value is FieldError {
  const candidate = value as Partial<FieldError> | null;
  return typeof candidate?.field === 'string' && typeof candidate.message === 'string';
}
