#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse (mobile defaults: simulated slow 4G, a mid-range phone) on the built
// app, for the login page and for the signed-in home; prints performance, accessibility and best
// practices for each. The production server (dist/server, built first when needed, with the
// precompressed PWA) runs on a throwaway embedded PostgreSQL; a user with a band is registered and
// the home is measured with that session's cookies.
//   npm run lighthouse                        both pages, one line each
//   npm run lighthouse -- --page /login       one page
//   npm run lighthouse -- --json              the scores as JSON on stdout ({"/login": {...}, ...})
//   npm run lighthouse -- --save DIR          also writes each full report to DIR/guest.report.json, DIR/signed-in.report.json
// Uses the system Chromium (CHROME_PATH, else `chromium` on PATH). Nothing is left running.
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensurePwaBuilt, ensureServerBuilt, root, serverDist } from './lib/build-server.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const PAGES = { '/login': 'guest', '/': 'signed-in' };

const { values: options } = parseArgs({
  options: {
    page: { type: 'string', multiple: true },
    json: { type: 'boolean', default: false },
    save: { type: 'string' },
  },
});
const pages = options.page ?? Object.keys(PAGES);
for (const page of pages) {
  if (!(page in PAGES)) {
    console.error(`unknown page ${page}: choose among ${Object.keys(PAGES).join(', ')}`);
    process.exit(2);
  }
}
const log = (message) => console.error(`[lighthouse] ${message}`);

function chromePath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
      encoding: 'utf8',
    }).trim();
  } catch {
    throw new Error('Chromium is not installed: apt-get install -y chromium (or set CHROME_PATH)');
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The production server on its own data directory; resolves once /api/health answers. */
async function startServer(dataDir, port) {
  const server = spawn(process.execPath, [join(serverDist, 'backend/src/main.js')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
      LOG_LEVEL: 'warn',
      PERSISTENCE: 'postgres',
    },
  });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    const health = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => undefined);
    if (health?.ok) break;
    if (Date.now() > deadline) throw new Error('the server did not answer /api/health within 2 minutes');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    stop: async () => {
      if (server.exitCode === null) server.kill('SIGTERM');
      await exited;
    },
  };
}

/** A drummer with a band, signed in: the cookies a browser would send. */
async function signedInCookies(baseUrl) {
  const register = await fetch(`${baseUrl}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'lighthouse', password: 'a long passphrase', displayName: 'Camille' }),
  });
  if (register.status !== 201) throw new Error(`registration failed: HTTP ${register.status}`);
  const cookie = register.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const band = await fetch(`${baseUrl}/api/bands`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ name: 'Les Baguettes Folles' }),
  });
  if (band.status !== 201) throw new Error(`creating the band failed: HTTP ${band.status}`);
  return cookie;
}

/** One Lighthouse run, scores out of 100 per category; the full report is written to `saveAs` if given. */
function audit(url, chrome, extraHeaders, saveAs) {
  const args = [
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    '--chrome-flags=--headless --no-sandbox --disable-gpu',
    ...(extraHeaders ? [`--extra-headers=${JSON.stringify(extraHeaders)}`] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, 'node_modules/.bin/lighthouse'), args, {
      cwd: root,
      env: { ...process.env, CHROME_PATH: chrome },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.once('error', reject);
    child.once('exit', async (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited with code ${code} for ${url}`));
      const report = JSON.parse(stdout);
      if (saveAs) await writeFile(saveAs, stdout);
      if (report.runtimeError) return reject(new Error(`${url}: ${report.runtimeError.message}`));
      const scores = Object.fromEntries(
        CATEGORIES.map((category) => [category, Math.round((report.categories[category]?.score ?? 0) * 100)]),
      );
      resolve(scores);
    });
  });
}

const chrome = chromePath();
if (options.save) await mkdir(options.save, { recursive: true });
await ensureServerBuilt(log);
await ensurePwaBuilt(log);
await mkdir(join(root, '.test-data'), { recursive: true });
const dataDir = await mkdtemp(join(root, '.test-data', 'lighthouse-'));
let server;
try {
  const port = await freePort();
  log(`starting the server on port ${port}`);
  server = await startServer(dataDir, port);
  const baseUrl = `http://127.0.0.1:${port}`;
  const cookie = pages.some((page) => PAGES[page] === 'signed-in') ? await signedInCookies(baseUrl) : undefined;
  const results = {};
  for (const page of pages) {
    log(`auditing ${page} (${PAGES[page]})`);
    const headers = PAGES[page] === 'signed-in' ? { Cookie: cookie } : undefined;
    const saveAs = options.save && join(options.save, `${PAGES[page]}.report.json`);
    results[page] = await audit(baseUrl + page, chrome, headers, saveAs);
    if (!options.json) {
      const line = CATEGORIES.map((category) => `${category} ${results[page][category]}`).join('  ');
      console.log(`${page.padEnd(8)} ${PAGES[page].padEnd(10)} ${line}`);
    }
  }
  if (options.json) console.log(JSON.stringify(results));
} finally {
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
}
