import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { problem, PROBLEM_CONTENT_TYPE } from './problem-details.js';

const HASHED_ASSET = /-[A-Za-z0-9_-]{8}\.(js|css)$/; // what Angular fingerprints
const ALWAYS_REVALIDATE =
  /(\.html|(^|\/)(ngsw\.json|ngsw-worker\.js|safety-worker\.js|worker-basic\.min\.js|manifest\.webmanifest))$/;
/** The copies scripts/precompress.mjs writes beside each file: sent in its place, never addressed. */
const PRECOMPRESSED_COPY = /\.(br|gz)$/;
/** The app itself, rendered in the browser (Angular names it so once some pages are prerendered). */
const APP_PAGE = 'index.csr.html';
/** A page prerendered at build time (ADR 0026): `<route>/index.html` in French, `index.en.html` beside it. */
const PRERENDERED_PAGE = /^(.+)\/index\.html$/;

type Locale = 'fr' | 'en';
type PrerenderedPage = Partial<Record<Locale, string>>;

/** URL path → its prerendered files, e.g. `/login` → `login/index.html`, `login/index.en.html`. */
function prerenderedPages(staticDir: string): Map<string, PrerenderedPage> {
  const pages = new Map<string, PrerenderedPage>();
  for (const file of readdirSync(staticDir, { recursive: true, encoding: 'utf8' })) {
    const route = PRERENDERED_PAGE.exec(file.split('\\').join('/'))?.[1];
    if (!route) continue;
    const english = `${route}/index.en.html`;
    pages.set(`/${route}`, { fr: file, ...(existsSync(join(staticDir, english)) ? { en: english } : {}) });
  }
  return pages;
}

/**
 * The language the PWA will run in (its main.ts decides the same way): the choice it mirrors into
 * the `bt_locale` cookie, else English for a browser whose first language is English, else French.
 */
function requestLocale(request: FastifyRequest): Locale {
  const chosen = request.cookies?.['bt_locale'];
  if (chosen === 'fr' || chosen === 'en') return chosen;
  const first = request.headers['accept-language']?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'fr';
}

/**
 * The prerendered pages are guest pages: someone signed in (identity's readable `bt_signed_in` hint
 * cookie) is sent on by the PWA at once, so they get the app itself rather than a login form for a
 * moment.
 */
function pageFor(request: FastifyRequest, path: string, pages: Map<string, PrerenderedPage>): string {
  const page = pages.get(path);
  if (!page || request.cookies?.['bt_signed_in'] !== undefined) return APP_PAGE;
  return page[requestLocale(request)] ?? APP_PAGE;
}

/**
 * Serves the built PWA: hashed assets cached for a year, the entry points always revalidated,
 * and any other non-API GET answered with the app page (index.csr.html) so deep links work — or,
 * for a guest page prerendered at build time, its HTML in the visitor's language. A client that
 * accepts brotli or gzip gets the copy made at build time (`preCompressed`), with
 * `Vary: Accept-Encoding`.
 */
export async function installStaticPwa(fastify: FastifyInstance, staticDir: string): Promise<void> {
  const hasPwa = existsSync(join(staticDir, APP_PAGE));
  const pages = hasPwa ? prerenderedPages(staticDir) : new Map<string, PrerenderedPage>();
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
    if (pages.has(path)) reply.header('Vary', 'Cookie, Accept-Language');
    return reply.header('Cache-Control', 'no-cache').sendFile(pageFor(request, path, pages));
  });
}
