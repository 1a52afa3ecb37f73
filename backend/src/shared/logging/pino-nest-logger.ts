import type { LoggerService } from '@nestjs/common';
import type { Level, Logger } from 'pino';

/**
 * Nest's logger (bootstrap lines, `new Logger(context)` in the code) writing JSON lines through the
 * app's one pino logger. Nest passes the context last: `log(message, context)`,
 * `error(message, stack, context)`. An object message is merged into the line (`{ reqId, err }`).
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }

  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }

  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }

  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }

  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(level: Level, message: unknown, rest: unknown[]): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const context = rest.length > 0 ? rest[rest.length - 1] : undefined;
    const extra: unknown[] = rest.slice(0, -1).filter((part) => part !== undefined);
    const fields: Record<string, unknown> = context === undefined ? {} : { context };
    if (message instanceof Error) fields.err = message;
    else if (typeof message === 'object' && message !== null) Object.assign(fields, message);
    else extra.unshift(message);
    this.pino[level](fields, extra.map(String).join('\n') || undefined);
  }
}
