import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { problem, PROBLEM_CONTENT_TYPE } from './problem-details.js';

const HASHED_ASSET = /-[A-Za-z0-9_-]{8}\.(js|css)$/; // what Angular fingerprints
const ALWAYS_REVALIDATE =
  /(^|\/)(index\.html|ngsw\.json|ngsw-worker\.js|safety-worker\.js|worker-basic\.min\.js|manifest\.webmanifest)$/;
/** The copies scripts/precompress.mjs writes beside each file: sent in its place, never addressed. */
const PRECOMPRESSED_COPY = /\.(br|gz)$/;

/**
 * Serves the built PWA: hashed assets cached for a year, the entry points always revalidated,
 * and any other non-API GET answered with index.html so deep links work. A client that accepts
 * brotli or gzip gets the copy made at build time (`preCompressed`), with `Vary: Accept-Encoding`.
 */
export async function installStaticPwa(fastify: FastifyInstance, staticDir: string): Promise<void> {
  const indexFile = join(staticDir, 'index.html');
  const hasPwa = existsSync(indexFile);
  if (hasPwa) {
    await fastify.register(fastifyStatic, {
      root: staticDir,
      wildcard: false,
      index: false,
      preCompressed: true,
      globIgnore: ['**/*.br', '**/*.gz'],
      setHeaders: (response, servedPath) => {
        const path = servedPath.replace(PRECOMPRESSED_COPY, '');
        if (ALWAYS_REVALIDATE.test(path)) response.header('Cache-Control', 'no-cache');
        else if (HASHED_ASSET.test(path)) response.header('Cache-Control', 'public, max-age=31536000, immutable');
        else response.header('Cache-Control', 'public, max-age=3600');
      },
    });
  }

  fastify.get('/*', (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (!hasPwa || path === '/api' || path.startsWith('/api/') || /\.[a-z0-9]+$/i.test(path)) {
      return reply
        .status(404)
        .header('Content-Type', PROBLEM_CONTENT_TYPE)
        .send(problem(404, 'NOT_FOUND', 'There is nothing at this address.'));
    }
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  });
}
