import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { anonymous } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import type { Json } from '../../../../test/shop.ts';
import { cartJobs } from '../../cart/index.ts';
import { purgeOldEvents } from '../analytics.jobs.ts';
import { asOwner, sellingStore, utcDay } from './helpers.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const range = () => `from=${utcDay(-1)}&to=${utcDay(0)}`;
type Funnel = {
  steps: Array<{ step: string; count: number }>;
  cartToOrderRate: number;
  checkoutToOrderRate: number;
  cartAbandonmentRate: number;
  abandonment: Record<string, string | number>;
};

describe('conversion funnel and cart abandonment', () => {
  test('carts → with items → checkouts → orders; abandoned, recovered through the link and ordered', async () => {
    const s = await sellingStore(server);
    const { listing } = await s.product({ name: 'Kettle', price: '10.00', stock: 50 });
    const line = (quantity: number) => [{ listingId: listing.id, quantity }];
    const shopper = anonymous(server);
    for (const sessionId of ['session-one', 'session-two', 'session-three'])
      await shopper.events.track(s.store.domain, { sessionId, type: 'page_view', path: '/' });
    await s.order(line(1)); // 1: ordered
    const browsing = await shopper.call<Json>('POST', `${s.sf}/cart`, { items: line(1) });
    await shopper.call('PUT', `${s.sf}/cart/${browsing.id}`, { email: 'eve@example.test' }); // 2: reached checkout
    await shopper.call('POST', `${s.sf}/cart`, {}); // 3: never had items
    const comeBack = await shopper.call<Json>('POST', `${s.sf}/cart`, {
      items: line(1),
      email: 'fay@example.test',
    });
    const gone = await shopper.call<Json>('POST', `${s.sf}/cart`, { items: line(2) });
    // Both go idle past the store's 60 minutes; the cart module's job marks them abandoned.
    await asOwner(server, (db) =>
      sql`update carts set last_activity_at = now() - interval '2 hours'
           where id in (${comeBack.id}::uuid, ${gone.id}::uuid)`.execute(db.kysely),
    );
    assert.equal(await cartJobs(server.platform.db, server.app.modules.inventory).markAbandoned(), 2);
    const token = await asOwner(server, async (db) => {
      const { rows } = await sql<{
        recoveryToken: string;
      }>`select recovery_token from carts where id = ${comeBack.id}::uuid`.execute(db.kysely);
      return rows[0]?.recoveryToken as string;
    });
    await shopper.call('POST', `${s.sf}/cart/recover`, { token });
    const recovered = await shopper.raw<Json & { totalAmount: string }>('POST', `${s.sf}/checkout`, {
      cartId: comeBack.id,
      email: 'fay@example.test',
      shippingAddress: {
        firstName: 'F',
        lastName: 'Y',
        line1: '1 St',
        city: 'X',
        postalCode: '1',
        country: 'US',
      },
      shippingMethodId: s.ship.id,
      payments: [{ paymentMethodId: s.card.id, token: 'tok_visa' }],
    });
    assert.equal(recovered.status, 201, JSON.stringify(recovered.body));

    const f = await s.client.call<Funnel>('GET', `${s.admin}/analytics/funnel?${range()}`);
    assert.deepEqual(
      f.steps.map((x) => [x.step, x.count]),
      [
        ['sessions', 3],
        ['carts_created', 5],
        ['carts_with_items', 4],
        ['checkouts', 3],
        ['orders', 2],
      ],
    );
    assert.equal(f.cartToOrderRate, 0.5);
    assert.equal(f.cartAbandonmentRate, 0.5);
    assert.equal(f.checkoutToOrderRate, 0.6667);
    assert.equal(f.abandonment.abandonedCarts, 2);
    assert.equal(f.abandonment.recoveredCarts, 1);
    assert.equal(f.abandonment.recoveredAndOrdered, 1);
    assert.equal(f.abandonment.recoveredRevenue, recovered.body.totalAmount); // 10.00 + 5.00 shipping
    assert.equal(f.abandonment.recoveredRevenue, '15.00');
    assert.equal(f.abandonment.recoveryRate, 0.5);
  });
});

describe('behaviour tracking', () => {
  test('events (single and batch) feed the session funnel, most viewed and searches', async () => {
    const s = await sellingStore(server);
    const kettle = (await s.product({ name: 'Kettle', price: '10.00', stock: 50 })).listing;
    const mug = (await s.product({ name: 'Mug', price: '4.00', stock: 50 })).listing;
    const shopper = anonymous(server);
    const buyer = 'session-buyer-1';
    const res = await shopper.raw<{ accepted: number }>('POST', `${s.sf}/events`, {
      events: [
        { sessionId: buyer, type: 'page_view', path: '/', properties: { utm_source: 'newsletter' } },
        { sessionId: buyer, type: 'product_view', listingId: kettle.id },
        { sessionId: buyer, type: 'add_to_cart', listingId: kettle.id, value: '10.00' },
        { sessionId: buyer, type: 'checkout_started' },
      ],
    });
    assert.equal(res.status, 202);
    assert.equal(res.body.accepted, 4);
    await s.order([{ listingId: kettle.id, quantity: 1 }], { sessionId: buyer });
    const looker = 'session-looker-2';
    await shopper.call('POST', `${s.sf}/events`, {
      sessionId: looker,
      type: 'product_view',
      listingId: kettle.id,
    });
    await shopper.call('POST', `${s.sf}/events`, {
      sessionId: looker,
      type: 'product_view',
      listingId: mug.id,
    });
    await shopper.call('POST', `${s.sf}/events`, {
      sessionId: 'session-search-3',
      type: 'search',
      query: 'kettle',
    });
    await shopper.call('GET', `${s.sf}/products?q=kettle`);
    await shopper.call('GET', `${s.sf}/products?q=teapot`);
    await server.app.modules.catalog.flushSearches(); // searches are logged in batches

    const bad = await shopper.raw('POST', `${s.sf}/events`, { sessionId: 'x', type: 'teleport' });
    assert.equal(bad.status, 400);
    assert.equal(
      (
        await shopper.raw('POST', '/api/storefront/nope.localhost/events', {
          sessionId: buyer,
          type: 'page_view',
        })
      ).status,
      404,
    );

    const b = await s.client.call<{
      events: Array<{ type: string; events: number; sessions: number }>;
      funnel: { steps: Array<{ step: string; count: number }>; conversionRate: number };
      topViewed: Array<Record<string, unknown>>;
      searches: Array<Record<string, unknown>>;
      sources: Array<Record<string, unknown>>;
    }>('GET', `${s.admin}/analytics/behavior?${range()}`);
    assert.deepEqual(
      b.funnel.steps.map((x) => x.count),
      [3, 2, 1, 1, 1],
    );
    assert.equal(b.funnel.conversionRate, 0.3333);
    assert.deepEqual(
      b.topViewed.map((v) => [v.listingId, v.views, v.viewers, v.addToCarts, v.viewToCartRate]),
      [
        [kettle.id, 2, 2, 1, 0.5],
        [mug.id, 1, 1, 0, 0],
      ],
    );
    assert.deepEqual(
      b.events.find((e) => e.type === 'product_view'),
      { type: 'product_view', events: 3, sessions: 2 },
    );
    assert.deepEqual(b.sources, [
      { source: 'direct', sessions: 2, ordered: 0, conversionRate: 0 },
      { source: 'newsletter', sessions: 1, ordered: 1, conversionRate: 1 },
    ]);
    // Events past the retention are purged by the daily job; recent ones stay.
    await asOwner(server, (db) =>
      sql`update analytics_events set occurred_at = now() - interval '401 days'
           where session_id = 'session-search-3'`.execute(db.kysely),
    );
    assert.equal(await purgeOldEvents(server.platform.db), 1);
    assert.equal(await purgeOldEvents(server.platform.db), 0);
    assert.deepEqual(
      b.searches.map((q) => [q.query, q.searches, q.zeroResults]),
      [
        ['kettle', 1, 0],
        ['teapot', 1, 1],
      ],
    );
  });
});

describe('event tracking is under the per-IP rate limit of /api', () => {
  test('past RATE_LIMIT_PER_MINUTE, events are 429 with Retry-After', async () => {
    const limited = await startTestServer({ rateLimitPerMinute: 12 });
    try {
      const s = await sellingStore(limited); // signup, store, 2 payment methods, shipping: 5 requests
      const shopper = anonymous(limited);
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) {
        const res = await shopper.raw('POST', `${s.sf}/events`, {
          sessionId: 'session-rl-1',
          type: 'page_view',
        });
        statuses.push(res.status);
        if (res.status === 429) assert.ok(res.headers.get('retry-after'));
      }
      assert.equal(statuses[0], 202);
      assert.equal(statuses.at(-1), 429);
    } finally {
      await limited.close();
    }
  });
});
