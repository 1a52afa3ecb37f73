import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { RateLimitedError } from '../../../shared/domain/domain-error.js';
import { ATTEMPT_LOG, type AttemptKind, type AttemptLog } from './ports/attempt-log.js';

interface Limit {
  max: number;
  windowMs: number;
}

/**
 * Applies the configured limits to the attempt log: refuses once a key has used its allowance.
 * Identity's, and offered to the bands context for the invitation look-up and joins by code (public-api.ts).
 */
@Injectable()
export class AttemptLimiter {
  private readonly limits: Record<AttemptKind, Limit>;

  constructor(
    @Inject(ATTEMPT_LOG) private readonly log: AttemptLog,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const r = config.rateLimits;
    this.limits = {
      'login-username': { max: r.loginPerUsername, windowMs: r.loginWindowSeconds * 1000 },
      'login-address': { max: r.loginPerAddress, windowMs: r.loginWindowSeconds * 1000 },
      'register-address': { max: r.registerPerAddress, windowMs: r.registerWindowSeconds * 1000 },
      'invite-lookup-address': { max: r.inviteLookupPerAddress, windowMs: r.inviteLookupWindowSeconds * 1000 },
      'invite-join-address': { max: r.inviteJoinPerAddress, windowMs: r.inviteJoinWindowSeconds * 1000 },
      'password-reset-address': { max: r.passwordResetPerAddress, windowMs: r.passwordResetWindowSeconds * 1000 },
    };
  }

  /** Throws RateLimitedError when the key has no attempts left in its window. */
  async assertAllowed(kind: AttemptKind, key: string, now: Date): Promise<void> {
    const { max, windowMs } = this.limits[kind];
    const window = await this.log.window(kind, key, new Date(now.getTime() - windowMs));
    if (window.count < max) return;
    const freedAt = (window.oldest ?? now).getTime() + windowMs;
    throw new RateLimitedError(Math.max(1, Math.ceil((freedAt - now.getTime()) / 1000)));
  }

  async record(kind: AttemptKind, key: string, now: Date): Promise<void> {
    await this.log.record(kind, key, now);
    await this.log.prune(new Date(now.getTime() - this.longestWindowMs));
  }

  private get longestWindowMs(): number {
    return Math.max(...Object.values(this.limits).map((limit) => limit.windowMs));
  }
}
