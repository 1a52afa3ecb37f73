import { describe, expect, it } from '@jest/globals';
import { isDatabaseUnavailable } from './database-unavailable.js';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', withCode('ECONNREFUSED')],
    ['an unknown host', withCode('ENOTFOUND')],
    ['a connection exception (08006)', withCode('08006')],
    ['too many connections', withCode('53300')],
    ['a server starting up', withCode('57P03')],
    ['a connect timeout', new Error('Connection terminated due to connection timeout')],
    ['a full pool that did not free up in time', new Error('timeout exceeded when trying to connect')],
  ])('is true for %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('23505')],
    ['a syntax error', withCode('42601')],
    ['a serialization failure', withCode('40001')],
    ['a plain bug', new TypeError('undefined is not a function')],
    ['something thrown that is not an Error', { code: 'ECONNREFUSED' }],
  ])('is false for %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
