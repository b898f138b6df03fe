import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../src/platform/config.ts';
import { RedisKeyValueStore } from '../src/platform/kv/kv.ts';
import { RedisPubSub } from '../src/platform/kv/pubsub.ts';
import { createRateLimiter } from '../src/platform/kv/rate-limit.ts';
import { createRedis, waitForRedis } from '../src/platform/kv/redis.ts';
import { anonymous } from './fixtures.ts';
import { ThrowawayRedis } from './redis-server.ts';
import { startTestServer, type TestServer } from './server.ts';
import { shop } from './shop.ts';

/** Several deployments can share one Redis: REDIS_PREFIX keeps their keys and channels apart. */
describe('REDIS_PREFIX', () => {
  test('read from the environment, `ventory:` by default', () => {
    assert.equal(loadConfig({}).redisPrefix, 'ventory:');
    assert.equal(loadConfig({ REDIS_PREFIX: 'acme-prod:' }).redisPrefix, 'acme-prod:');
    assert.equal(loadConfig({ REDIS_PREFIX: '' }).redisPrefix, 'ventory:');
  });

  describe('two deployments on one Redis', () => {
    let redis: ThrowawayRedis;
    let a: TestServer;
    let b: TestServer;
    before(async () => {
      redis = await ThrowawayRedis.start();
      a = await startTestServer({ redisUrl: redis.url, redisPrefix: 'alpha:', rateLimitPerMinute: 40 });
      b = await startTestServer({ redisUrl: redis.url, redisPrefix: 'beta:', rateLimitPerMinute: 40 });
    });
    after(async () => {
      await a?.close();
      await b?.close();
      await redis?.kill();
    });

    test('every key and channel each one uses carries its prefix; limits are counted apart', async () => {
      const sa = await shop(a);
      const sb = await shop(b);
      for (const [server, s] of [
        [a, sa],
        [b, sb],
      ] as const) {
        await anonymous(server).raw('GET', `${s.sf}/products`);
        await server.platform.pubsub.subscribe('stock:probe', () => {});
      }
      const outside = redis.client();
      try {
        const keys = await outside.keys('*');
        assert.ok(keys.length > 0);
        assert.deepEqual(
          keys.filter((k) => !k.startsWith('alpha:') && !k.startsWith('beta:')),
          [],
          'no key without a deployment prefix',
        );
        assert.ok(
          keys.some((k) => k.startsWith('alpha:catalog:')) && keys.some((k) => k.startsWith('beta:catalog:')),
        );
        const channels = (await outside.pubsub('CHANNELS', '*')) as string[];
        assert.deepEqual(
          channels.filter((c) => !c.startsWith('alpha:') && !c.startsWith('beta:')),
          [],
          'no channel without a deployment prefix',
        );
        for (const c of [
          'alpha:stock:probe',
          'beta:stock:probe',
          'alpha:catalog:versions',
          'beta:tenancy:hosts',
        ])
          assert.ok(channels.includes(c), c);
      } finally {
        outside.disconnect();
      }

      // Deployment A's per-IP limit is spent for one address; B, on the same Redis, still serves it.
      const from = { headers: { 'x-forwarded-for': '10.9.9.9' } };
      const probe = (server: TestServer) =>
        anonymous(server).raw('GET', '/api/storefront/none.localhost/settings', undefined, from);
      for (let i = 0; i < 40; i++) assert.equal((await probe(a)).status, 404);
      assert.equal((await probe(a)).status, 429);
      assert.equal((await probe(b)).status, 404);
    });

    test('the same key under two prefixes: neither sees the other', async () => {
      const ra = createRedis(redis.url);
      const rb = createRedis(redis.url);
      await Promise.all([waitForRedis(ra), waitForRedis(rb)]);
      const kvA = new RedisKeyValueStore(ra, 'one:');
      const kvB = new RedisKeyValueStore(rb, 'two:');
      const pubA = new RedisPubSub(ra, 'one:');
      const pubB = new RedisPubSub(rb, 'two:');
      try {
        await kvA.set('shared', 'from A', 60);
        assert.equal(await kvB.get('shared'), null);
        assert.equal(await kvA.get('shared'), 'from A');
        await kvB.set('shared', 'from B', 60);
        assert.equal(await kvA.take('shared'), 'from A');
        assert.equal(await kvB.get('shared'), 'from B');

        const limitA = createRateLimiter({ name: 'probe', points: 1, durationSeconds: 60 }, ra, 'one:');
        const limitB = createRateLimiter({ name: 'probe', points: 1, durationSeconds: 60 }, rb, 'two:');
        await limitA.consume('k');
        await assert.rejects(limitA.consume('k'), { code: 'RATE_LIMITED' });
        await limitB.consume('k');

        const gotA: string[] = [];
        const gotB: string[] = [];
        await pubA.subscribe('news', (m) => gotA.push(m));
        await pubB.subscribe('news', (m) => gotB.push(m));
        await pubA.publish('news', 'for A');
        await pubB.publish('news', 'for B');
        const deadline = Date.now() + 5000;
        while ((gotA.length === 0 || gotB.length === 0) && Date.now() < deadline)
          await new Promise((r) => setTimeout(r, 20));
        assert.deepEqual(gotA, ['for A']);
        assert.deepEqual(gotB, ['for B']);
      } finally {
        await pubA.close();
        await pubB.close();
        await kvA.close();
        await kvB.close();
      }
    });
  });
});
