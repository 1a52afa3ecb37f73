import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';

/** What Fastify sets on every answer by itself, not helmet's. */
const FASTIFY_OWN = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive']);

/**
 * Helmet's headers, computed once at boot and set as they are on every answer. @fastify/helmet builds
 * its middleware again for each request, re-parsing the CSP directives each time; our headers depend on
 * the configuration only (no nonces), so one probe request to a throwaway instance gives them all.
 */
export async function installSecurityHeaders(fastify: FastifyInstance, options: FastifyHelmetOptions): Promise<void> {
  const probe = Fastify();
  await probe.register(fastifyHelmet, options);
  probe.get('/', () => '');
  const answer = await probe.inject('/');
  await probe.close();
  const headers = Object.fromEntries(
    Object.entries(answer.headers).filter(([name, value]) => !FASTIFY_OWN.has(name) && typeof value === 'string'),
  ) as Record<string, string>;
  fastify.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}
