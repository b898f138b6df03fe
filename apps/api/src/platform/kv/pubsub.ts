import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import { isRedisUp } from './redis.ts';

/** Fan-out of live messages (stock changes, cache invalidation) to every API process. */
export interface PubSub {
  publish(channel: string, message: string): Promise<void>;
  /** Returns the unsubscribe function. */
  subscribe(channel: string, handler: (message: string) => void): Promise<() => Promise<void>>;
  /** True while messages published anywhere reach this process. */
  readonly live: boolean;
  /** Called each time the subscription comes back after a break (messages may have been missed). */
  onResume(handler: () => void): void;
  close(): Promise<void>;
}

/**
 * Redis pub/sub that survives outages: the handler table is the truth, and every channel in it is
 * (re)subscribed whenever the subscriber connection becomes ready, including channels first asked
 * for while Redis was away. Publishing while Redis is away fails at once (the outbox retries it).
 */
export class RedisPubSub implements PubSub {
  private readonly subscriber: Redis;
  private readonly handlers = new Map<string, Set<(message: string) => void>>();
  private readonly resumed = new Set<() => void>();
  private subscribed = false;
  constructor(
    private readonly publisher: Redis,
    private readonly prefix: string,
  ) {
    // A Redis connection in subscriber mode can do nothing else, hence a second one.
    this.subscriber = publisher.duplicate({ autoResubscribe: false });
    this.subscriber.on('error', () => {}); // reconnects by itself; failures show in /ready
    this.subscriber.on('ready', () => {
      this.subscribed = false;
      const channels = [...this.handlers.keys()];
      void (channels.length > 0 ? this.subscriber.subscribe(...channels) : Promise.resolve())
        .catch(() => {})
        .finally(() => {
          this.subscribed = true;
          for (const handler of this.resumed) handler();
        });
    });
    this.subscriber.on('message', (channel: string, message: string) => {
      for (const handler of this.handlers.get(channel) ?? []) handler(message);
    });
  }
  /** True while the subscriber connection is up (live messages flow). */
  get live() {
    return this.subscribed && isRedisUp(this.subscriber);
  }
  onResume(handler: () => void) {
    this.resumed.add(handler);
  }
  async publish(channel: string, message: string) {
    if (!isRedisUp(this.publisher)) throw new Error('Redis is unavailable: message not published');
    await this.publisher.publish(this.prefix + channel, message);
  }
  async subscribe(channel: string, handler: (message: string) => void) {
    const full = this.prefix + channel;
    let set = this.handlers.get(full);
    if (!set) {
      set = new Set();
      this.handlers.set(full, set);
      // While Redis is away this fails; the 'ready' handler subscribes once it is back.
      if (isRedisUp(this.subscriber)) await this.subscriber.subscribe(full).catch(() => {});
    }
    set.add(handler);
    return async () => {
      set.delete(handler);
      if (set.size === 0 && this.handlers.get(full) === set) {
        this.handlers.delete(full);
        if (isRedisUp(this.subscriber)) await this.subscriber.unsubscribe(full).catch(() => {});
      }
    };
  }
  async close() {
    this.subscriber.disconnect();
  }
}

/** One process without Redis: every message is delivered, always. */
export class MemoryPubSub implements PubSub {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  readonly live = true;
  onResume() {}
  async publish(channel: string, message: string) {
    this.emitter.emit(channel, message);
  }
  async subscribe(channel: string, handler: (message: string) => void) {
    this.emitter.on(channel, handler);
    return async () => {
      this.emitter.off(channel, handler);
    };
  }
  async close() {
    this.emitter.removeAllListeners();
  }
}
