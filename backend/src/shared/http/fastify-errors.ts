import { type Server, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyHttpOptions, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { internalProblem, problem, PROBLEM_CONTENT_TYPE, type ProblemDetails } from './problem-details.js';

const FASTIFY_CODES: Record<string, { code: string; detail: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'UNSUPPORTED_MEDIA_TYPE', detail: 'Send the body as application/json.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', detail: 'The body is larger than 64 kB.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'MALFORMED_JSON', detail: 'The body is empty but claims to be JSON.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'MALFORMED_JSON', detail: 'The body is not valid JSON.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'BAD_CONTENT_LENGTH', detail: 'The body does not match its length.' },
  FST_ERR_BAD_URL: { code: 'BAD_URL', detail: 'The address is not valid: check its %-encoding.' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'URI_TOO_LONG', detail: 'A part of the address is too long.' },
  UNSUPPORTED_CONTENT_ENCODING: {
    code: 'UNSUPPORTED_CONTENT_ENCODING',
    detail: 'Send the body uncompressed: no Content-Encoding, or identity.',
  },
  BODY_TOO_DEEP: { code: 'BODY_TOO_DEEP', detail: 'The JSON body is nested more than 32 levels deep.' },
};

/** problem+json for a refusal raised by Fastify or our body parser (a 4xx), else undefined. */
export function fastifyProblem(error: unknown): ProblemDetails | undefined {
  const { code, statusCode } = (error ?? {}) as { code?: unknown; statusCode?: unknown };
  if (typeof code !== 'string' || typeof statusCode !== 'number' || statusCode < 400 || statusCode > 499) {
    return undefined;
  }
  const known = FASTIFY_CODES[code];
  if (known) return problem(statusCode, known.code, known.detail);
  return code.startsWith('FST_ERR_')
    ? problem(statusCode, `HTTP_${statusCode}`, 'The request was refused.')
    : undefined;
}

/** The router refuses a malformed URL (400) or an over-long route parameter (414) before any hook runs. */
function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const body = fastifyProblem(error) ?? internalProblem();
  void reply
    .status(body.status)
    .header('Content-Type', PROBLEM_CONTENT_TYPE)
    .header('X-Request-Id', request.id)
    .send(body);
}

const NOT_HTTP = { status: 400, code: 'BAD_REQUEST', detail: 'The request is not valid HTTP.' };
const CLIENT_ERRORS: Record<string, typeof NOT_HTTP> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: 'HEADERS_TOO_LARGE',
    detail: 'The address and headers of the request are larger than 16 kB.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: 'REQUEST_TIMEOUT', detail: 'The request took too long to arrive.' },
};

/**
 * Node's HTTP parser refuses what is not HTTP (a bad Content-Length, a broken chunk, oversized
 * headers...) before Fastify sees a request: answer on the socket, then close it, as Node does.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const { status, code, detail } = CLIENT_ERRORS[error.code ?? ''] ?? NOT_HTTP;
  const body = JSON.stringify(problem(status, code, detail));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/**
 * Fastify options that make every answer Fastify and Node give on their own problem+json:
 * - while the server closes, Fastify would answer requests still arriving on open connections with a
 *   bare JSON 503: they are served instead (the database pool closes only after the server);
 * - Node answers an HTTP/1.1 request without Host with an empty 400: installHostHeaderCheck does it.
 */
export const PROBLEM_ANSWERING_OPTIONS = {
  frameworkErrors: answerFrameworkError,
  clientErrorHandler: answerClientError,
  return503OnClosing: false,
  http: { requireHostHeader: false },
} satisfies FastifyHttpOptions<Server>;

/** HTTP/1.1 requests name their Host (RFC 9112, section 3.2). */
export function installHostHeaderCheck(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    if (request.headers.host !== undefined || request.raw.httpVersion !== '1.1') return done();
    void reply
      .status(400)
      .header('Content-Type', PROBLEM_CONTENT_TYPE)
      .send(problem(400, 'MISSING_HOST', 'An HTTP/1.1 request has a Host header.'));
  });
}
