#!/usr/bin/env node
// Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every compressible file of the built PWA, so the
// server sends them as they are (`@fastify/static` with `preCompressed`) instead of compressing at each
// request. Run by scripts/build-pwa.mjs after `ng build`.
//   node scripts/precompress.mjs [dir]     dir defaults to dist/frontend/browser
// A copy that would not be smaller is not written; the uncompressed file always stays (the service
// worker's ngsw.json hashes it, and clients that accept no encoding get it).
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = /\.(js|mjs|css|html|json|webmanifest|svg|txt|xml|ico|map)$/i;
const ENCODED = /\.(br|gz)$/;

const encoders = {
  br: (data) =>
    promisify(brotliCompress)(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  gz: (data) => promisify(gzip)(data, { level: constants.Z_BEST_COMPRESSION }),
};

async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Compresses every compressible file under `dir`; returns the sizes, for the log line. */
export async function precompress(dir) {
  const files = await filesUnder(dir);
  // A rebuild into a kept folder: copies of files that changed or went must not outlive them.
  await Promise.all(files.filter((file) => ENCODED.test(file)).map((file) => rm(file, { force: true })));
  const totals = { files: 0, raw: 0, br: 0, gz: 0 };
  for (const file of files.filter((name) => COMPRESSIBLE.test(name))) {
    const data = await readFile(file);
    totals.files += 1;
    totals.raw += data.length;
    for (const [extension, encode] of Object.entries(encoders)) {
      const encoded = await encode(data);
      const kept = encoded.length < data.length ? encoded : data;
      if (kept === encoded) await writeFile(`${file}.${extension}`, encoded);
      totals[extension] += kept.length;
    }
  }
  return totals;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? 'dist/frontend/browser');
  const { files, raw, br, gz } = await precompress(dir);
  const kB = (bytes) => `${(bytes / 1024).toFixed(0)} kB`;
  console.log(`precompressed ${files} files in ${dir}: ${kB(raw)} raw, ${kB(br)} brotli, ${kB(gz)} gzip`);
}
