import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { problem, PROBLEM_CONTENT_TYPE } from './problem-details.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence beside SameSite=Lax: an unsafe request whose Origin names another site, or that
 * the browser labels cross-site, is refused before its body is read. Scripts that send neither pass.
 */
export function installCrossSiteRequestCheck(fastify: FastifyInstance, publicOrigin: string): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    if (SAFE_METHODS.has(request.method) || isSameSite(request, publicOrigin)) return done();
    refuseCrossSite(reply);
  });
}

export function refuseCrossSite(reply: FastifyReply): void {
  void reply
    .status(403)
    .header('Content-Type', PROBLEM_CONTENT_TYPE)
    .send(problem(403, 'CROSS_SITE_REQUEST', 'Requests from another site are refused.'));
}

/**
 * The one origin rule of the app: the unsafe requests above and the live socket's upgrade (a WebSocket
 * is not bound by CORS, so a foreign page could open one with the member's cookie).
 */
export function isSameSite(request: FastifyRequest, publicOrigin: string): boolean {
  const origin = request.headers.origin;
  if (origin !== undefined) {
    return origin === publicOrigin || origin === `${request.protocol}://${request.host}`;
  }
  return request.headers['sec-fetch-site'] !== 'cross-site';
}
