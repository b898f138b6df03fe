import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, test } from 'node:test';
import { eventually } from '../../../../test/mailbox.ts';
import { ThrowawayRedis } from '../../../../test/redis-server.ts';
import { LocalTier } from '../local-tier.ts';
import { RedisPubSub } from '../pubsub.ts';
import { createRedis } from '../redis.ts';

/** Two API processes' tiers on one Redis: each with its own connections, as in production. */
async function twoProcesses(url: string) {
  const prefix = `tier:${randomBytes(4).toString('hex')}:`;
  const make = () => {
    const redis = createRedis(url);
    const pubsub = new RedisPubSub(redis, prefix);
    return { redis, pubsub, tier: new LocalTier<string>(pubsub, 'versions', 1024) };
  };
  const a = make();
  const b = make();
  await eventually(() => a.pubsub.live && b.pubsub.live, 'both subscriptions live');
  await new Promise((r) => setTimeout(r, 50)); // the tiers' own SUBSCRIBE
  return {
    a,
    b,
    async close() {
      for (const p of [a, b]) {
        await p.pubsub.close();
        p.redis.disconnect();
      }
    },
  };
}

describe('the in-process tier in front of Redis', () => {
  const redis = ThrowawayRedis.start();
  after(async () => (await redis).kill());

  test("an invalidation in one process drops the other's copy", async () => {
    const p = await twoProcesses((await redis).url);
    try {
      p.a.tier.set('tenant-1', '7', 60_000, p.a.tier.generation('tenant-1'));
      p.b.tier.set('tenant-1', '7', 60_000, p.b.tier.generation('tenant-1'));
      assert.equal(p.b.tier.get('tenant-1'), '7');
      await p.a.tier.invalidate(['tenant-1']);
      assert.equal(p.a.tier.get('tenant-1'), undefined, 'gone at once where it was invalidated');
      await eventually(() => p.b.tier.get('tenant-1') === undefined, 'gone in the other process');
    } finally {
      await p.close();
    }
  });

  test('a value read before an invalidation is not stored after it', async () => {
    const p = await twoProcesses((await redis).url);
    try {
      const before = p.b.tier.generation('tenant-2'); // a read of the old value starts here
      await p.a.tier.invalidate(['tenant-2']);
      await eventually(() => p.b.tier.generation('tenant-2') !== before, 'the invalidation arrives');
      p.b.tier.set('tenant-2', 'old', 60_000, before);
      assert.equal(p.b.tier.get('tenant-2'), undefined);
    } finally {
      await p.close();
    }
  });

  test('no copy is trusted while Redis is away, and none survives its return', async () => {
    const own = await ThrowawayRedis.start();
    const p = await twoProcesses(own.url);
    try {
      p.b.tier.set('tenant-3', '1', 60_000, p.b.tier.generation('tenant-3'));
      await own.kill();
      await eventually(() => !p.b.pubsub.live, 'the subscription is down');
      assert.equal(p.b.tier.get('tenant-3'), undefined, 'invalidations cannot arrive: no local copy');
      await own.start();
      await eventually(() => p.b.pubsub.live, 'the subscription is back');
      assert.equal(p.b.tier.get('tenant-3'), undefined, 'messages may have been missed: dropped');
    } finally {
      await p.close();
      await own.kill();
    }
  });

  test('it keeps within its memory, dropping the least recently used first', async () => {
    const p = await twoProcesses((await redis).url);
    try {
      const tier = new LocalTier<string>(p.a.pubsub, 'pages', 1000, (v) => v.length);
      await new Promise((r) => setTimeout(r, 50));
      const put = (k: string) => tier.set(k, 'x'.repeat(100), 60_000, tier.generation(k));
      for (const k of ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8']) put(k);
      assert.ok(tier.get('k1')); // k1 is now the most recently used
      put('k9');
      put('k10');
      assert.ok(tier.get('k1'));
      assert.equal(tier.get('k2'), undefined);
      assert.ok(tier.get('k10'));
    } finally {
      await p.close();
    }
  });
});
