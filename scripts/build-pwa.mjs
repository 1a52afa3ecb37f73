#!/usr/bin/env node
// Builds the PWA into dist/frontend/browser (npm run build:frontend, npm start, npm test, the Docker image):
//   1. `ng build`: the app, its chunks merged by Rollup (ADR 0055), and its guest pages prerendered in
//      French (login/index.html, …; ADR 0026);
//   2. `ng build -c production,english-pages`: the same build with the pages prerendered in English, into
//      dist/frontend-en; each page is copied beside the French one as index.en.html, once checked that
//      both builds made the same scripts and styles (the English pages load the French build's files);
//   3. scripts/lib/module-preloads.mjs: each page lists the lazy chunks it starts with (from the first
//      build's stats), so that they load beside `main` rather than one after the other (ADR 0030), and
//      those scripts start with V8's compile hint, compiled while they download (ADR 0057);
//   4. scripts/precompress.mjs: brotli and gzip copies.
import { spawn } from 'node:child_process';
import { copyFile, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addCompileHints, addModulePreloads } from './lib/module-preloads.mjs';
import { precompress } from './precompress.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const output = join(root, 'dist/frontend/browser');
/** What `--stats-json` writes beside the output (an esbuild metafile): which chunk imports which. */
const stats = join(root, 'dist/frontend/browser-stats.json');
const englishBuild = join(root, 'dist/frontend-en');
const englishOutput = join(englishBuild, 'browser');
/** A prerendered page: `<route>/index.html`, below the root (index.csr.html is the app itself). */
const PAGE = /^(.+)\/index\.html$/;

function run(command, args) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: ['inherit', 2, 2],
      // Rollup, not Rolldown, merges esbuild's chunks (ADR 0055): the home starts with 11 scripts, not 22.
      env: { ...process.env, NG_CLI_ANALYTICS: 'false', NG_BUILD_CHUNKS_ROLLDOWN: 'false' },
    });
    child.once('error', fail);
    child.once('exit', (code, signal) =>
      code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} failed (${signal ?? code})`)),
    );
  });
}

async function relativeFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

/** Every script and style of the English build must be byte for byte the French build's one. */
async function checkSameAssets(frenchFiles, englishFiles) {
  const assets = (files) => files.filter((file) => /\.(js|css)$/.test(file));
  const french = assets(frenchFiles);
  const english = assets(englishFiles);
  if (french.join('\n') !== english.join('\n')) {
    throw new Error('the English prerendering build made other scripts or styles than the French one');
  }
  for (const file of french) {
    const [a, b] = await Promise.all([readFile(join(output, file)), readFile(join(englishOutput, file))]);
    if (!a.equals(b)) throw new Error(`${file} differs between the French and the English builds`);
  }
}

const ng = join(root, 'node_modules/.bin/ng');
await run(ng, ['build', '--stats-json']);
await rm(englishBuild, { recursive: true, force: true });
try {
  await run(ng, ['build', '--configuration', 'production,english-pages']);
  const [frenchFiles, englishFiles] = await Promise.all([relativeFiles(output), relativeFiles(englishOutput)]);
  await checkSameAssets(frenchFiles, englishFiles);
  const pages = englishFiles.filter((file) => PAGE.test(file));
  for (const page of pages) {
    await copyFile(join(englishOutput, page), join(output, page.replace(PAGE, '$1/index.en.html')));
  }
  console.error(`prerendered in English: ${pages.map((page) => page.replace(PAGE, '/$1')).join(', ')}`);
} finally {
  await rm(englishBuild, { recursive: true, force: true });
}
const metafile = JSON.parse(await readFile(stats, 'utf8'));
const preloaded = await addModulePreloads(output, metafile);
console.error(`module preloads in ${preloaded.join(', ')}`);
const hinted = await addCompileHints(output, metafile);
console.error(`compile hints in ${hinted.length} start scripts`);
const { files } = await precompress(output);
console.error(`precompressed ${files} files in ${output}`);
