import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { after, describe, test } from 'node:test';
import { Redis } from 'ioredis';
import { ThrowawayRedis } from '../../../../test/redis-server.ts';
import { type KeyValueStore, MemoryKeyValueStore, RedisKeyValueStore } from '../kv.ts';

/** What the storefront cache relies on, alike with Redis and in one process without it. */
async function stampsAndReadsMany(kv: KeyValueStore) {
  assert.deepEqual(await kv.getMany([]), []);
  assert.deepEqual(await kv.getMany(['counter', 'a']), [null, null]);
  await kv.stamp('counter', ['a', 'b'], 60);
  await kv.stamp('counter', ['b'], 60);
  // Each key holds the counter's value of its last stamp; the counter counts the stamps.
  assert.deepEqual(await kv.getMany(['counter', 'a', 'b', 'c']), ['2', '1', '2', null]);
  await kv.bump('counter');
  await kv.stamp('counter', ['c'], 30);
  assert.deepEqual(await kv.getMany(['a', 'c']), ['1', '4']);
}

describe('stock stamps (kv.stamp, kv.getMany)', () => {
  const server = ThrowawayRedis.start();
  after(async () => (await server).kill());

  test('with Redis: one step per stamp, under the prefix, expiring', async () => {
    // Not the app's client: its 500 ms command timeout is for a hung server, and a CI machine under
    // load has taken longer than that for a fresh server's first script (CI of 2026-12-07 04:28).
    const redis = new Redis((await server).url, { maxRetriesPerRequest: 0 });
    const prefix = `kv:${randomBytes(4).toString('hex')}:`;
    if (redis.status !== 'ready') await once(redis, 'ready');
    try {
      await stampsAndReadsMany(new RedisKeyValueStore(redis, prefix));
      assert.equal(await redis.get(`${prefix}b`), '2');
      const ttl = await redis.ttl(`${prefix}c`);
      assert.ok(ttl > 0 && ttl <= 30, `the stamp expires (ttl ${ttl})`);
    } finally {
      redis.disconnect();
    }
  });

  test('in one process without Redis', async () => {
    await stampsAndReadsMany(new MemoryKeyValueStore());
  });
});
