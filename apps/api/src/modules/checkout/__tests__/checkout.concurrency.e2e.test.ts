import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { anonymous } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { address, type CartBody, type Json, shop, stockOf } from '../../../../test/shop.ts';
import { createDb } from '../../../platform/db/pool.ts';

// Holds lapse after 1 s here, so carts can be made to race at checkout itself (no holds left).
let server: TestServer;
before(async () => {
  server = await startTestServer({ cartReservationTtlSeconds: 1 });
});
after(() => server.close());

const statuses = (results: Array<{ status: number; body: unknown }>) => {
  const count: Record<string, number> = {};
  for (const r of results) {
    const key = `${r.status}${r.status >= 400 ? ` ${(r.body as { code?: string }).code}` : ''}`;
    count[key] = (count[key] ?? 0) + 1;
  }
  return count;
};

async function racingShop(price: string, stock: number) {
  const s = await shop(server, { price, stock });
  const card = await s.client.call<Json>('POST', `${s.admin}/payment-methods`, {
    name: 'Card',
    provider: 'test',
  });
  const shopper = anonymous(server);
  const checkout = (cartId: string, payments: unknown[], email = `${cartId}@example.test`) =>
    shopper.raw('POST', `${s.sf}/checkout`, { cartId, email, shippingAddress: address, payments });
  const carts = async (n: number, extra: Record<string, unknown> = {}) => {
    const made: CartBody[] = [];
    for (let i = 0; i < n; i++) {
      const cart = (
        await shopper.raw<CartBody>('POST', `${s.sf}/cart`, {
          items: [{ listingId: s.listing.id, quantity: 1 }],
        })
      ).body;
      if (Object.keys(extra).length > 0) await shopper.raw('PUT', `${s.sf}/cart/${cart.id}`, extra);
      made.push(cart);
    }
    return made;
  };
  return { ...s, card, shopper, checkout, carts };
}

async function count(tenantId: string, query: string) {
  const db = createDb(server.database.url, { max: 1 });
  try {
    return await db.withTenant(
      tenantId,
      async (tx) => (await sql.raw<{ n: number }>(query).execute(tx)).rows[0]?.n ?? 0,
    );
  } finally {
    await db.close();
  }
}

describe('checkout under concurrency (real PostgreSQL)', () => {
  test('30 carts race at checkout for 5 units: exactly 5 orders, the rest 409, nothing oversold', async () => {
    const s = await racingShop('10.00', 30);
    const carts = await s.carts(30);
    // Let the 30 holds lapse, sweep them (a big cart forces the sweep), then cut stock to 5.
    await new Promise((r) => setTimeout(r, 1500));
    const sweeper = (
      await s.shopper.raw<CartBody>('POST', `${s.sf}/cart`, {
        items: [{ listingId: s.listing.id, quantity: 30 }],
      })
    ).body;
    await s.client.call('DELETE', `${s.admin}/carts/${sweeper.id}`);
    await s.client.call('POST', `/api/inventory/products/${s.product.id}/adjustments`, {
      quantity: -25,
      reason: 'race setup',
    });
    assert.deepEqual(await stockOf(s.client, s.product.id), {
      onHand: 5,
      reserved: 0,
      allocated: 0,
      available: 5,
    });

    const results = await Promise.all(
      carts.map((c) => s.checkout(c.id, [{ paymentMethodId: s.card.id, token: 'tok_visa' }])),
    );
    assert.deepEqual(statuses(results), { '201': 5, '409 INSUFFICIENT_STOCK': 25 });
    assert.deepEqual(await stockOf(s.client, s.product.id), {
      onHand: 5,
      reserved: 0,
      allocated: 5,
      available: 0,
    });
    assert.equal(await count(s.tenantId, 'select count(*)::int as n from orders'), 5);
    assert.equal(await count(s.tenantId, 'select count(*)::int as n from payments'), 5);
    const numbers = results.flatMap((r) =>
      r.status === 201 ? [Number((r.body as { orderNumber: string }).orderNumber)] : [],
    );
    assert.deepEqual(numbers.sort(), [1001, 1002, 1003, 1004, 1005], 'order numbers are gap-free');
    // No stock row anywhere has more held + allocated than on hand.
    const broken = await count(
      s.tenantId,
      'select count(*)::int as n from stock_levels where reserved + allocated > on_hand or on_hand < 0',
    );
    assert.equal(broken, 0);
  });

  test('the same cart checked out 8 times at once becomes exactly one order', async () => {
    const s = await racingShop('10.00', 10);
    const [cart] = await s.carts(1);
    const id = (cart as CartBody).id;
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        s.checkout(id, [{ paymentMethodId: s.card.id, token: 'tok_visa' }], 'same@example.test'),
      ),
    );
    assert.deepEqual(statuses(results), { '201': 1, '409 INVALID_STATE': 7 });
    assert.equal((await stockOf(s.client, s.product.id)).allocated, 1);
  });

  test('coupon usage limit 3 holds under 12 concurrent checkouts', async () => {
    const s = await racingShop('20.00', 100);
    const coupon = await s.client.call<Json>('POST', `${s.admin}/coupons`, {
      code: 'THREE',
      discountType: 'PERCENTAGE',
      discountValue: '50',
      usageLimit: 3,
    });
    const carts = await s.carts(12, { couponCodes: ['THREE'] });
    const results = await Promise.all(
      carts.map((c) => s.checkout(c.id, [{ paymentMethodId: s.card.id, token: 'tok_visa' }])),
    );
    assert.deepEqual(statuses(results), { '201': 3, '409 COUPON_UNAVAILABLE': 9 });
    for (const r of results.filter((x) => x.status === 201))
      assert.equal((r.body as { totalAmount: string }).totalAmount, '10.00');
    const after = await s.client.call<{ usageCount: number }>('GET', `${s.admin}/coupons/${coupon.id}`);
    assert.equal(after.usageCount, 3);
    assert.equal(
      (await stockOf(s.client, s.product.id)).allocated,
      3,
      'the refused checkouts allocated nothing',
    );
  });

  test('per-customer limit 1 holds when one shopper checks out 6 carts at once', async () => {
    const s = await racingShop('20.00', 100);
    await s.client.call('POST', `${s.admin}/coupons`, {
      code: 'WELCOME',
      discountType: 'FIXED',
      discountValue: '5',
      perCustomerLimit: 1,
    });
    const carts = await s.carts(6, { couponCodes: ['WELCOME'] });
    const results = await Promise.all(
      carts.map((c) =>
        s.checkout(c.id, [{ paymentMethodId: s.card.id, token: 'tok_visa' }], 'Same.Person@example.test'),
      ),
    );
    assert.deepEqual(statuses(results), { '201': 1, '409 COUPON_LIMIT_REACHED': 5 });
  });

  test('a gift card of 50.00 paid 20.00 by 10 concurrent checkouts: exactly 2 succeed, balance never negative', async () => {
    const s = await racingShop('20.00', 100);
    const gift = await s.client.call<Json & { code: string }>('POST', `${s.admin}/gift-cards`, {
      initialBalance: '50',
    });
    const carts = await s.carts(10);
    const results = await Promise.all(
      carts.map((c) => s.checkout(c.id, [{ giftCardCode: gift.code, amount: '20' }])),
    );
    assert.deepEqual(statuses(results), { '201': 2, '402 PAYMENT_DECLINED': 8 });
    const card = await s.client.call<{ balance: string }>('GET', `${s.admin}/gift-cards/${gift.id}`);
    assert.equal(card.balance, '10.00');
    const ledger = await s.client.call<{ data: Array<{ type: string; balanceAfter: string }> }>(
      'GET',
      `${s.admin}/gift-cards/${gift.id}/transactions`,
    );
    assert.deepEqual(
      ledger.data.map((t) => t.type),
      ['ISSUE', 'REDEEM', 'REDEEM'],
    );
    assert.ok(ledger.data.every((t) => Number(t.balanceAfter) >= 0));
  });
});
