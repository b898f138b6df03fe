import { Redis } from 'ioredis';

/** The small slice of Redis the platform uses for cache entries, tokens and counters. */
export interface KeyValueStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /** Reads and deletes in one step (refresh-token rotation must not be replayable). */
  take(key: string): Promise<string | null>;
  del(keys: string[]): Promise<void>;
  incr(key: string): Promise<number>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export class RedisKeyValueStore implements KeyValueStore {
  constructor(
    readonly redis: Redis,
    private readonly prefix: string,
  ) {}
  get(key: string) {
    return this.redis.get(this.prefix + key);
  }
  async set(key: string, value: string, ttlSeconds: number) {
    await this.redis.set(this.prefix + key, value, 'EX', Math.max(1, Math.ceil(ttlSeconds)));
  }
  take(key: string) {
    return this.redis.getdel(this.prefix + key);
  }
  async del(keys: string[]) {
    if (keys.length > 0) await this.redis.del(...keys.map((k) => this.prefix + k));
  }
  incr(key: string) {
    return this.redis.incr(this.prefix + key);
  }
  async ping() {
    try {
      return (await this.redis.ping()) === 'PONG';
    } catch {
      return false;
    }
  }
  async close() {
    this.redis.disconnect();
  }
}

/** In-process stand-in for a single process without REDIS_URL. */
export class MemoryKeyValueStore implements KeyValueStore {
  private readonly entries = new Map<string, { value: string; expiresAt: number }>();
  private live(key: string) {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }
  async get(key: string) {
    return this.live(key)?.value ?? null;
  }
  async set(key: string, value: string, ttlSeconds: number) {
    if (this.entries.size > 100_000) this.entries.clear(); // bounded: a cache, not a database
    this.entries.set(key, { value, expiresAt: Date.now() + ttlSeconds * 1000 });
  }
  async take(key: string) {
    const value = this.live(key)?.value ?? null;
    this.entries.delete(key);
    return value;
  }
  async del(keys: string[]) {
    for (const key of keys) this.entries.delete(key);
  }
  async incr(key: string) {
    const next = Number(this.live(key)?.value ?? 0) + 1;
    this.entries.set(key, { value: String(next), expiresAt: Number.POSITIVE_INFINITY });
    return next;
  }
  async ping() {
    return true;
  }
  async close() {}
}

export function createRedis(url: string): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false });
  // Connection errors surface through the commands that fail (and /ready); do not crash or spam.
  redis.on('error', () => {});
  return redis;
}
