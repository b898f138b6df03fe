import { Redis } from 'ioredis';

/** How long one command may take before it counts as failed (a hung server, not a closed one). */
const COMMAND_TIMEOUT_MS = 500;
/** How often an idle connection is probed, so that a hung server is noticed without traffic. */
const WATCHDOG_MS = 2000;

/**
 * A Redis connection for a cache and a limiter, never for the request's critical path: while it
 * is down every command fails at once (no offline queue, no retry, a short timeout) and
 * the callers fall back (database reads, in-process limits). It reconnects by itself, forever,
 * with a capped backoff, so everything returns to Redis when Redis returns.
 */
export function createRedis(url: string): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0, // a command in flight when the connection drops fails at once
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(50 * 2 ** attempt, 2000),
    lazyConnect: false,
    // Commands issued in the same tick (many requests' limiter and cache calls under load) go out
    // in one write: on this kind of host a socket write costs more than the command.
    enableAutoPipelining: true,
  });
  // Connection errors surface through the commands that fail (and /ready); do not crash or spam.
  redis.on('error', () => {});
  watchForHangs(redis);
  return redis;
}

/**
 * A server that stops answering keeps its TCP connection open, so ioredis still says `ready` and
 * every command would wait for its timeout. A probe that times out drops the connection instead:
 * the status leaves `ready`, callers take their fallback at once, and the reconnect loop takes over.
 */
function watchForHangs(redis: Redis) {
  let probing = false;
  const timer = setInterval(() => {
    if (probing || redis.status !== 'ready') return;
    probing = true;
    redis
      .ping()
      .catch((err: Error) => dropIfHung(redis, err))
      .finally(() => {
        probing = false;
      });
  }, WATCHDOG_MS);
  timer.unref();
  redis.once('end', () => clearInterval(timer));
}

/** After a command timed out: reconnect, so that the next calls fail fast instead of waiting too. */
export function dropIfHung(redis: Redis, err: unknown) {
  if (err instanceof Error && /timed out/i.test(err.message) && redis.status === 'ready')
    redis.disconnect(true);
}

/** True when commands can be sent now; anything else means "take the fallback". */
export const isRedisUp = (redis: Redis) => redis.status === 'ready';

/**
 * Waits for the first connection (bounded), so the first requests after boot do not all take the
 * fallback path. Resolves early when the server refuses: the API starts degraded, not blocked.
 */
export function waitForRedis(redis: Redis, timeoutMs = 3000): Promise<boolean> {
  if (isRedisUp(redis)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (up: boolean) => {
      clearTimeout(timer);
      redis.off('ready', onReady);
      redis.off('error', onError);
      resolve(up);
    };
    const onReady = () => done(true);
    const onError = () => done(false);
    const timer = setTimeout(() => done(false), timeoutMs);
    redis.once('ready', onReady);
    redis.once('error', onError);
  });
}
