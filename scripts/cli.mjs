#!/usr/bin/env node
// `node scripts/cli.mjs COMMAND [ARGS...]`: an operator command of backend/src/cli/ (user, backup,
// restore, import-bandtrack1: `npm run user -- reset-password NAME`, `npm run backup`, `npm run restore
// -- FILE`, `npm run import:bandtrack1 -- FILE`), run from
// the compiled server; it is built first when missing or out of date (in the Docker image, which has no
// sources, dist/server is used as it is).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureServerBuilt, serverDist } from './lib/build-server.mjs';

const COMMANDS = ['user', 'backup', 'restore', 'import-bandtrack1'];
const [command, ...args] = process.argv.slice(2);
if (!COMMANDS.includes(command)) {
  console.error(`usage: node scripts/cli.mjs ${COMMANDS.join('|')} [ARGS...]`);
  process.exit(2);
}
await ensureServerBuilt((message) => console.error(`[${command}] ${message}`));
// The command reads its own arguments from process.argv.slice(2).
process.argv = [process.argv[0], join(serverDist, `backend/src/cli/${command}.js`), ...args];
await import(pathToFileURL(process.argv[1]).href);
