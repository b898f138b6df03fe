import type { PubSub } from './pubsub.ts';

type Entry<T> = { value: T; expiresAt: number; size: number };

/**
 * A process-local copy of values read on nearly every request (the store behind a hostname, a
 * tenant's catalog version, cached storefront pages), in front of Redis. Kept coherent over
 * pub/sub: `invalidate` drops the keys here and publishes them, and every other process drops
 * them too. It is trusted only while its subscription is live; when the subscription comes back
 * after a break everything is dropped (messages may have been missed). Bounded by size, least
 * recently used first.
 */
export class LocalTier<T> {
  private readonly entries = new Map<string, Entry<T>>();
  /** Bumped per key on each invalidation, so a read that started before one never stores. */
  private readonly generations = new Map<string, number>();
  private bytes = 0;
  /** Bumped when everything is dropped (a break in the subscription). */
  private epoch = 0;
  private dropCount = 0;
  private subscribed = false;

  constructor(
    private readonly pubsub: PubSub,
    private readonly channel: string,
    private readonly maxBytes: number,
    private readonly sizeOf: (value: T) => number = () => 64,
  ) {
    pubsub.onResume(() => this.clear());
    void pubsub
      .subscribe(channel, (message) => this.drop(message.split('\n')))
      .then(() => {
        this.subscribed = true;
      });
  }

  /** The local copy, if any and still good. */
  get(key: string): T | undefined {
    if (!this.subscribed || !this.pubsub.live) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.remove(key);
      return undefined;
    }
    // Least recently used goes first: a hit moves the entry to the end.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** A token to pass to `set`: a value read after it was taken is stored only if nothing changed since. */
  generation(key: string): number {
    return this.epoch * 2 ** 32 + (this.generations.get(key) ?? 0);
  }

  set(key: string, value: T, ttlMs: number, generation: number) {
    if (ttlMs <= 0 || !this.pubsub.live || generation !== this.generation(key)) return;
    this.remove(key);
    const size = this.sizeOf(value) + key.length;
    if (size > this.maxBytes / 8) return; // one entry never crowds out the rest
    this.entries.set(key, { value, expiresAt: Date.now() + ttlMs, size });
    this.bytes += size;
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldest);
    }
  }

  /** Drops the keys here and in every other process. Never throws: without Redis there are no copies. */
  async invalidate(keys: string[]) {
    this.drop(keys);
    await this.pubsub.publish(this.channel, keys.join('\n')).catch(() => {});
  }

  /**
   * Moves whenever anything is dropped here (an invalidation, a break): what a caller checked
   * against this tier's values still holds while this has not moved.
   */
  get drops(): number {
    return this.dropCount;
  }

  private drop(keys: string[]) {
    this.dropCount += 1;
    for (const key of keys) {
      this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
      this.remove(key);
    }
  }

  private remove(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.size;
    this.entries.delete(key);
  }

  clear() {
    this.epoch += 1;
    this.dropCount += 1;
    this.entries.clear();
    this.bytes = 0;
  }
}
