import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../adapters/database-unavailable.js';
import { DomainError, RateLimitedError } from '../domain/domain-error.js';
import { fastifyProblem } from './fastify-errors.js';
import {
  internalProblem,
  problem,
  PROBLEM_CONTENT_TYPE,
  type ProblemDetails,
  STATUS_OF_KIND,
} from './problem-details.js';
import { RequestValidationError } from './validation-error.js';

/** How long a client should wait before retrying a request the database could not take. */
const DATABASE_RETRY_AFTER_SECONDS = 5;
const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';

/** The one place errors become HTTP: RFC 9457 problem+json for domain, HTTP, Fastify and unknown errors. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetailsFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const body = this.toProblem(exception, http.getRequest<FastifyRequest>());
    if (exception instanceof RateLimitedError) reply.header('Retry-After', String(exception.retryAfterSeconds));
    if (body.code === DATABASE_UNAVAILABLE) reply.header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    reply.status(body.status).header('Content-Type', PROBLEM_CONTENT_TYPE).send(body);
  }

  private toProblem(exception: unknown, request: FastifyRequest): ProblemDetails {
    if (exception instanceof DomainError) {
      const errors = exception.field ? [{ field: exception.field, message: exception.message }] : undefined;
      return problem(STATUS_OF_KIND[exception.kind], exception.code, exception.message, errors);
    }
    if (exception instanceof RequestValidationError) {
      return problem(400, 'VALIDATION_FAILED', exception.message, exception.errors);
    }
    // Fastify's own errors (bad JSON, 413, 415) reach here wrapped in an HttpException by Nest.
    const fastify = fastifyProblem((exception instanceof HttpException && exception.cause) || exception);
    if (fastify) return fastify;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === 404) return problem(404, 'NOT_FOUND', 'There is nothing at this address.');
      if (status < 500) return problem(status, `HTTP_${status}`, exception.message);
    }
    // With the request's id and user, like its request line, so the two are found together.
    const context = {
      reqId: request.id,
      userId: request.loggedUserId,
      err: exception instanceof Error ? exception : new Error(String(exception)),
    };
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn(context, 'database unavailable');
      return problem(503, DATABASE_UNAVAILABLE, 'The database is not answering. Try again in a moment.');
    }
    this.logger.error(context, 'unexpected error');
    return internalProblem();
  }
}
