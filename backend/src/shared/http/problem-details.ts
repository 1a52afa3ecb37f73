import type { DomainErrorKind } from '../domain/domain-error.js';

export interface FieldError {
  field: string;
  message: string;
}

/** RFC 9457 body, with the stable `code` and, for bad input, the fields at fault. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: FieldError[];
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  426: 'Upgrade Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const STATUS_OF_KIND: Record<DomainErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  refused: 422,
  'rate-limited': 429,
};

export function problem(status: number, code: string, detail: string, errors?: FieldError[]): ProblemDetails {
  return {
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...(errors ? { errors } : {}),
  };
}

/** The answer to a bug: it says nothing of the cause, which goes to the log. */
export const internalProblem = (): ProblemDetails =>
  problem(500, 'INTERNAL_ERROR', 'Something went wrong on our side. Try again later.');

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';
