import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';

// A built PWA in miniature, compressed by the build's own script: a hashed bundle, the entry points,
// a guest page prerendered in French and in English (ADR 0026), and an ngsw.json whose hash table
// names the uncompressed bytes, as Angular's is.
const MAIN = 'main-AB12cd34.js';
const mainJs = Buffer.from(`console.log(${JSON.stringify('BandTrack '.repeat(600))});\n`);
const page = (lang: string, content: string) =>
  Buffer.from(`<!doctype html><html lang="${lang}"><head><title>BandTrack</title></head>
<body><bt-root>${content}</bt-root><script src="${MAIN}" type="module"></script>${' '.repeat(2000)}</body></html>\n`);
const appHtml = page('fr', '');
const loginFr = page('fr', '<h1>Connexion</h1>');
const loginEn = page('en', '<h1>Sign in</h1>');
const noise = randomBytes(4096); // incompressible: no copy is written, the file goes as it is
const sha1 = (data: Buffer) => createHash('sha1').update(data).digest('hex');
const ngswJson = Buffer.from(
  JSON.stringify({
    configVersion: 1,
    hashTable: { [`/${MAIN}`]: sha1(mainJs), '/index.csr.html': sha1(appHtml), '/noise.js': sha1(noise) },
    padding: 'x'.repeat(1500),
  }),
);

let staticDir: string;
let testApp: TestApp;

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** node:http, not fetch: fetch decodes the body and hides what went over the wire. */
function raw(method: string, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${testApp.baseUrl}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function decoded(response: RawResponse): Buffer {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(response.body);
  if (encoding === 'gzip') return gunzipSync(response.body);
  if (encoding === undefined) return response.body;
  throw new Error(`unexpected Content-Encoding ${encoding}`);
}

beforeAll(async () => {
  staticDir = await mkdtemp(join(tmpdir(), 'bandtrack-pwa-'));
  await writeFile(join(staticDir, MAIN), mainJs);
  await writeFile(join(staticDir, 'index.csr.html'), appHtml);
  await mkdir(join(staticDir, 'login'));
  await writeFile(join(staticDir, 'login/index.html'), loginFr);
  await writeFile(join(staticDir, 'login/index.en.html'), loginEn);
  await writeFile(join(staticDir, 'ngsw.json'), ngswJson);
  await writeFile(join(staticDir, 'noise.js'), noise);
  await promisify(execFile)(process.execPath, ['scripts/precompress.mjs', staticDir]);
  testApp = await startTestApp({ STATIC_DIR: staticDir });
});

afterAll(async () => {
  await testApp?.close();
  await rm(staticDir, { recursive: true, force: true });
});

describe('precompressed PWA files', () => {
  it('are written at build time beside each compressible file that they make smaller', async () => {
    expect((await readdir(staticDir)).sort()).toEqual(
      [MAIN, `${MAIN}.br`, `${MAIN}.gz`, 'index.csr.html', 'index.csr.html.br', 'index.csr.html.gz', 'login']
        .concat(['ngsw.json', 'ngsw.json.br', 'ngsw.json.gz', 'noise.js'])
        .sort(),
    );
  });

  it('go as brotli or gzip to a client that asks, decoding to the bytes ngsw.json hashes', async () => {
    const { hashTable } = JSON.parse(ngswJson.toString()) as { hashTable: Record<string, string> };
    for (const acceptEncoding of ['br, gzip', 'gzip', 'gzip, deflate, br, zstd']) {
      for (const [path, hash] of Object.entries(hashTable)) {
        const response = await raw('GET', path, { 'accept-encoding': acceptEncoding });
        expect(response.status).toBe(200);
        expect(sha1(decoded(response))).toBe(hash);
        expect(response.headers.vary).toMatch(/accept-encoding/i);
      }
    }
    const brotli = await raw('GET', `/${MAIN}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(brotli.body.length).toBeLessThan(mainJs.length / 10);
    const gzip = await raw('GET', '/ngsw.json', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['content-type']).toMatch(/^application\/json/);
    expect((await raw('GET', '/noise.js', { 'accept-encoding': 'br' })).headers['content-encoding']).toBeUndefined();
  });

  it('go uncompressed to a client that accepts no encoding', async () => {
    const response = await raw('GET', `/${MAIN}`);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.equals(mainJs)).toBe(true);
  });

  it('keep their caching rules: hashed files immutable, entry points and deep links revalidated', async () => {
    const encodings = { 'accept-encoding': 'br' };
    expect((await raw('GET', `/${MAIN}`, encodings)).headers['cache-control']).toContain('immutable');
    expect((await raw('GET', '/ngsw.json', encodings)).headers['cache-control']).toBe('no-cache');
    expect((await raw('GET', '/index.csr.html', encodings)).headers['cache-control']).toBe('no-cache');
    const deepLink = await raw('GET', '/join/K7RD9-PXM4H', encodings);
    expect(deepLink.headers['cache-control']).toBe('no-cache');
    expect(deepLink.headers['content-encoding']).toBe('br');
    expect(decoded(deepLink).equals(appHtml)).toBe(true);
    expect(deepLink.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('are not addressable themselves', async () => {
    expect((await raw('GET', `/${MAIN}.br`)).status).toBe(404);
  });

  it('answer HEAD with the headers of GET and no body', async () => {
    const response = await raw('HEAD', `/${MAIN}`, { 'accept-encoding': 'br' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.body.length).toBe(0);
  });
});

describe('prerendered guest pages', () => {
  const get = (headers: Record<string, string>) => raw('GET', '/login', { 'accept-encoding': 'br', ...headers });

  it('go precompressed to a guest in the language the PWA will choose, revalidated', async () => {
    for (const [headers, expected] of [
      [{ 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.8' }, loginFr],
      [{}, loginFr],
      [{ 'accept-language': 'en-GB,en;q=0.9' }, loginEn],
      [{ 'accept-language': 'de-DE,en;q=0.5' }, loginFr],
      [{ 'accept-language': 'fr-FR', cookie: 'bt_locale=en' }, loginEn],
      [{ 'accept-language': 'en-US', cookie: 'bt_locale=fr' }, loginFr],
      [{ 'accept-language': 'en-US', cookie: 'bt_locale=de' }, loginEn],
    ] as const) {
      const response = await get(headers);
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe('br');
      expect(decoded(response).toString()).toBe(expected.toString());
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers.vary).toMatch(/cookie/i);
      expect(response.headers.vary).toMatch(/accept-language/i);
      expect(response.headers.vary).toMatch(/accept-encoding/i);
    }
  });

  it('are not sent to someone signed in: the app itself is, as for any other page', async () => {
    const response = await get({ 'accept-language': 'en-US', cookie: 'bt_locale=en; bt_signed_in=1' });
    expect(decoded(response).equals(appHtml)).toBe(true);
  });

  it('leave the other paths to the app page, the prerendered files themselves no-cache', async () => {
    expect(decoded(await get({})).equals(appHtml)).toBe(false);
    expect(decoded(await raw('GET', '/login/extra', { 'accept-language': 'fr' })).equals(appHtml)).toBe(true);
    expect(decoded(await raw('GET', '/register', { 'accept-language': 'fr' })).equals(appHtml)).toBe(true);
    const file = await raw('GET', '/login/index.html');
    expect(file.body.equals(loginFr)).toBe(true);
    expect(file.headers['cache-control']).toBe('no-cache');
  });
});

describe('API answers', () => {
  it('are compressed above 1 kB for a client that asks, and decode to the same JSON', async () => {
    const plain = await raw('GET', '/api/openapi.json');
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const [acceptEncoding, expected] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
    ] as const) {
      const response = await raw('GET', '/api/openapi.json', { 'accept-encoding': acceptEncoding });
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe(expected);
      expect(response.headers.vary).toMatch(/accept-encoding/i);
      expect(response.body.length).toBeLessThan(plain.body.length / 3);
      expect(JSON.parse(decoded(response).toString())).toEqual(JSON.parse(plain.body.toString()));
    }
  });

  it('go as they are below the threshold, problem+json and HEAD included', async () => {
    const encodings = { 'accept-encoding': 'br, gzip' };
    const health = await raw('GET', '/api/health', encodings);
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(health.body.toString())).toEqual({ status: 'ok', database: 'up' });

    const problem = await raw('GET', '/api/me', encodings);
    expect(problem.status).toBe(401);
    expect(problem.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(decoded(problem).toString())).toMatchObject({ status: 401, code: 'IDENTITY.NOT_AUTHENTICATED' });

    const head = await raw('HEAD', '/api/openapi.json', encodings);
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-security-policy']).toContain("default-src 'self'");
  });
});
