import type { Redis } from 'ioredis';
import { createLoginThrottle, DEFAULT_LOGIN_THROTTLE, type LoginThrottle } from './auth/login-throttle.ts';
import { configurePasswordHashing } from './auth/passwords.ts';
import { createTokenService, type TokenService } from './auth/tokens.ts';
import type { AppConfig } from './config.ts';
import { createDb, type Db } from './db/pool.ts';
import { JobRegistry, JobRunner } from './jobs/index.ts';
import { type KeyValueStore, MemoryKeyValueStore, RedisKeyValueStore } from './kv/kv.ts';
import { MemoryPubSub, type PubSub, RedisPubSub } from './kv/pubsub.ts';
import { createRateLimiter, type RateLimiter } from './kv/rate-limit.ts';
import { createRedis, waitForRedis } from './kv/redis.ts';
import { createLogger, type Logger } from './logger.ts';

/** The shared infrastructure every module is built from; one per process. */
export type Platform = {
  config: AppConfig;
  logger: Logger;
  db: Db;
  redis: Redis | null;
  kv: KeyValueStore;
  pubsub: PubSub;
  tokens: TokenService;
  limiters: { perIp: RateLimiter; perTenant: RateLimiter; logins: LoginThrottle };
  /** Subscriptions, jobs and delivery loops: declared with `jobs.subscribe` / `jobs.define` / `jobs.loop`. */
  jobs: JobRegistry;
  /** Runs them: started at boot when `config.runJobs`, or by `npm run worker`. */
  jobRunner: JobRunner;
  /** Waits (bounded) for the first Redis connection; the platform runs degraded without it. */
  connect(): Promise<void>;
  close(): Promise<void>;
};

export function createPlatform(config: AppConfig & { databaseUrl: string; jwtSecret: string }): Platform {
  const logger = createLogger(config.logLevel);
  configurePasswordHashing(config.passwordHashing);
  const db = createDb(config.databaseUrl, {
    max: config.db.poolSize,
    tenantBudget: config.db.tenantBudget,
    tenantQueueMs: config.db.tenantQueueMs,
    dedicatedTenants: config.db.dedicatedTenants,
    dedicatedPoolSize: config.db.dedicatedPoolSize,
    preparedStatements: config.db.preparedStatements,
    onHookError: (err) => logger.warn({ err }, 'an after-commit hook failed (a cache entry ages out by TTL)'),
    onConnectionError: (err) => logger.warn({ err }, 'a database connection was lost; the pool replaces it'),
  });
  const redis = config.redisUrl ? createRedis(config.redisUrl) : null;
  const kv = redis ? new RedisKeyValueStore(redis, config.redisPrefix) : new MemoryKeyValueStore();
  const pubsub = redis ? new RedisPubSub(redis, config.redisPrefix) : new MemoryPubSub();
  const jobs = new JobRegistry();
  const jobRunner = new JobRunner(jobs, db, config.databaseUrl, logger);
  const limiter = (name: string, points: number, durationSeconds: number) =>
    createRateLimiter({ name, points, durationSeconds }, redis, config.redisPrefix);
  return {
    config,
    logger,
    db,
    redis,
    kv,
    pubsub,
    tokens: createTokenService({
      secret: config.jwtSecret,
      kv,
      accessTtlSeconds: config.accessTokenTtlSeconds,
      refreshTtlSeconds: config.refreshTokenTtlSeconds,
    }),
    limiters: {
      perIp: limiter('ip', config.rateLimitPerMinute, 60),
      perTenant: limiter('tenant', config.tenantRateLimitPerMinute, 60),
      logins: createLoginThrottle(
        {
          ...DEFAULT_LOGIN_THROTTLE,
          accountFailures: config.loginFailuresPerAccount,
          ipFailures: config.loginFailuresPerIp,
        },
        redis,
        config.redisPrefix,
      ),
    },
    jobs,
    jobRunner,
    async connect() {
      if (redis && !(await waitForRedis(redis)))
        logger.warn('Redis is not reachable: running degraded (database reads, in-process limits)');
    },
    async close() {
      await jobRunner.stop();
      await pubsub.close();
      await kv.close();
      await db.close();
    },
  };
}
