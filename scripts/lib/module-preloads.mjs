// `<link rel="modulepreload">` for the lazy chunks a page starts with (scripts/build-pwa.mjs, ADR 0030).
// Angular's build names only `main` and the polyfills in the HTML it writes, so the browser found the
// bootstrap chunk once `main` had run, the shared chunks once the bootstrap chunk had loaded, and the
// page's own chunk after them: one round trip each. Listed in the HTML, they load beside `main`.
// The same scripts get V8's compile hint (ADR 0057).
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
 * Runs `change(write)` on the built files of `dir`, where `write(file, data)` writes one and keeps the
 * service worker's hash of it (ngsw.json) right: a stale one would fail its check.
 */
async function keepingServiceWorkerHashes(dir, change) {
  const ngswPath = join(dir, 'ngsw.json');
  const ngsw = JSON.parse(await readFile(ngswPath, 'utf8'));
  await change(async (file, data) => {
    await writeFile(join(dir, file), data);
    if (ngsw.hashTable[`/${file}`]) ngsw.hashTable[`/${file}`] = sha1(data);
  });
  await writeFile(ngswPath, JSON.stringify(ngsw, null, 2));
}

/** Adds the preloads to every built page of PAGE_STARTS (and its English copy) in `dir`. */
export async function addModulePreloads(dir, metafile) {
  const pages = [];
  await keepingServiceWorkerHashes(dir, async (write) => {
    for (const [page, sources] of Object.entries(PAGE_STARTS)) {
      const chunks = chunksFor(metafile, sources);
      const copies = page.endsWith('/index.html') ? [page, page.replace(/index\.html$/, 'index.en.html')] : [page];
      for (const file of copies) {
        await write(file, withModulePreloads(await readFile(join(dir, file), 'utf8'), chunks));
        pages.push(file);
      }
    }
  });
  return pages;
}

/**
 * V8's explicit compile hint (Chromium 136 on): the functions of a script that starts with it are
 * compiled while it downloads, off the main thread, rather than one by one the first time each runs,
 * on it. Most of what the start scripts hold runs on the first screen; other browsers read a comment.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** Puts the compile hint at the top of every script a page of PAGE_STARTS starts with (ADR 0057). */
export async function addCompileHints(dir, metafile) {
  const scripts = [...new Set(Object.values(PAGE_STARTS).flatMap((sources) => chunksFor(metafile, sources)))];
  await keepingServiceWorkerHashes(dir, async (write) => {
    for (const script of scripts) {
      await write(script, COMPILE_HINT + (await readFile(join(dir, script), 'utf8')));
    }
  });
  return scripts;
}
