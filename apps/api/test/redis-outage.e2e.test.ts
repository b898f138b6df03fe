import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Redis } from 'ioredis';
import { anonymous } from './fixtures.ts';
import { ThrowawayRedis } from './redis-server.ts';
import { startTestServer, type TestServer } from './server.ts';
import { type CartBody, type Json, shop } from './shop.ts';

/**
 * Redis is a cache and a limiter: when it dies, storefront reads and cart writes keep succeeding
 * (database reads, in-process limits) without waiting on it, and everything returns to Redis by
 * itself when it comes back. Durations are logged, never asserted (timing is for bench/).
 */
let redis: ThrowawayRedis;
let server: TestServer;
let s: Awaited<ReturnType<typeof shop>>;
const durations = new Map<string, number[]>();
const record = (what: string, ms: number[]) => durations.set(what, [...(durations.get(what) ?? []), ...ms]);

before(async () => {
  redis = await ThrowawayRedis.start();
  server = await startTestServer({ redisUrl: redis.url });
  s = await shop(server, { price: '12.50', stock: 500 });
});
after(async () => {
  await server?.close();
  await redis?.kill();
  for (const [what, ms] of durations) console.log(`# ${what}: ${ms.map((d) => d.toFixed(0)).join(', ')} ms`);
});

async function until(what: string, ok: () => boolean | Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const platformRedis = () => server.platform.redis as Redis;

/** One storefront visit: list, detail, search, a new cart and a line added to it. */
async function visit(label: string) {
  const shopper = anonymous(server);
  const timed = async <T>(what: string, call: () => Promise<T>) => {
    const started = performance.now();
    const result = await call();
    record(`${label} ${what}`, [performance.now() - started]);
    return result;
  };
  const list = await timed('product list', () => shopper.raw<{ data: Json[] }>('GET', `${s.sf}/products`));
  assert.equal(list.status, 200, JSON.stringify(list.body));
  assert.ok(list.body.data.some((p) => p.id === s.listing.id));
  const detail = await timed('product detail', () =>
    shopper.raw<Json>('GET', `${s.sf}/products/${String(s.listing.slug)}`),
  );
  assert.equal(detail.status, 200, JSON.stringify(detail.body));
  const search = await timed('search', () =>
    shopper.raw<{ data: Json[] }>('GET', `${s.sf}/search?q=${encodeURIComponent('kettle')}`),
  );
  assert.equal(search.status, 200, JSON.stringify(search.body));
  const cart = await timed('create cart', () =>
    shopper.raw<CartBody>('POST', `${s.sf}/cart`, { items: [{ listingId: s.listing.id, quantity: 1 }] }),
  );
  assert.equal(cart.status, 201, JSON.stringify(cart.body));
  const line = await timed('add line', () =>
    shopper.raw<CartBody>('POST', `${s.sf}/cart/${cart.body.id}/items`, {
      listingId: s.listing.id,
      quantity: 2,
    }),
  );
  assert.equal(line.status, 200, JSON.stringify(line.body));
  assert.equal(line.body.items[0]?.quantity, 3);
  return { list, detail };
}

describe('a Redis outage (kill -9, then a restart on the same port)', () => {
  test('before: reads are cached in Redis and the limits count there', async () => {
    await visit('up');
    await visit('up');
    const keys = await platformRedis().keys(`${server.config.redisPrefix}*`);
    assert.ok(
      keys.some((k) => k.includes('rl:ip')),
      'the per-IP limit counts in Redis',
    );
    assert.ok(
      keys.some((k) => k.includes('catalog:sf:')),
      'storefront reads are cached in Redis',
    );
  });

  test('during: storefront reads, search and cart writes keep succeeding; limits hold in-process', async () => {
    await redis.kill();
    await until('the client to notice', () => platformRedis().status !== 'ready');
    for (let i = 0; i < 3; i++) {
      const { list } = await visit('down');
      assert.equal(list.headers.get('x-cache'), 'BYPASS');
    }

    // A merchant edit during the outage: its cache invalidation is kept for when Redis returns.
    const renamed = await s.client.raw('PUT', `/api/inventory/products/${s.product.id}`, {
      name: 'Renamed during the outage',
    });
    assert.equal(renamed.status, 200, JSON.stringify(renamed.body));

    const ready = await fetch(`${server.url}/ready`);
    assert.equal(ready.status, 503, 'the contract: /ready is 503 while Redis does not answer');
    const readiness = (await ready.json()) as { code: string; database: boolean; redis: boolean };
    assert.deepEqual([readiness.code, readiness.database, readiness.redis], ['NOT_READY', true, false]);

    // Failed logins are still limited, by the in-process insurance limiter.
    const shopper = anonymous(server);
    const email = `outage-${Date.now()}@x.test`;
    const reg = await shopper.raw('POST', `${s.sf}/customers`, {
      email,
      password: 'right password',
      firstName: 'O',
      lastName: 'U',
    });
    assert.equal(reg.status, 201, JSON.stringify(reg.body));
    for (let i = 0; i < 10; i++) {
      const res = await shopper.raw('POST', `${s.sf}/auth/login`, { email, password: `guess ${i}` });
      assert.equal(res.status, 401);
    }
    const locked = await shopper.raw('POST', `${s.sf}/auth/login`, { email, password: 'right password' });
    assert.equal(locked.status, 429);
    // Shopper sessions are access tokens only: another shopper signs in as usual.
    const other = `outage-other-${Date.now()}@x.test`;
    await shopper.raw('POST', `${s.sf}/customers`, {
      email: other,
      password: 'pw other 123',
      firstName: 'O',
      lastName: 'T',
    });
    const signedIn = await shopper.raw('POST', `${s.sf}/auth/login`, {
      email: other,
      password: 'pw other 123',
    });
    assert.equal(signedIn.status, 200, JSON.stringify(signedIn.body));

    // Merchant sessions live in Redis: login answers 503 with Retry-After at once, never a 500.
    const login = await anonymous(server).raw('POST', '/api/auth/login', {
      email: s.email,
      password: s.password,
    });
    assert.equal(login.status, 503, JSON.stringify(login.body));
    assert.equal((login.body as { code: string }).code, 'TEMPORARILY_UNAVAILABLE');
    assert.ok(Number(login.headers.get('retry-after')) > 0);
  });

  test('after: with Redis back on the same port, caching, limits and pub/sub use it again', async () => {
    const messages: string[] = [];
    // Asked for while Redis is still away: subscribed once it is back.
    await server.platform.pubsub.subscribe('outage-test', (m) => messages.push(m));

    await redis.start();
    await until('the client to reconnect', () => platformRedis().status === 'ready');

    const { detail } = await visit('back');
    // The invalidation kept during the outage was applied: the old cached entry is not served.
    assert.match(JSON.stringify(detail.body), /Renamed during the outage/);
    // Reads are cached in Redis again (the entry is written just after the response: poll).
    const shopper = anonymous(server);
    let cache: string | null = null;
    for (let i = 0; i < 100 && cache !== 'HIT'; i++) {
      cache = (await shopper.raw('GET', `${s.sf}/products`)).headers.get('x-cache');
      if (cache !== 'HIT') await new Promise((r) => setTimeout(r, 20));
    }
    assert.equal(cache, 'HIT', 'reads are served from Redis again');
    const keys = await platformRedis().keys(`${server.config.redisPrefix}*`);
    assert.ok(keys.some((k) => k.includes('rl:ip')));
    assert.ok(keys.some((k) => k.includes('catalog:sf:')));

    const session = await anonymous(server).auth.login({ email: s.email, password: s.password });
    assert.ok(session.refreshToken, 'merchant sessions work again');
    assert.equal(((await (await fetch(`${server.url}/ready`)).json()) as { status: string }).status, 'ready');

    const outside = redis.client();
    try {
      await until('the subscription to be live', async () => {
        await outside.publish(`${server.config.redisPrefix}outage-test`, 'hello');
        return messages.length > 0;
      });
    } finally {
      outside.disconnect();
    }
    assert.equal(messages[0], 'hello');
  });
});

describe('a hung Redis (SIGSTOP: connections stay open, nothing answers), then SIGCONT', () => {
  let hung: ThrowawayRedis;
  let api: TestServer;
  before(async () => {
    hung = await ThrowawayRedis.start();
    api = await startTestServer({ redisUrl: hung.url });
  });
  after(async () => {
    hung?.thaw();
    await api?.close();
    await hung?.kill();
  });

  test('requests keep succeeding, and a change made meanwhile is not hidden by the old cache entry', async () => {
    const m = await shop(api, { price: '3.00', stock: 50 });
    const shopper = anonymous(api);
    const detailPath = `${m.sf}/products/${String(m.listing.slug)}`;
    let cache: string | null = null;
    for (let i = 0; i < 100 && cache !== 'HIT'; i++) {
      cache = (await shopper.raw('GET', detailPath)).headers.get('x-cache');
      if (cache !== 'HIT') await new Promise((r) => setTimeout(r, 20));
    }
    assert.equal(cache, 'HIT', 'the detail is cached (and stays in the frozen server)');

    hung.freeze();
    const timings: number[] = [];
    for (let i = 0; i < 8; i++) {
      const started = performance.now();
      const res = await shopper.raw<Json>('GET', detailPath);
      timings.push(performance.now() - started);
      assert.equal(res.status, 200, JSON.stringify(res.body));
    }
    record('hung product detail', timings);
    await until('the hang to be noticed', () => (api.platform.redis as Redis).status !== 'ready');
    const cart = await shopper.raw<CartBody>('POST', `${m.sf}/cart`, {
      items: [{ listingId: m.listing.id, quantity: 1 }],
    });
    assert.equal(cart.status, 201, JSON.stringify(cart.body));
    const renamed = await m.client.raw('PUT', `/api/inventory/products/${m.product.id}`, {
      name: 'Renamed while Redis hung',
    });
    assert.equal(renamed.status, 200, JSON.stringify(renamed.body));

    hung.thaw();
    await until('the client to reconnect', () => (api.platform.redis as Redis).status === 'ready');
    const after = await shopper.raw<Json>('GET', detailPath);
    assert.equal(after.status, 200);
    assert.equal(
      after.body.title,
      'Renamed while Redis hung',
      'the kept invalidation was applied on reconnect',
    );
  });
});
