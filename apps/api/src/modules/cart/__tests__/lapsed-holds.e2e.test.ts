import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { anonymous } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { address, assertProblem, type CartBody, shop, stockOf } from '../../../../test/shop.ts';

let server: TestServer;
before(async () => {
  // No job runner: the once-a-minute sweep must not be what frees the holds here.
  server = await startTestServer({ cartReservationTtlSeconds: 2, runJobs: false });
});
after(() => server.close());

type Listing = { available: number; inStock: boolean; variants: Array<{ available: number }> };

/** Waits until every hold of the tenant has lapsed (by the database's clock), without sweeping. */
async function untilLapsed(tenantId: string) {
  const latest = await server.platform.db.withTenant(tenantId, (tx) =>
    sql<{ ms: number }>`select coalesce(extract(epoch from max(expires_at) - now()) * 1000, 0)::int as ms
                          from reservations`.execute(tx),
  );
  await new Promise((r) => setTimeout(r, Math.max(0, latest.rows[0]?.ms ?? 0) + 300));
}

/** The stock counter as stored (what only the sweep or a new reservation corrects). */
async function reservedCounter(tenantId: string, productId: string) {
  const row = await server.platform.db.withTenant(tenantId, (tx) =>
    sql<{ reserved: number }>`select coalesce(sum(s.reserved), 0)::int as reserved from stock_levels s
        join product_variants v on v.id = s.variant_id where v.product_id = ${productId}`.execute(tx),
  );
  return row.rows[0]?.reserved;
}

describe('lapsed cart holds', () => {
  test('stop counting at read time: storefront stock, add-to-cart and checkout see them free before any sweep', async () => {
    const s = await shop(server, { price: '10.00', stock: 2 });
    const first = anonymous(server);
    const held = await first.raw<CartBody>('POST', `${s.sf}/cart`, {
      items: [{ listingId: s.listing.id, quantity: 2 }],
    });
    assertProblem(held, 201);
    const before = await first.raw<Listing>('GET', `${s.sf}/products/${String(s.listing.slug)}`);
    assert.equal(before.body.available, 0, 'the hold counts while it lasts');
    assert.equal(before.body.inStock, false);

    await untilLapsed(s.tenantId);
    assert.equal(await reservedCounter(s.tenantId, s.product.id), 2, 'no sweep has run');
    // The storefront read (cached before the lapse) shows the stock back.
    const after = await first.raw<Listing>('GET', `${s.sf}/products/${String(s.listing.slug)}`);
    assert.equal(after.body.available, 2);
    assert.equal(after.body.inStock, true);
    assert.equal(after.body.variants[0]?.available, 2);
    assert.deepEqual(await stockOf(s.client, String(s.product.id)), {
      onHand: 2,
      reserved: 0,
      allocated: 0,
      available: 2,
    });

    // Another shopper can take the units, and check them out.
    const second = anonymous(server);
    const cart = await second.raw<CartBody>('POST', `${s.sf}/cart`, {
      items: [{ listingId: s.listing.id, quantity: 2 }],
    });
    assertProblem(cart, 201);
    const payment = await s.client.call<{ id: string }>('POST', `${s.admin}/payment-methods`, {
      name: 'Card',
      provider: 'test',
    });
    const order = await second.raw('POST', `${s.sf}/checkout`, {
      cartId: cart.body.id,
      email: 'second@example.test',
      shippingAddress: address,
      payments: [{ paymentMethodId: payment.id, token: 'tok_visa' }],
    });
    assertProblem(order, 201);
    assert.equal(
      await reservedCounter(s.tenantId, s.product.id),
      0,
      'the lapsed holds were freed on the way',
    );
  });

  test("a checkout takes stock that only other carts' lapsed holds still count", async () => {
    const s = await shop(server, { price: '10.00', stock: 1 });
    const payment = await s.client.call<{ id: string }>('POST', `${s.admin}/payment-methods`, {
      name: 'Card',
      provider: 'test',
    });
    const b = anonymous(server);
    const bCart = await b.raw<CartBody>('POST', `${s.sf}/cart`, {
      items: [{ listingId: s.listing.id, quantity: 1 }],
    });
    assertProblem(bCart, 201);
    await untilLapsed(s.tenantId);
    // C takes the unit (freeing B's lapsed hold on the way), then C's hold lapses too.
    const c = anonymous(server);
    assertProblem(
      await c.raw('POST', `${s.sf}/cart`, { items: [{ listingId: s.listing.id, quantity: 1 }] }),
      201,
    );
    await untilLapsed(s.tenantId);
    assert.equal(await reservedCounter(s.tenantId, s.product.id), 1, "C's lapsed hold is still counted");
    // B, whose hold is gone, checks out: the allocation frees C's lapsed hold instead of refusing.
    const order = await b.raw<{ status: string }>('POST', `${s.sf}/checkout`, {
      cartId: bCart.body.id,
      email: 'b@example.test',
      shippingAddress: address,
      payments: [{ paymentMethodId: payment.id, token: 'tok_visa' }],
    });
    assertProblem(order, 201);
    assert.deepEqual(await stockOf(s.client, String(s.product.id)), {
      onHand: 1,
      reserved: 0,
      allocated: 1,
      available: 0,
    });
  });
});
