import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimited } from '../errors.ts';

/** A fixed-window counter per key; `consume` throws RATE_LIMITED (429 with Retry-After) past the limit. */
export interface RateLimiter {
  consume(key: string, points?: number): Promise<void>;
  /** Counts a failure without throwing (failed logins). */
  penalize(key: string): Promise<void>;
  /** Throws when the key has no points left, without spending one. */
  check(key: string): Promise<void>;
  reset(key: string): Promise<void>;
}

export function createRateLimiter(
  options: { name: string; points: number; durationSeconds: number },
  redis: Redis | null,
  prefix: string,
): RateLimiter {
  const base = {
    keyPrefix: `${prefix}rl:${options.name}`,
    points: options.points,
    duration: options.durationSeconds,
  };
  const limiter = redis ? new RateLimiterRedis({ ...base, storeClient: redis }) : new RateLimiterMemory(base);
  const toError = (err: unknown) => {
    if (err instanceof RateLimiterRes) return rateLimited(err.msBeforeNext / 1000);
    return err;
  };
  return {
    async consume(key, points = 1) {
      await limiter.consume(key, points).catch((err) => {
        throw toError(err);
      });
    },
    async penalize(key) {
      await limiter.penalty(key, 1);
    },
    async check(key) {
      const res = await limiter.get(key);
      if (res && res.consumedPoints >= options.points) throw rateLimited(res.msBeforeNext / 1000);
    },
    async reset(key) {
      await limiter.delete(key);
    },
  };
}
