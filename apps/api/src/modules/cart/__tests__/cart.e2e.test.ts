import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { anonymous } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { address, assertProblem, type CartBody, listProduct, shop, stockOf } from '../../../../test/shop.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

describe('carts', () => {
  test('a cart line holds stock; changing and removing lines moves the hold', async () => {
    const s = await shop(server, { price: '19.99', stock: 10 });
    const shopper = anonymous(server);
    const created = await shopper.raw<CartBody>('POST', `${s.sf}/cart`, {
      items: [{ listingId: s.listing.id, quantity: 3 }],
    });
    assertProblem(created, 201);
    const cart = created.body;
    assert.equal(created.headers.get('location'), `${s.sf}/cart/${cart.id}`);
    assert.equal(cart.status, 'ACTIVE');
    assert.equal(cart.items.length, 1);
    assert.equal(cart.items[0]?.unitPrice, '19.99');
    assert.equal(cart.items[0]?.lineTotal, '59.97');
    assert.equal(cart.subtotal, '59.97');
    assert.equal(cart.totalAmount, '59.97');
    assert.deepEqual(await stockOf(s.client, s.product.id), {
      onHand: 10,
      reserved: 3,
      allocated: 0,
      available: 7,
    });

    const itemId = cart.items[0]?.id as string;
    const changed = await shopper.raw<CartBody>('PUT', `${s.sf}/cart/${cart.id}/items/${itemId}`, {
      quantity: 5,
    });
    assert.equal(changed.body.items[0]?.id, itemId, 'item ids are stable');
    assert.equal(changed.body.subtotal, '99.95');
    assert.equal((await stockOf(s.client, s.product.id)).reserved, 5);

    const added = await shopper.raw<CartBody>('POST', `${s.sf}/cart/${cart.id}/items`, {
      listingId: s.listing.id,
      quantity: 1,
    });
    assert.equal(added.body.items.length, 1, 'the same variant is one line');
    assert.equal(added.body.items[0]?.quantity, 6);

    const removed = await shopper.raw<CartBody>('DELETE', `${s.sf}/cart/${cart.id}/items/${itemId}`);
    assert.equal(removed.body.items.length, 0);
    assert.equal(removed.body.totalAmount, '0.00');
    assert.equal((await stockOf(s.client, s.product.id)).reserved, 0);
  });

  test('more than is available is 409 INSUFFICIENT_STOCK and the cart does not change', async () => {
    const s = await shop(server, { price: '5', stock: 4 });
    const shopper = anonymous(server);
    assertProblem(
      await shopper.raw('POST', `${s.sf}/cart`, { items: [{ listingId: s.listing.id, quantity: 5 }] }),
      409,
      'INSUFFICIENT_STOCK',
    );
    const cart = (
      await shopper.raw<CartBody>('POST', `${s.sf}/cart`, {
        items: [{ listingId: s.listing.id, quantity: 2 }],
      })
    ).body;
    const other = (
      await shopper.raw<CartBody>('POST', `${s.sf}/cart`, {
        items: [{ listingId: s.listing.id, quantity: 2 }],
      })
    ).body;
    assertProblem(
      await shopper.raw('POST', `${s.sf}/cart/${cart.id}/items`, { listingId: s.listing.id, quantity: 1 }),
      409,
      'INSUFFICIENT_STOCK',
    );
    const again = await shopper.raw<CartBody>('GET', `${s.sf}/cart/${cart.id}`);
    assert.equal(again.body.items[0]?.quantity, 2);
    assert.equal(other.items[0]?.quantity, 2);
    assert.equal((await stockOf(s.client, s.product.id)).available, 0);
  });

  test('an unknown coupon is 400 and changes nothing; a valid one discounts', async () => {
    const s = await shop(server, { price: '40', stock: 10 });
    await s.client.call('POST', `${s.admin}/coupons`, {
      code: 'TENOFF',
      discountType: 'PERCENTAGE',
      discountValue: '10',
    });
    const shopper = anonymous(server);
    const cart = (
      await shopper.raw<CartBody>('POST', `${s.sf}/cart`, {
        items: [{ listingId: s.listing.id, quantity: 1 }],
      })
    ).body;
    const bad = await shopper.raw('PUT', `${s.sf}/cart/${cart.id}`, {
      couponCodes: ['NOPE'],
      items: [{ listingId: s.listing.id, quantity: 3 }],
      email: 'x@example.test',
    });
    assertProblem(bad, 400);
    assert.equal((bad.body as { errors: Array<{ path: string }> }).errors[0]?.path, 'couponCodes.0');
    const unchanged = (await shopper.raw<CartBody>('GET', `${s.sf}/cart/${cart.id}`)).body;
    assert.deepEqual(
      [unchanged.items[0]?.quantity, unchanged.couponCodes, unchanged.email, unchanged.subtotal],
      [1, [], null, '40.00'],
    );
    const good = (await shopper.raw<CartBody>('PUT', `${s.sf}/cart/${cart.id}`, { couponCodes: ['tenoff'] }))
      .body;
    assert.deepEqual(good.couponCodes, ['TENOFF']);
    assert.equal(good.discountAmount, '4.00');
    assert.equal(good.totalAmount, '36.00');
  });

  test('totals to the cent: discount, shipping (free above), tax after discount incl. shipping', async () => {
    const s = await shop(server, { price: '19.99', stock: 20, weight: 500 });
    const second = await listProduct(s.client, s.store.id, {
      price: '10.01',
      stock: 20,
      weight: 250,
      taxCategory: 'food',
    });
    const ship = await s.client.call<{ id: string }>('POST', `${s.admin}/shipping-methods`, {
      name: 'By weight',
      rateCalculationType: 'WEIGHT',
      settings: {
        bands: [
          { upToGrams: 1000, price: '4.00' },
          { upToGrams: null, price: '7.50' },
        ],
      },
      freeAboveAmount: '100',
    });
    await s.client.call('POST', `${s.admin}/tax-rates`, {
      name: 'CA',
      country: 'US',
      region: 'CA',
      rate: '8.875',
      appliesToShipping: true,
    });
    await s.client.call('POST', `${s.admin}/tax-rates`, {
      name: 'CA food',
      country: 'US',
      region: 'CA',
      taxCategory: 'food',
      rate: '0',
    });
    await s.client.call('POST', `${s.admin}/coupons`, {
      code: 'FIVE',
      discountType: 'FIXED',
      discountValue: '5',
    });
    const shopper = anonymous(server);
    const cart = (
      await shopper.raw<CartBody>('POST', `${s.sf}/cart`, {
        items: [
          { listingId: s.listing.id, quantity: 2 },
          { listingId: second.listing.id, quantity: 1 },
        ],
      })
    ).body;
    assert.equal(cart.subtotal, '49.99');
    assert.equal(cart.shippingAmount, '0.00', 'no shipping before a method is chosen');
    assert.equal(cart.taxAmount, '0.00', 'no tax before an address');
    const priced = (
      await shopper.raw<CartBody>('PUT', `${s.sf}/cart/${cart.id}`, {
        couponCodes: ['FIVE'],
        shippingMethodId: ship.id,
        shippingAddress: address,
      })
    ).body;
    // weight 1250 g → 7.50; FIXED 5.00 spread 3998:1001 → 4.00 / 1.00 (largest remainder)
    // taxable goods 39.98 - 4.00 = 35.98 × 8.875 % = 3.193 → 3.19; food 0; shipping 7.50 × 8.875 % = 0.666 → 0.67
    assert.equal(priced.discountAmount, '5.00');
    assert.equal(priced.shippingAmount, '7.50');
    assert.equal(priced.taxAmount, '3.86');
    assert.equal(priced.totalAmount, '56.35');
  });

  test('save for later moves a line out of the cart and releases its hold', async () => {
    const s = await shop(server, { price: '12', stock: 5 });
    const shopper = anonymous(server);
    const cart = (
      await shopper.raw<CartBody>('POST', `${s.sf}/cart`, {
        items: [{ listingId: s.listing.id, quantity: 2 }],
      })
    ).body;
    const itemId = cart.items[0]?.id as string;
    const saved = (
      await shopper.raw<CartBody>('POST', `${s.sf}/cart/${cart.id}/items/${itemId}/save-for-later`)
    ).body;
    assert.equal(saved.items.length, 0);
    assert.equal(saved.savedItems.length, 1);
    assert.equal(saved.subtotal, '0.00');
    assert.equal((await stockOf(s.client, s.product.id)).reserved, 0);
    const savedId = saved.savedItems[0]?.id as string;
    const back = (
      await shopper.raw<CartBody>('POST', `${s.sf}/cart/${cart.id}/items/${savedId}/move-to-cart`)
    ).body;
    assert.equal(back.items[0]?.quantity, 2);
    assert.equal((await stockOf(s.client, s.product.id)).reserved, 2);
  });

  test('admin cart endpoints, and isolation between stores and tenants', async () => {
    const s = await shop(server);
    const other = await shop(server);
    const created = await s.client.raw<CartBody>('POST', `${s.admin}/carts`, {
      items: [{ listingId: s.listing.id, quantity: 1 }],
    });
    assertProblem(created, 201);
    const id = created.body.id;
    assert.equal((await s.client.raw<CartBody>('GET', `${s.admin}/carts/${id}`)).body.subtotal, '19.99');
    assertProblem(await other.client.raw('GET', `${other.admin}/carts/${id}`), 404);
    assertProblem(await anonymous(server).raw('GET', `${other.sf}/cart/${id}`), 404);
    assertProblem(await s.client.raw('PUT', `${s.admin}/carts/${id}`, { bogus: 1 }), 400);
    assertProblem(
      await anonymous(server).raw('POST', `${s.sf}/cart`, {
        items: [{ listingId: other.listing.id, quantity: 1 }],
      }),
      404,
    );
    assertProblem(
      await anonymous(server).raw('POST', `${s.sf}/cart`, {
        items: [{ listingId: s.listing.id, quantity: 0 }],
      }),
      400,
    );
    assert.equal((await s.client.raw('DELETE', `${s.admin}/carts/${id}`)).status, 204);
    assert.equal((await stockOf(s.client, s.product.id)).reserved, 0);
  });
});

describe('abandoned carts', () => {
  test('idle carts become ABANDONED once, holds lapse, the recovery link restores them, stats count them', async () => {
    const s = await shop(server, { price: '15.00', stock: 5 });
    const shopper = anonymous(server);
    const cart = (
      await shopper.raw<CartBody>('POST', `${s.sf}/cart`, {
        items: [{ listingId: s.listing.id, quantity: 2 }],
        email: 'gone@example.test',
      })
    ).body;
    const fresh = (
      await shopper.raw<CartBody>('POST', `${s.sf}/cart`, {
        items: [{ listingId: s.listing.id, quantity: 1 }],
      })
    ).body;
    const db = server.platform.db;
    await db.withPlatform((tx) =>
      sql`update carts set last_activity_at = now() - interval '2 hours' where id = ${cart.id}`.execute(tx),
    );
    const jobs = server.app.modules.cartJobs;
    assert.ok((await jobs.markAbandoned()) >= 1);
    assert.equal(await jobs.markAbandoned(), 0, 'marked once');
    assert.equal((await shopper.raw<CartBody>('GET', `${s.sf}/cart/${cart.id}`)).body.status, 'ABANDONED');
    assert.equal((await shopper.raw<CartBody>('GET', `${s.sf}/cart/${fresh.id}`)).body.status, 'ACTIVE');
    assert.equal((await stockOf(s.client, s.product.id)).reserved, 1, "the abandoned cart's hold lapsed");

    const events = await db.withPlatform((tx) =>
      sql<{
        payload: { cartId: string; recoveryToken: string };
      }>`select payload from outbox_events where topic = 'cart.abandoned'`.execute(tx),
    );
    const token = events.rows.find((e) => e.payload.cartId === cart.id)?.payload.recoveryToken as string;
    assert.ok(token && token.length >= 32);

    await db.withPlatform((tx) =>
      sql`update carts set abandoned_at = now() - interval '25 hours' where id = ${cart.id}`.execute(tx),
    );
    assert.ok((await jobs.sendReminders()) >= 1);
    assert.equal(await jobs.sendReminders(), 0, 'one reminder');
    // The recovery email and its reminder were handed to the notifications module (guests without
    // marketing consent are logged as SKIPPED there; the link carries the token).
    const emails = await s.client.call<{ data: Array<{ template: string; html?: string; status: string }> }>(
      'GET',
      `${s.admin}/notifications?to=gone@example.test`,
    );
    assert.deepEqual(
      emails.data.map((e) => e.template),
      ['abandoned_cart', 'abandoned_cart'],
    );

    assertProblem(await shopper.raw('POST', `${s.sf}/cart/recover`, { token: 'x'.repeat(48) }), 404);
    const restored = await shopper.raw<CartBody>('POST', `${s.sf}/cart/recover`, { token });
    assertProblem(restored, 200);
    assert.equal(restored.body.status, 'ACTIVE');
    assert.equal(restored.body.items[0]?.quantity, 2);
    assert.equal((await stockOf(s.client, s.product.id)).reserved, 3);
    const stats = await s.client.call<{ abandoned: number; recovered: number; abandonedValue: string }>(
      'GET',
      `${s.admin}/analytics/abandoned-carts`,
    );
    assert.deepEqual([stats.abandoned, stats.recovered, stats.abandonedValue], [1, 1, '30.00']);

    // The list the admin shows: the cart, its units and total, the reminder, the recovery.
    type Listed = { data: Array<Record<string, unknown>>; total: number };
    const list = await s.client.call<Listed>('GET', `${s.admin}/abandoned-carts`);
    assert.equal(list.total, 1);
    const [row] = list.data;
    assert.deepEqual(
      [row?.id, row?.email, row?.units, row?.total, row?.currency, row?.orderId],
      [cart.id, 'gone@example.test', 2, '30.00', 'USD', null],
    );
    assert.ok(row?.reminderSentAt && row.recoveredAt && row.abandonedAt);
    assert.equal((await s.client.call<Listed>('GET', `${s.admin}/abandoned-carts?recovered=false`)).total, 0);
    assert.equal((await s.client.call<Listed>('GET', `${s.admin}/abandoned-carts?recovered=true`)).total, 1);
    assertProblem(await s.client.raw('GET', `${s.admin}/abandoned-carts?recovered=maybe`), 400);
    assertProblem(await s.client.raw('GET', `${s.admin}/abandoned-carts?limit=0`), 400);
  });
});
