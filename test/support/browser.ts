import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { ApiClient } from './api-client.js';
import { startTestApp, type TestApp } from './test-app.js';

export const PWA_DIR = resolve('dist/frontend/browser');

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
      encoding: 'utf8',
    }).trim();
  } catch {
    throw new Error('Chromium is not installed: apt-get install -y chromium (or set CHROMIUM_PATH)');
  }
}

export interface BrowserSession {
  readonly app: TestApp;
  /** Where the pages are opened: the app's own address, or `http://{hostName}:{port}`. */
  readonly baseUrl: string;
  /** A persistent profile, like an installed browser: service workers and installability work in it. */
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export interface BrowserSessionOptions {
  readonly locale?: string;
  readonly env?: Record<string, string>;
  /**
   * A host name Chromium resolves to the app's loopback address, opened over plain http: an origin
   * that is not a secure context (loopback is one), like `http://192.168.1.20:8080` on a NAS.
   * The traffic stays on 127.0.0.1.
   */
  readonly hostName?: string;
}

/** The built PWA served by the real app on its own database, and a fresh Chromium profile. */
export async function startBrowserSession(options: BrowserSessionOptions = {}): Promise<BrowserSession> {
  if (!existsSync(join(PWA_DIR, 'index.csr.html'))) {
    throw new Error(`No built PWA in ${PWA_DIR}: run "npm run build:frontend" first (npm test does)`);
  }
  const app = await startTestApp({ STATIC_DIR: PWA_DIR, ...options.env });
  const profile = mkdtempSync(join(tmpdir(), 'bandtrack-chromium-'));
  const baseURL = options.hostName ? app.baseUrl.replace('127.0.0.1', options.hostName) : app.baseUrl;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: options.hostName
      ? [...CHROMIUM_FLAGS, `--host-resolver-rules=MAP ${options.hostName} 127.0.0.1`]
      : CHROMIUM_FLAGS,
    headless: true,
    locale: options.locale ?? 'fr-FR',
    baseURL,
    viewport: { width: 390, height: 844 },
  });
  return {
    app,
    baseUrl: baseURL,
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      await app.close();
    },
  };
}

export interface ExtraBrowser {
  readonly browser: Browser;
  /** An ordinary (incognito-like) context: another person on another device. */
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/**
 * A second Chromium on the same app as `session`, for a second person: its own cookies and storage.
 * (The session's persistent context has no `browser()` to open another context from.)
 */
export async function openExtraBrowser(
  session: BrowserSession,
  options: {
    locale?: string;
    viewport?: { width: number; height: number };
    /** `block`: no service worker, so `page.route()` sees every API request. */
    serviceWorkers?: 'allow' | 'block';
  } = {},
): Promise<ExtraBrowser> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
  const context = await browser.newContext({
    locale: options.locale ?? 'fr-FR',
    baseURL: session.app.baseUrl,
    viewport: options.viewport ?? { width: 360, height: 780 },
    serviceWorkers: options.serviceWorkers ?? 'allow',
  });
  return {
    browser,
    context,
    close: async () => {
      await context.close();
      await browser.close();
    },
  };
}

/**
 * Until the app has hydrated a prerendered guest page (ADR 0026; no `ngh` marks left), or at once on a
 * page the app renders itself: for a check of what the app does on the page (its field errors). A
 * visitor's flow needs no wait: what is typed and submitted before is the app's (ADR 0029).
 */
export async function untilHydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('bt-root [ngh]') === null);
}

/**
 * Until the app has rendered what the last key or click changed. Without zone.js the app renders on
 * the next animation frame or macrotask, whichever comes first; one of each has passed after this.
 */
export async function untilRendered(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
}

/** The smallest phone screen the app is made for. */
export const SMALL_PHONE = { width: 360, height: 740 } as const;

/**
 * Signs in through the login page and waits to leave it (for the home, or the onboarding). Whoever
 * was signed in on this device (the page's context) is forgotten first.
 */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto('/login');
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
  await page.waitForURL((url) => url.pathname !== '/login');
}

/**
 * Puts the session of someone signed in through the API in a browser's cookie jar, with the readable
 * hint the server sets beside it (frontend core/session/signed-in-hint.ts): that browser is then
 * signed in as them, from its first load.
 */
export async function addSessionCookies(context: BrowserContext, person: ApiClient, url: string): Promise<void> {
  const cookie = person.cookie!;
  const cut = cookie.indexOf('=');
  await context.addCookies([
    { name: cookie.slice(0, cut), value: cookie.slice(cut + 1), url },
    { name: 'bt_signed_in', value: '1', url },
  ]);
}

/** Signs out from the settings screen, back to the login page. */
export async function signOut(page: Page): Promise<void> {
  await page.goto('/settings');
  await page.click('[data-testid=sign-out]');
  await page.waitForURL((url) => url.pathname === '/login');
}
