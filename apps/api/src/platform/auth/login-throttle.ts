import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimited } from '../errors.ts';
import { createLimiterStore } from '../kv/rate-limit.ts';

export type LoginThrottleOptions = {
  /** Failed logins an account may have in a window before it is locked. */
  accountFailures: number;
  /** Failed logins, over every account, one address may have in a window: a ceiling for sprays. */
  ipFailures: number;
  windowSeconds: number;
  /** The first lock; each further lock of the same account within a day lasts twice as long. */
  lockSeconds: number;
  maxLockSeconds: number;
};

export const DEFAULT_LOGIN_THROTTLE = {
  windowSeconds: 15 * 60,
  lockSeconds: 15 * 60,
  maxLockSeconds: 24 * 3600,
} as const;

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;

/**
 * Failed-login limits per account with a growing lock, plus a much higher ceiling per address.
 * An account is what one person's password protects (a merchant's email, platform-wide; a shopper's
 * email in one store), so one account's typos never lock another's login, however many people
 * share an address (an office, a carrier's NAT), until that address itself sprays past the ceiling.
 * Counters live in Redis with an in-process insurance limiter (see `createLimiterStore`).
 */
export function createLoginThrottle(options: LoginThrottleOptions, redis: Redis | null, prefix: string) {
  const window = options.windowSeconds;
  const account = createLimiterStore(
    { name: 'login:acct', points: options.accountFailures, durationSeconds: window },
    redis,
    prefix,
  );
  const ip = createLimiterStore(
    { name: 'login:ip', points: options.ipFailures, durationSeconds: window },
    redis,
    prefix,
  );
  // How many times an account was locked in the last day: the exponent of its next lock.
  const locks = createLimiterStore(
    { name: 'login:locks', points: 1_000_000, durationSeconds: 24 * 3600 },
    redis,
    prefix,
  );
  const waitMs = (res: RateLimiterRes | null, limit: number) =>
    res && res.consumedPoints >= limit ? res.msBeforeNext : 0;

  return {
    /** Throws 429 (with Retry-After) while the account is locked or the address is past its ceiling. */
    async check(accountKey: string, address: string) {
      const [a, i] = await Promise.all([account.get(accountKey), ip.get(address)]);
      const ms = Math.max(waitMs(a, options.accountFailures), waitMs(i, options.ipFailures));
      if (ms > 0) throw rateLimited(ms / 1000);
    },

    async failed(accountKey: string, address: string) {
      const [a] = await Promise.all([account.penalty(accountKey), ip.penalty(address)]);
      if (a.consumedPoints < options.accountFailures) return;
      const n = (await locks.penalty(accountKey)).consumedPoints;
      const seconds = Math.min(options.lockSeconds * 2 ** Math.min(n - 1, 20), options.maxLockSeconds);
      await account.block(accountKey, seconds);
    },

    /** A correct password clears the account's failures (not its lock history of the day). */
    async succeeded(accountKey: string) {
      await account.delete(accountKey);
    },
  };
}

/** The account a login targets; the email is hashed so that no address sits in Redis. */
export function loginAccountKey(scope: 'merchant' | { storeId: string }, email: string) {
  const who = createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');
  return scope === 'merchant' ? `merchant:${who}` : `store:${scope.storeId}:${who}`;
}
