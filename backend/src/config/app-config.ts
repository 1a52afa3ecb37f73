import { join, resolve } from 'node:path';
import { parseDailyTime } from '../shared/jobs/job-period.js';

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

export interface BackupSettings {
  /** Where backups are written and kept (BACKUP_DIR, default DATA_DIR/backups). */
  directory: string;
  /** The nightly backup's time on the server clock, "HH:MM"; null: no nightly backup. */
  dailyAt: string | null;
  /** The newest backup of each of this many most recent days is kept... */
  keepDaily: number;
  /** ...and the newest of each of this many most recent weeks (Monday to Sunday). */
  keepWeekly: number;
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
  backups: BackupSettings;
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

  const dataDir = resolve(env.DATA_DIR || 'data');
  const backupTime = env.BACKUP_TIME || '03:00';
  if (backupTime !== 'off' && !parseDailyTime(backupTime)) {
    problems.push(`BACKUP_TIME must be a time HH:MM from 00:00 to 23:59, or off (got "${backupTime}")`);
  }

  const config: AppConfig = {
    port: integer('PORT', 8080, 0, 65535),
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    dataDir,
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
    backups: {
      directory: resolve(env.BACKUP_DIR || join(dataDir, 'backups')),
      dailyAt: backupTime === 'off' ? null : backupTime,
      keepDaily: integer('BACKUP_KEEP_DAILY', 7, 1, 366),
      keepWeekly: integer('BACKUP_KEEP_WEEKLY', 4, 0, 520),
    },
    activityRetentionDays: integer('ACTIVITY_RETENTION_DAYS', 180, 1, 36_500),
  };

  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  return config;
}
