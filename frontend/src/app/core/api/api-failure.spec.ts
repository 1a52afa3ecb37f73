import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';

import { hasCode, parseRetryAfter, retryAfterMinutes, toApiFailure } from './api-failure';

describe('toApiFailure', () => {
  it('reads problem+json, its field errors and Retry-After', () => {
    const failure = toApiFailure(
      new HttpErrorResponse({
        status: 400,
        headers: new HttpHeaders({ 'Retry-After': '90' }),
        error: {
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          code: 'VALIDATION_FAILED',
          errors: [{ field: 'username', message: 'too short' }, { nonsense: true }],
        },
      }),
    );
    expect(failure).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      fieldErrors: [{ field: 'username', message: 'too short' }],
      retryAfterSeconds: 90,
    });
    expect(retryAfterMinutes(failure)).toBe(2);
  });

  it('copes with a non-JSON body and a network error', () => {
    expect(toApiFailure(new HttpErrorResponse({ status: 502, error: '<html>' }))).toMatchObject({
      status: 502,
      problem: null,
    });
    expect(toApiFailure(new Error('boom'))).toMatchObject({ status: 0 });
  });

  it('matches codes with or without their context prefix', () => {
    const failure = toApiFailure(
      new HttpErrorResponse({ status: 422, error: { status: 422, code: 'IDENTITY.WRONG_PASSWORD' } }),
    );
    expect(hasCode(failure, 'IDENTITY.WRONG_PASSWORD')).toBe(true);
    expect(hasCode(failure, 'WRONG_PASSWORD')).toBe(true);
    expect(hasCode(failure, 'USERNAME_TAKEN')).toBe(false);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T12:00:00Z');
  it.each([
    ['120', 120],
    [' 5 ', 5],
    ['Thu, 01 Jan 2026 12:10:00 GMT', 600],
    ['Thu, 01 Jan 2026 11:00:00 GMT', 0],
    ['soon', null],
    [null, null],
  ])('%p → %p seconds', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });

  it('rounds up to whole minutes, at least one', () => {
    const at = (seconds: number) =>
      retryAfterMinutes({ status: 429, code: null, problem: null, fieldErrors: [], retryAfterSeconds: seconds });
    expect(at(1)).toBe(1);
    expect(at(60)).toBe(1);
    expect(at(61)).toBe(2);
    expect(at(900)).toBe(15);
  });
});
