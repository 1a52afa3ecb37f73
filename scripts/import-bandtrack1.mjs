#!/usr/bin/env node
// `npm run import:bandtrack1 -- path/to/bandtrack.db`: the import from the original BandTrack
// (backend/src/cli/import-bandtrack1.ts), run from the compiled server; it is built first when missing
// or out of date (in the Docker image, which has no sources, dist/server is used as it is).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureServerBuilt, serverDist } from './lib/build-server.mjs';

await ensureServerBuilt((message) => console.error(`[import] ${message}`));
await import(pathToFileURL(join(serverDist, 'backend/src/cli/import-bandtrack1.js')).href);
