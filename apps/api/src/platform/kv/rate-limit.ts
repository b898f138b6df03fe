import type { Redis } from 'ioredis';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { rateLimited } from '../errors.ts';

/** A fixed-window counter per key; `consume` throws RATE_LIMITED (429 with Retry-After) past the limit. */
export interface RateLimiter {
  consume(key: string, points?: number): Promise<void>;
  reset(key: string): Promise<void>;
}

export type LimiterOptions = { name: string; points: number; durationSeconds: number };

/**
 * The counter store behind every limiter: Redis (shared by all processes), with an in-process
 * insurance limiter that takes over at once while Redis is away (`rejectIfRedisNotReady`, and any
 * command error), and hands back when Redis returns. During an outage each process counts on its
 * own, so a limit is per process until Redis is back: looser, never a failed request.
 */
export function createLimiterStore(
  options: LimiterOptions,
  redis: Redis | null,
  prefix: string,
): RateLimiterAbstract {
  const base = {
    keyPrefix: `${prefix}rl:${options.name}`,
    points: options.points,
    duration: options.durationSeconds,
  };
  if (!redis) return new RateLimiterMemory(base);
  return new RateLimiterRedis({
    ...base,
    storeClient: redis,
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory(base),
  });
}

export const toRateLimited = (err: unknown) =>
  err instanceof RateLimiterRes ? rateLimited(err.msBeforeNext / 1000) : err;

export function createRateLimiter(options: LimiterOptions, redis: Redis | null, prefix: string): RateLimiter {
  const limiter = createLimiterStore(options, redis, prefix);
  return {
    async consume(key, points = 1) {
      await limiter.consume(key, points).catch((err) => {
        throw toRateLimited(err);
      });
    },
    async reset(key) {
      await limiter.delete(key);
    },
  };
}
