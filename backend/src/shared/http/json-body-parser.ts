import type { FastifyInstance } from 'fastify';

export const MAX_BODY_BYTES = 64 * 1024;
export const MAX_JSON_DEPTH = 32;

class BodyTooDeepError extends Error {
  readonly code = 'BODY_TOO_DEEP';
  readonly statusCode = 400;
}

class UnsupportedContentEncodingError extends Error {
  readonly code = 'UNSUPPORTED_CONTENT_ENCODING';
  readonly statusCode = 415;
}

/**
 * JSON only: drops Fastify's text/plain parser (so such bodies get 415) and wraps its safe JSON
 * parser with a depth limit, because deeply nested input overflows the stack in class-transformer.
 * Bodies go uncompressed (ADR 0033): a `Content-Encoding` other than identity is 415, never inflated.
 */
export function installJsonBodyParser(fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: MAX_BODY_BYTES },
    (request, body, done) => {
      const encoding = request.headers['content-encoding'];
      if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') {
        return done(new UnsupportedContentEncodingError('The body is compressed.'), undefined);
      }
      parseJson(request, body as string, (error, value) => {
        if (error) return done(error, undefined);
        if (depthOf(value) > MAX_JSON_DEPTH) return done(new BodyTooDeepError('The JSON body is too deep.'), undefined);
        done(null, value);
      });
    },
  );
}

/** Nesting depth of parsed JSON, walked without recursion so any input is safe to measure. */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > MAX_JSON_DEPTH) return deepest;
    for (const child of Object.values(node)) stack.push({ node: child, depth: level });
  }
  return deepest;
}
