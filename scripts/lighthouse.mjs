#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse (mobile defaults: simulated slow 4G, a mid-range phone) on the built
// app, for the login page and for the signed-in home; prints performance, accessibility and best
// practices for each. The production server (dist/server, built first when needed, with the
// precompressed PWA) runs on a throwaway embedded PostgreSQL; a user with a band is registered and
// the home is measured with that session's cookies, put in the browser's cookie jar beforehand (the PWA
// reads its readable `bt_signed_in` hint there: a Cookie request header alone would make it a guest).
// Each page is audited several times, each run in a fresh Chromium, and each of its scores is the
// median of the runs' (the lower middle one for an even count): one run's score swings by several
// points on the same build (docs/perf.md). Every run's performance score is printed beside it. A run
// whose trace Lighthouse could not record (NO_NAVSTART: "Please run Lighthouse again") is made once more.
//   npm run lighthouse                        both pages, one line each, median of 3 runs
//   npm run lighthouse -- --runs 5            median of 5 runs (--runs 1: a single run)
//   npm run lighthouse -- --page /login       one page
//   npm run lighthouse -- --json              the median scores as JSON on stdout ({"/login": {...}, ...})
//   npm run lighthouse -- --save DIR          also writes the report of each page's median-performance run to DIR/guest.report.json, DIR/signed-in.report.json
// Uses the system Chromium (CHROME_PATH, else `chromium` on PATH). Nothing is left running.
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
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
    runs: { type: 'string', default: '3' },
  },
});
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs takes a whole number of runs, at least 1 (got ${options.runs})`);
  process.exit(2);
}
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

/** A drummer with a band, signed in: the cookies the server set, as CDP `Storage.setCookies` takes them. */
async function signedInCookies(baseUrl) {
  const register = await fetch(`${baseUrl}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'lighthouse', password: 'a long passphrase', displayName: 'Camille' }),
  });
  if (register.status !== 201) throw new Error(`registration failed: HTTP ${register.status}`);
  const cookies = register.headers.getSetCookie().map((line) => {
    const [pair, ...attributes] = line.split(';');
    const [name, value] = pair.split('=');
    const httpOnly = attributes.some((attribute) => attribute.trim().toLowerCase() === 'httponly');
    return { name: name.trim(), value: value.trim(), url: baseUrl, httpOnly };
  });
  const cookie = cookies.map(({ name, value }) => `${name}=${value}`).join('; ');
  // As the register page does, the account takes the language in use: English, Lighthouse's
  // Chromium's. A French account would make the PWA switch to French and reload the page mid-run.
  const english = await fetch(`${baseUrl}/api/me`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ preferences: { locale: 'en' } }),
  });
  if (!english.ok) throw new Error(`setting the language failed: HTTP ${english.status}`);
  const band = await fetch(`${baseUrl}/api/bands`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ name: 'Les Baguettes Folles' }),
  });
  if (band.status !== 201) throw new Error(`creating the band failed: HTTP ${band.status}`);
  return cookies;
}

/** Chromium with a fresh profile and the DevTools protocol on a free port, for Lighthouse's `--port`. */
async function launchChromium(chrome) {
  const profile = await mkdtemp(join(tmpdir(), 'bandtrack-lighthouse-'));
  const child = spawn(
    chrome,
    ['--headless', '--no-sandbox', '--disable-gpu', '--remote-debugging-port=0', `--user-data-dir=${profile}`],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const endpoint = await new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
      if (found) resolve(found[1]);
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}): ${stderr.slice(-500)}`)));
  });
  return {
    endpoint,
    port: Number(new URL(endpoint).port),
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      // Its helper processes may still be writing the cache for a moment after it exits.
      await rm(profile, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

/** Puts cookies in the browser's jar through the DevTools protocol (Storage.setCookies). */
async function setCookies(endpoint, cookies) {
  const socket = new WebSocket(endpoint);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = () => reject(new Error('no DevTools connection to Chromium'));
  });
  const answer = new Promise((resolve) => (socket.onmessage = (event) => resolve(JSON.parse(event.data))));
  socket.send(JSON.stringify({ id: 1, method: 'Storage.setCookies', params: { cookies } }));
  const { error } = await answer;
  socket.close();
  if (error) throw new Error(`setting the cookies failed: ${error.message}`);
}

/**
 * Runtime errors where Lighthouse's trace of the load came out incomplete, whatever the page did
 * ("Please run Lighthouse again"): such a run is made once more, in a fresh Chromium.
 */
const TRACE_GLITCHES = new Set(['NO_NAVSTART', 'NO_TRACING_STARTED']);

/** One Lighthouse run: its report (the JSON text and the parsed result). */
function audit(url, port) {
  const args = [
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    `--port=${port}`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, 'node_modules/.bin/lighthouse'), args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.once('error', reject);
    child.once('exit', (code) => {
      // Lighthouse writes its report, a runtime error included, before it exits with code 1.
      let report;
      try {
        report = JSON.parse(stdout);
      } catch {
        return reject(new Error(`lighthouse exited with code ${code} for ${url}`));
      }
      if (report.runtimeError) {
        const error = new Error(`${url}: ${report.runtimeError.message}`);
        error.retry = TRACE_GLITCHES.has(report.runtimeError.code);
        return reject(error);
      }
      if (code !== 0) return reject(new Error(`lighthouse exited with code ${code} for ${url}`));
      resolve({ text: stdout, report });
    });
  });
}

/** One run in a Chromium of its own, with `cookies` in its jar when given. */
async function auditInFreshChromium(chrome, url, cookies) {
  const chromium = await launchChromium(chrome);
  try {
    if (cookies) await setCookies(chromium.endpoint, cookies);
    return await audit(url, chromium.port);
  } finally {
    await chromium.stop();
  }
}

/** The middle value, the lower one of the two middle values for an even count. */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/** A report's scores out of 100 per category. */
const scoresOf = (report) =>
  Object.fromEntries(
    CATEGORIES.map((category) => [category, Math.round((report.categories[category]?.score ?? 0) * 100)]),
  );

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
  const cookies = pages.some((page) => PAGES[page] === 'signed-in') ? await signedInCookies(baseUrl) : undefined;
  const results = {};
  for (const page of pages) {
    const audits = [];
    const jar = PAGES[page] === 'signed-in' ? cookies : undefined;
    for (let run = 1; run <= runs; run++) {
      log(`auditing ${page} (${PAGES[page]}), run ${run} of ${runs}`);
      audits.push(
        await auditInFreshChromium(chrome, baseUrl + page, jar).catch((error) => {
          if (!error.retry) throw error;
          log(`${error.message}: once more`);
          return auditInFreshChromium(chrome, baseUrl + page, jar);
        }),
      );
    }
    const scores = audits.map(({ report }) => scoresOf(report));
    results[page] = Object.fromEntries(
      CATEGORIES.map((category) => [category, median(scores.map((score) => score[category]))]),
    );
    const medianRun = audits[scores.findIndex((score) => score.performance === results[page].performance)];
    if (options.save) await writeFile(join(options.save, `${PAGES[page]}.report.json`), medianRun.text);
    if (!options.json) {
      const line = CATEGORIES.map((category) => `${category} ${results[page][category]}`).join('  ');
      const each = scores.map((score) => score.performance).join(' ');
      const of = runs > 1 ? `  (median of ${runs} runs; performance of each: ${each})` : '';
      console.log(`${page.padEnd(8)} ${PAGES[page].padEnd(10)} ${line}${of}`);
    }
  }
  if (options.json) console.log(JSON.stringify(results));
} finally {
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
}
