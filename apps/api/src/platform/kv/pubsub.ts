import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';

/** Fan-out of live messages (stock changes, cache invalidation) to every API process. */
export interface PubSub {
  publish(channel: string, message: string): Promise<void>;
  /** Returns the unsubscribe function. */
  subscribe(channel: string, handler: (message: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export class RedisPubSub implements PubSub {
  private readonly subscriber: Redis;
  private readonly handlers = new Map<string, Set<(message: string) => void>>();
  constructor(
    private readonly publisher: Redis,
    private readonly prefix: string,
  ) {
    // A Redis connection in subscriber mode can do nothing else, hence a second one.
    this.subscriber = publisher.duplicate();
    this.subscriber.on('error', () => {}); // reconnects by itself; failures show in /ready
    this.subscriber.on('message', (channel: string, message: string) => {
      for (const handler of this.handlers.get(channel) ?? []) handler(message);
    });
  }
  async publish(channel: string, message: string) {
    await this.publisher.publish(this.prefix + channel, message);
  }
  async subscribe(channel: string, handler: (message: string) => void) {
    const full = this.prefix + channel;
    let set = this.handlers.get(full);
    if (!set) {
      set = new Set();
      this.handlers.set(full, set);
      await this.subscriber.subscribe(full);
    }
    set.add(handler);
    return async () => {
      set.delete(handler);
      if (set.size === 0) {
        this.handlers.delete(full);
        await this.subscriber.unsubscribe(full);
      }
    };
  }
  async close() {
    this.subscriber.disconnect();
  }
}

export class MemoryPubSub implements PubSub {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
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
