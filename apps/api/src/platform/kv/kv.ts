import type { Redis } from 'ioredis';
import { temporarilyUnavailable } from '../errors.ts';
import { dropIfHung, isRedisUp } from './redis.ts';

const unavailable = () => temporarilyUnavailable('Sessions are briefly unavailable; please retry shortly');

/**
 * The small slice of Redis the platform uses for cache entries, tokens and counters. With Redis,
 * `get`/`set`/`take`/`del` throw TEMPORARILY_UNAVAILABLE (503) at once while it is away: a cache
 * catches that and reads the database, session state (refresh tokens, 2FA challenges) lets it
 * through, so a spent or revoked token is never honoured from a stale copy.
 */
export interface KeyValueStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /** Reads and deletes in one step (refresh-token rotation must not be replayable). */
  take(key: string): Promise<string | null>;
  del(keys: string[]): Promise<void>;
  /**
   * Cache invalidation: deletes now, or as soon as the store is reachable again (never throws).
   * Not for security state (a revoked token must be gone now, or the revocation must fail).
   */
  forget(keys: string[]): Promise<void>;
  /** Increments a version counter now, or as soon as the store is reachable again (never throws). */
  bump(key: string): Promise<void>;
  /** Values of several keys (`null` where there is none), in one round trip. */
  getMany(keys: string[]): Promise<(string | null)[]>;
  /**
   * Increments the counter `counter` and writes its new value into each of `keys` (for
   * `ttlSeconds`), in one step: the keys say when they last changed, in the counter's numbers.
   */
  stamp(counter: string, keys: string[], ttlSeconds: number): Promise<void>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

const STAMP = `local n = redis.call('INCR', KEYS[1])
for i = 2, #KEYS do redis.call('SET', KEYS[i], n, 'EX', ARGV[1]) end
return n`;

/** Deferred invalidations kept while Redis is away, at most this many (entries also expire by TTL). */
const MAX_PENDING = 10_000;

/**
 * Redis as a cache and a session store that never holds a request up: while the connection is
 * not ready every call fails at once with a 503-mapped error (callers that cache catch it and
 * read the database). Invalidations (`forget`, `bump`) cannot be lost that way without serving
 * stale entries later, so they are kept in the process and applied as soon as Redis is back.
 */
export class RedisKeyValueStore implements KeyValueStore {
  private readonly pendingDeletes = new Set<string>();
  private readonly pendingBumps = new Set<string>();
  constructor(
    readonly redis: Redis,
    private readonly prefix: string,
  ) {
    redis.on('ready', () => void this.flushPending());
  }

  /** Runs a command, or fails fast with TEMPORARILY_UNAVAILABLE while Redis is down or failing. */
  private async run<T>(command: (redis: Redis) => Promise<T>): Promise<T> {
    if (!isRedisUp(this.redis)) throw unavailable();
    try {
      return await command(this.redis);
    } catch (err) {
      dropIfHung(this.redis, err);
      throw unavailable();
    }
  }
  get(key: string) {
    return this.run((r) => r.get(this.prefix + key));
  }
  async set(key: string, value: string, ttlSeconds: number) {
    await this.run((r) => r.set(this.prefix + key, value, 'EX', Math.max(1, Math.ceil(ttlSeconds))));
  }
  take(key: string) {
    return this.run((r) => r.getdel(this.prefix + key));
  }
  getMany(keys: string[]) {
    return keys.length === 0
      ? Promise.resolve([])
      : this.run((r) => r.mget(...keys.map((k) => this.prefix + k)));
  }
  async stamp(counter: string, keys: string[], ttlSeconds: number) {
    const all = [counter, ...keys].map((k) => this.prefix + k);
    await this.run((r) => r.eval(STAMP, all.length, ...all, Math.max(1, Math.ceil(ttlSeconds))));
  }
  async del(keys: string[]) {
    if (keys.length > 0) await this.run((r) => r.del(...keys.map((k) => this.prefix + k)));
  }
  async forget(keys: string[]) {
    if (keys.length === 0) return;
    await this.del(keys).catch(() => this.defer(this.pendingDeletes, keys));
  }
  async bump(key: string) {
    await this.run((r) => r.incr(this.prefix + key)).catch(() => this.defer(this.pendingBumps, [key]));
  }
  private defer(into: Set<string>, keys: string[]) {
    for (const key of keys)
      if (this.pendingDeletes.size + this.pendingBumps.size < MAX_PENDING) into.add(key);
  }
  /**
   * Applies the invalidations missed during an outage; whatever fails again stays pending. Every
   * command is written at once, on 'ready', so they precede any later read on this connection.
   */
  async flushPending() {
    const deletes = [...this.pendingDeletes];
    const bumps = [...this.pendingBumps];
    this.pendingDeletes.clear();
    this.pendingBumps.clear();
    await Promise.all([this.forget(deletes), ...bumps.map((key) => this.bump(key))]);
  }
  async ping() {
    try {
      return (await this.run((r) => r.ping())) === 'PONG';
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
  async forget(keys: string[]) {
    await this.del(keys);
  }
  async bump(key: string) {
    const next = Number(this.live(key)?.value ?? 0) + 1;
    this.entries.set(key, { value: String(next), expiresAt: Number.POSITIVE_INFINITY });
  }
  async getMany(keys: string[]) {
    return keys.map((key) => this.live(key)?.value ?? null);
  }
  async stamp(counter: string, keys: string[], ttlSeconds: number) {
    await this.bump(counter);
    const value = this.live(counter)?.value ?? '1';
    for (const key of keys) await this.set(key, value, ttlSeconds);
  }
  async ping() {
    return true;
  }
  async close() {}
}
