import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { type FakeStripe, startFakeStripe } from '../src/modules/payments/__tests__/fake-stripe.ts';
import { SECRET } from '../src/modules/payments/__tests__/stripe-shop.ts';
import { apiUrl, type Child, startChild } from './child-process.ts';
import { anonymous } from './fixtures.ts';
import { startThrowawayCluster, type ThrowawayCluster } from './pg-cluster.ts';
import type { TestServer } from './server.ts';
import { address, type CartBody, type Json, shop } from './shop.ts';

// A PostgreSQL restart under traffic: the API and the worker run as processes of their own (as in
// production) against a cluster of this test's own, which is stopped and started underneath them.

let cluster: ThrowawayCluster;
let stripe: FakeStripe;
let dataDir: string;
const children: Child[] = [];
before(async () => {
  cluster = await startThrowawayCluster();
  stripe = await startFakeStripe(SECRET);
  dataDir = await mkdtemp(path.join(tmpdir(), 'ventory-pgfault-data-'));
});
after(async () => {
  for (const c of children) await c.stop();
  await cluster?.destroy();
  await stripe?.close();
  await rm(dataDir, { recursive: true, force: true });
});

function start(script: 'main' | 'worker') {
  const child = startChild(script, {
    DATABASE_URL: cluster.url,
    PORT: '0',
    DATA_DIR: dataDir,
    REDIS_URL: '',
    STRIPE_API_BASE: stripe.url,
    JWT_SECRET: 'pg-restart-test-secret-0123456789abcdef',
  });
  children.push(child);
  return child;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Calls `probe` until it returns true; resolves with the milliseconds it took (or throws). */
async function until(probe: () => Promise<boolean>, limitMs = 30_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if (await probe().catch(() => false)) return Date.now() - started;
    await sleep(50);
  }
  throw new Error(`not within ${limitMs} ms`);
}

async function listenerCount() {
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  try {
    const r = await client.query<{ n: number }>(
      "select count(*)::int as n from pg_stat_activity where application_name = 'ventory-outbox-listener'",
    );
    return r.rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

describe('a PostgreSQL restart', () => {
  test('the API survives it, answers 503 while the database is away, and serves again once it is back', async () => {
    const api = start('main');
    const url = await apiUrl(api);
    const server = { url } as TestServer;
    const s = await shop(server, { price: '25.00', stock: 10 });
    const card = await s.client.call<Json>('POST', `${s.admin}/payment-methods`, {
      name: 'Stripe',
      provider: 'stripe',
      settings: { secretKey: SECRET, publishableKey: 'pk_test_x' },
    });
    const shopper = anonymous(server);
    const cart = await shopper.call<CartBody>('POST', `${s.sf}/cart`, {
      items: [{ listingId: s.listing.id, quantity: 1 }],
    });
    const cartPath = `${s.sf}/cart/${cart.id}`;

    // Light traffic all along: a storefront read every 50 ms.
    const statuses: number[] = [];
    let traffic = true;
    const load = (async () => {
      while (traffic) {
        const res = await fetch(`${url}${cartPath}`).catch(() => null);
        statuses.push(res?.status ?? 0);
        await res?.arrayBuffer();
        await sleep(50);
      }
    })();

    // A checkout holds a connection in an open transaction while the gateway thinks: the
    // restart's 57P01 reaches a checked-out client (what used to end the process).
    const gateway = stripe.holdIntents();
    const checkout = shopper.raw('POST', `${s.sf}/checkout`, {
      cartId: cart.id,
      email: 'restart@example.test',
      shippingAddress: address,
      payments: [{ paymentMethodId: card.id, token: 'pm_card_visa' }],
    });
    await gateway.arrived;
    await cluster.stop();
    await sleep(500);
    assert.ok(api.alive(), `the API died:\n${api.output()}`);

    const ready = await fetch(`${url}/ready`);
    assert.equal(ready.status, 503);
    assert.match(ready.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.equal(((await ready.json()) as { database: boolean }).database, false);
    const read = await fetch(`${url}${cartPath}`);
    assert.equal(read.status, 503, 'a route that needs the database is 503, not 500');
    assert.match(read.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.equal(((await read.json()) as { code: string }).code, 'DATABASE_UNAVAILABLE');
    assert.ok(Number(read.headers.get('retry-after')) >= 1);
    // A catalog page (shareable when it is a page) read past the cache now: a 503 that no CDN keeps.
    const page = await fetch(`${url}${s.sf}/products?q=never-asked-before`);
    assert.equal(page.status, 503);
    assert.equal(page.headers.get('cache-control'), 'no-store');
    gateway.release();
    const placed = await checkout;
    assert.equal(placed.status, 503, JSON.stringify(placed.body));
    // What the gateway took before the commit failed was given back (compensation).
    assert.ok(
      stripe.requests.some((r) => r.path.endsWith('/cancel') || r.path === '/v1/refunds'),
      stripe.requests.map((r) => r.path).join(', '),
    );

    await cluster.start();
    const tookMs = await until(async () => (await fetch(`${url}${cartPath}`)).status === 200);
    console.log(`storefront served again ${tookMs} ms after the database was back`);
    assert.ok(tookMs < 5000, `served again after ${tookMs} ms`);
    assert.equal((await fetch(`${url}/ready`)).status, 200);

    // And a plain restart under traffic (pg_ctl restart -m fast).
    await cluster.restart();
    const again = await until(async () => (await fetch(`${url}${cartPath}`)).status === 200);
    assert.ok(again < 5000, `served again after ${again} ms`);
    // The light traffic may have a request in flight from before the recovery: stop it once it too
    // has been served again, so that its last status is not a leftover 503.
    await until(async () => statuses.at(-1) === 200);
    traffic = false;
    await load;
    assert.ok(api.alive(), `the API died:\n${api.output()}`);
    assert.ok(
      statuses.every((st) => st === 200 || st === 503),
      `only 200 and 503 under the restart: ${[...new Set(statuses)]}`,
    );
    assert.ok(statuses.includes(503) && statuses.at(-1) === 200);
    // The shopper can check out again (the failed attempt left nothing behind).
    const retried = await shopper.raw<{ paymentStatus: string }>('POST', `${s.sf}/checkout`, {
      cartId: cart.id,
      email: 'restart@example.test',
      shippingAddress: address,
      payments: [{ paymentMethodId: card.id, token: 'pm_card_visa' }],
    });
    assert.equal(retried.status, 201, JSON.stringify(retried.body));
    assert.equal(retried.body.paymentStatus, 'PAID');
  });

  test('the worker survives it and its LISTEN relay reconnects', async () => {
    const worker = start('worker');
    await worker.waitFor(/Ventory worker running/);
    // The API of the first test listens too (it runs jobs); the worker adds one listener.
    await until(async () => (await listenerCount()) >= 2, 10_000);
    await cluster.restart();
    await sleep(300);
    assert.ok(worker.alive(), `the worker died:\n${worker.output()}`);
    const tookMs = await until(async () => (await listenerCount()) >= 2, 10_000);
    console.log(`listeners back ${tookMs} ms after the restart`);
    assert.ok(tookMs < 5000);
    // An event written now is delivered (published) by a relay.
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    try {
      const tenant = await client.query<{ id: string }>('select id from tenants limit 1');
      const inserted = await client.query<{ seq: string }>(
        `insert into outbox_events (tenant_id, topic, payload) values ($1, 'test.after.restart', '{}') returning seq`,
        [tenant.rows[0]?.id],
      );
      const seq = inserted.rows[0]?.seq;
      await until(async () => {
        const r = await client.query(
          'select 1 from outbox_events where seq = $1 and published_at is not null',
          [seq],
        );
        return r.rowCount === 1;
      }, 10_000);
    } finally {
      await client.end();
    }
    assert.ok(worker.alive());
    assert.doesNotMatch(worker.output(), /uncaught|unhandled 'error' event/i);
  });
});
