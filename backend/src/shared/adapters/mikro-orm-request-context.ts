import { AsyncLocalStorage } from 'node:async_hooks';
import { type EntityManager, RequestContext } from '@mikro-orm/core';
import type { FastifyInstance } from 'fastify';

interface RequestScope {
  readonly root: EntityManager;
  fork?: EntityManager;
}

const scopes = new AsyncLocalStorage<RequestScope>();

/**
 * MikroORM's `context` option: the EntityManager of the running request, forked from the root on
 * first use. A request that reads through prepared statements only (most GETs) never pays for a fork
 * (an identity map, a unit of work, configuration writes). Outside a request, MikroORM's own
 * RequestContext (scripts, tests) still applies.
 */
export function requestEntityManager(name: string): EntityManager | undefined {
  const scope = scopes.getStore();
  if (!scope) return RequestContext.getEntityManager(name);
  // Forked outside the scope, as MikroORM's RequestContext does, or the fork would ask for itself.
  scope.fork ??= scopes.exit(() => scope.root.fork({ useContext: true }));
  return scope.fork;
}

/**
 * Opens a request scope for each request, from its first hook on, in place of @mikro-orm/nestjs's
 * middleware (`registerRequestContext: false`), which forks at once and needs @fastify/middie.
 */
export function installRequestContext(fastify: FastifyInstance, root: EntityManager): void {
  fastify.addHook('onRequest', (_request, _reply, done) => scopes.run({ root }, done));
}
