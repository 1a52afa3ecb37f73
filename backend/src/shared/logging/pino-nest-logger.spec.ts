import { describe, expect, it } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { pino } from 'pino';
import { PinoNestLogger } from './pino-nest-logger.js';

function logged(level: string, use: (logger: PinoNestLogger) => void): Record<string, unknown>[] {
  const lines: string[] = [];
  use(new PinoNestLogger(pino({ level }, { write: (line: string) => lines.push(line) })));
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('PinoNestLogger', () => {
  it('writes Nest’s lines as JSON with their context, at the matching level', () => {
    const lines = logged('info', (logger) => {
      logger.log('Nest application successfully started', 'NestApplication');
      logger.warn('careful');
      logger.debug('not at info', 'Somewhere');
    });
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, context: 'NestApplication', msg: 'Nest application successfully started' }),
      expect.objectContaining({ level: 40, msg: 'careful' }),
    ]);
    expect(lines[1]).not.toHaveProperty('context');
  });

  it('keeps the stack Nest passes beside an error message, and merges an object message into the line', () => {
    const lines = logged('info', (logger) => {
      logger.error('boom', 'Error: boom\n    at somewhere', 'ExceptionsHandler');
      logger.error({ reqId: 'r-1', err: new Error('broken') }, 'unexpected error', 'ProblemDetailsFilter');
    });
    expect(lines[0]).toMatchObject({
      level: 50,
      context: 'ExceptionsHandler',
      msg: 'boom\nError: boom\n    at somewhere',
    });
    expect(lines[1]).toMatchObject({
      level: 50,
      context: 'ProblemDetailsFilter',
      reqId: 'r-1',
      err: { type: 'Error', message: 'broken', stack: expect.stringContaining('Error: broken') },
      msg: 'unexpected error',
    });
  });

  it('serves `new Logger(context)` once Nest uses it', () => {
    const lines = logged('info', (logger) => {
      Logger.overrideLogger(logger);
      new Logger('Somewhere').log('hello');
      Logger.overrideLogger(false);
    });
    expect(lines).toEqual([expect.objectContaining({ context: 'Somewhere', msg: 'hello' })]);
  });
});
