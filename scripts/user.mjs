#!/usr/bin/env node
// `npm run user -- reset-password USERNAME`: the operator's account commands (backend/src/cli/user.ts),
// run from the compiled server; it is built first when missing or out of date (in the Docker image,
// which has no sources, dist/server is used as it is).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureServerBuilt, serverDist } from './lib/build-server.mjs';

await ensureServerBuilt((message) => console.error(`[user] ${message}`));
await import(pathToFileURL(join(serverDist, 'backend/src/cli/user.js')).href);
