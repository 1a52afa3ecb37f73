import { resolve } from 'node:path';

export type Persistence = 'postgres' | 'memory';

export interface RateLimitSettings {
  /** Failed logins per username in the window. */
  loginPerUsername: number;
  /** Failed logins per client address in the window. */
  loginPerAddress: number;
  loginWindowSeconds: number;
  /** Registrations per client address in the window. */
  registerPerAddress: number;
  registerWindowSeconds: number;
  /** Look-ups of an unknown invitation code per client address in the window. */
  inviteLookupPerAddress: number;
  inviteLookupWindowSeconds: number;
  /** Joins with an unknown invitation code (POST /api/bands/join) per client address in the window. */
  inviteJoinPerAddress: number;
  inviteJoinWindowSeconds: number;
  /** Password resets with a bad, used or expired token per client address in the window. */
  passwordResetPerAddress: number;
  passwordResetWindowSeconds: number;
}

export interface LiveSettings {
  /** How often each live socket is pinged; a socket that has not answered the previous ping is dropped. */
  heartbeatMs: number;
  /** What a live socket may hold unsent before it is dropped as too slow (ADR 0045). */
  sendBufferBytes: number;
}

export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number | undefined;
  publicOrigin: string;
  cookieSecure: boolean;
  trustProxy: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  persistence: Persistence;
  rateLimits: RateLimitSettings;
  passwordHashIterations: number;
  staticDir: string;
  /** How often this instance looks for periodic jobs that are due; 0: it runs none (ADR 0048). */
  jobsTickMs: number;
  live: LiveSettings;
  /** How long the activity log keeps an entry before the periodic purge deletes it. */
  activityRetentionDays: number;
}

export const APP_CONFIG = Symbol('AppConfig');

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Reads and validates the environment once, at boot; every problem is reported together. */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];

  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const optionalInteger = (name: string, min: number, max: number): number | undefined =>
    env[name] ? integer(name, 0, min, max) : undefined;
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (!allowed.includes(raw as T)) {
      problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
      return fallback;
    }
    return raw as T;
  };
  const boolean = (name: string, fallback: boolean): boolean => {
    const raw = env[name]?.toLowerCase();
    if (raw === undefined || raw === '' || raw === 'auto') return fallback;
    if (['true', '1', 'yes'].includes(raw)) return true;
    if (['false', '0', 'no'].includes(raw)) return false;
    problems.push(`${name} must be true or false (got "${env[name]}")`);
    return fallback;
  };

  let publicOrigin = env.PUBLIC_ORIGIN || `http://localhost:${env.PORT || 8080}`;
  try {
    publicOrigin = new URL(publicOrigin).origin;
  } catch {
    problems.push(`PUBLIC_ORIGIN must be an absolute URL such as https://band.example.org (got "${publicOrigin}")`);
  }

  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// or postgresql://');
  }

  const config: AppConfig = {
    port: integer('PORT', 8080, 0, 65535),
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    dataDir: resolve(env.DATA_DIR || 'data'),
    embeddedPgPort: optionalInteger('EMBEDDED_PG_PORT', 1, 65535),
    publicOrigin,
    cookieSecure: boolean('COOKIE_SECURE', publicOrigin.startsWith('https:')),
    trustProxy: boolean('TRUST_PROXY', false),
    logLevel: oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    persistence: oneOf('PERSISTENCE', ['postgres', 'memory'] as const, 'postgres'),
    rateLimits: {
      loginPerUsername: integer('RATE_LIMIT_LOGIN', 10, 1, 1_000_000),
      loginPerAddress: integer('RATE_LIMIT_LOGIN_ADDRESS', 100, 1, 1_000_000),
      loginWindowSeconds: 15 * 60,
      registerPerAddress: integer('RATE_LIMIT_REGISTER', 20, 1, 1_000_000),
      registerWindowSeconds: 60 * 60,
      inviteLookupPerAddress: integer('RATE_LIMIT_INVITE_LOOKUP', 30, 1, 1_000_000),
      inviteLookupWindowSeconds: 15 * 60,
      inviteJoinPerAddress: integer('RATE_LIMIT_INVITE_JOIN', 30, 1, 1_000_000),
      inviteJoinWindowSeconds: 15 * 60,
      passwordResetPerAddress: integer('RATE_LIMIT_PASSWORD_RESET', 10, 1, 1_000_000),
      passwordResetWindowSeconds: 15 * 60,
    },
    passwordHashIterations: integer('PASSWORD_HASH_ITERATIONS', 600_000, 1_000, 10_000_000),
    staticDir: resolve(env.STATIC_DIR || 'dist/frontend/browser'),
    jobsTickMs: integer('JOBS_TICK_MS', 60_000, 0, 3_600_000),
    live: {
      heartbeatMs: integer('LIVE_HEARTBEAT_MS', 30_000, 100, 600_000),
      sendBufferBytes: integer('LIVE_SEND_BUFFER_BYTES', 256 * 1024, 1024, 64 * 1024 * 1024),
    },
    activityRetentionDays: integer('ACTIVITY_RETENTION_DAYS', 180, 1, 36_500),
  };

  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  return config;
}
