import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, once the session guard has resolved them: written on the request's log line. */
    loggedUserId?: string;
  }
}

/** Polled by container health checks: a line for each would bury the others. */
const UNLOGGED_PATHS = new Set(['/api/health']);
/** The calendar feed's secret is its path (GET /api/calendar/{token}.ics): it is logged masked. */
const SECRET_IN_PATH = /^\/api\/calendar\/[^?]*/;

/**
 * One line per answered request, with what an operator reads: time, request id (also the answer's
 * X-Request-Id), method, URL, status, duration in ms and the signed-in user. No header and no body is
 * ever logged, and a secret in the path is masked, so no cookie, credential or token can reach the log.
 */
export function installRequestLog(fastify: FastifyInstance, logger: Logger): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    if (!UNLOGGED_PATHS.has(request.url)) {
      const failed = reply.statusCode >= 500;
      logger[failed ? 'error' : 'info'](
        {
          reqId: request.id,
          userId: request.loggedUserId,
          req: { id: request.id, method: request.method, url: request.url.replace(SECRET_IN_PATH, '/api/calendar/…') },
          res: { statusCode: reply.statusCode },
          responseTime: Math.round(reply.elapsedTime * 10) / 10,
        },
        failed ? 'request errored' : 'request completed',
      );
    }
    done();
  });
}
