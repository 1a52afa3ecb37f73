// `<link rel="modulepreload">` for the lazy chunks a page starts with (scripts/build-pwa.mjs, ADR 0030).
// Angular's build names only `main` and the polyfills in the HTML it writes, so the browser found the
// bootstrap chunk once `main` had run, the shared chunks once the bootstrap chunk had loaded, and the
// page's own chunk after them: one round trip each. Listed in the HTML, they load beside `main`.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Every page runs the polyfills (`$localize`), main.ts, then what it imports once the language is known.
 * The polyfills and `main` are listed too, first and in that order: discovered in the head, the chunks
 * would otherwise be asked before them (their script tags end the body), and `main`, a module script,
 * runs only after the polyfills' one, which came last of all (docs/perf.md).
 */
const START = ['angular:polyfills:angular:polyfills', 'frontend/src/main.ts', 'frontend/src/bootstrap.ts'];

/**
 * The sources of the lazy chunks each built page shows first (see app.routes.ts): the app opens on
 * the home (`/`, the manifest's start URL). Not the prerendered guest pages: they paint from their
 * HTML, and their chunks preloaded beside the stylesheet delayed that paint (Lighthouse, docs/perf.md).
 * A prerendered page's English copy (index.en.html) would start as its French one.
 */
const PAGE_STARTS = {
  'index.csr.html': ['frontend/src/app/home/home.routes.ts', 'frontend/src/app/home/home-page/home-page.ts'],
};

/**
 * The script built from `source` (an esbuild metafile, `ng build --stats-json`), found by its inputs:
 * Rollup's merged chunks (ADR 0055) name no entry point.
 */
function chunkOf(metafile, source) {
  const found = Object.entries(metafile.outputs).find(
    ([file, output]) => file.endsWith('.js') && output.inputs[source] !== undefined,
  );
  if (!found) throw new Error(`no chunk is built from ${source}: update PAGE_STARTS in ${import.meta.filename}`);
  return found[0];
}

/** The chunks built from `sources` and everything they import statically, in load order. */
function chunksFor(metafile, sources) {
  const chunks = [];
  const visit = (file) => {
    if (chunks.includes(file)) return;
    chunks.push(file);
    for (const { path, kind } of metafile.outputs[file]?.imports ?? []) {
      if (kind === 'import-statement') visit(path);
    }
  };
  [...START, ...sources].forEach((source) => visit(chunkOf(metafile, source)));
  return chunks;
}

/** `html` with a modulepreload for each chunk, at the end of its head. */
function withModulePreloads(html, chunks) {
  const links = chunks.map((chunk) => `<link rel="modulepreload" href="${chunk}">`).join('');
  if (!html.includes('</head>')) throw new Error('a page without </head>');
  return html.replace('</head>', `${links}</head>`);
}

const sha1 = (data) => createHash('sha1').update(data).digest('hex');

/**
 * Adds the preloads to every built page of PAGE_STARTS (and its English copy) in `dir`, and keeps the
 * service worker's hash of each changed file (ngsw.json) right: a stale one would fail its check.
 */
export async function addModulePreloads(dir, metafile) {
  const ngswPath = join(dir, 'ngsw.json');
  const ngsw = JSON.parse(await readFile(ngswPath, 'utf8'));
  const pages = [];
  for (const [page, sources] of Object.entries(PAGE_STARTS)) {
    const chunks = chunksFor(metafile, sources);
    const copies = page.endsWith('/index.html') ? [page, page.replace(/index\.html$/, 'index.en.html')] : [page];
    for (const file of copies) {
      const html = withModulePreloads(await readFile(join(dir, file), 'utf8'), chunks);
      await writeFile(join(dir, file), html);
      if (ngsw.hashTable[`/${file}`]) ngsw.hashTable[`/${file}`] = sha1(html);
      pages.push(file);
    }
  }
  await writeFile(ngswPath, JSON.stringify(ngsw, null, 2));
  return pages;
}
