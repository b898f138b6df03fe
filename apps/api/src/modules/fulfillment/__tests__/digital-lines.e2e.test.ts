import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { anonymous, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { eventually } from '../../../../test/mailbox.ts';
import { defaultLocationOf, type Order, type Package } from '../../../../test/orders.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { address, type Json, listProduct } from '../../../../test/shop.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer({ deliveryPollMs: 40, deliveryRetryBaseMs: 40 });
});
after(async () => {
  await server.close();
});

type PickList = { totalUnits: number; bins: Array<{ lines: Array<{ orderNumber: string }> }> };
type Queue = { data: Array<Package & { orderNumber: string }> };

/** A store selling a 10.00 download (DIGITAL), a 25.00 gift card and a 25.00 kettle. */
async function digitalShop() {
  const m = await newMerchantWithStore(server, 'Downloads');
  const admin = `/api/stores/${m.store.id}`;
  const listDigital = async (sku: string, price: string, attributes?: Record<string, unknown>) => {
    const product = await m.client.call<Json>('POST', '/api/inventory/products', {
      sku: `${sku}-${m.store.id.slice(0, 8)}`,
      name: sku,
      price,
      type: 'DIGITAL',
      ...(attributes ? { attributes } : {}),
    });
    return m.client.call<Json>('POST', `${admin}/products`, { productId: product.id });
  };
  const ebook = await listDigital('EBOOK', '10.00');
  const gift = await listDigital('GIFT', '25.00', { giftCard: true });
  const kettle = await listProduct(m.client, m.store.id, { price: '25.00', stock: 10 });
  const card = await m.client.call<Json>('POST', `${admin}/payment-methods`, {
    name: 'Card',
    provider: 'test',
  });
  const manual = await m.client.call<Json>('POST', `${admin}/payment-methods`, {
    name: 'Bank transfer',
    provider: 'manual',
  });
  const sf = `/api/storefront/${m.store.domain}`;
  async function place(listingIds: string[], opts: { manual?: boolean; address?: boolean } = {}) {
    const shopper = anonymous(server);
    const cart = await shopper.call<Json>('POST', `${sf}/cart`, {
      items: listingIds.map((listingId) => ({ listingId, quantity: 1 })),
    });
    const res = await shopper.raw<Order>('POST', `${sf}/checkout`, {
      cartId: cart.id,
      email: 'reader@example.test',
      ...(opts.address ? { shippingAddress: address } : {}),
      payments: [
        opts.manual ? { paymentMethodId: manual.id } : { paymentMethodId: card.id, token: 'tok_visa' },
      ],
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body;
  }
  const order = (id: string) => m.client.call<Order>('GET', `${admin}/orders/${id}`);
  const location = await defaultLocationOf(m.client, String(kettle.product.id));
  const queued = async (orderNumber: string) =>
    (await m.client.call<Queue>('GET', `/api/inventory/locations/${location}/fulfillment-queue`)).data.filter(
      (p) => p.orderNumber === orderNumber,
    );
  const picking = async (orderNumber: string) =>
    (await m.client.call<PickList>('GET', `/api/inventory/locations/${location}/pick-lists`)).bins.flatMap(
      (b) => b.lines.filter((l) => l.orderNumber === orderNumber),
    );
  return { ...m, admin, ebook, gift, kettle, place, order, queued, picking };
}

/** Waits until every consumer has handled the order's events. */
async function settled(tenantId: string, orderId: string) {
  await eventually(async () => {
    const { rows } = await server.platform.db.withTenant(tenantId, (tx) =>
      sql<{ n: number }>`select count(*)::int as n from outbox_events o
        where o.payload->>'orderId' = ${orderId} and (o.published_at is null or exists (
          select 1 from event_deliveries d where d.event_id = o.id and d.status <> 'DONE'))`.execute(tx),
    );
    return rows[0]?.n === 0;
  }, 'the order events handled');
}

describe('DIGITAL order lines', () => {
  test('an all-digital paid order is FULFILLED without a package, nothing queued or to pick', async () => {
    const s = await digitalShop();
    const placed = await s.place([s.ebook.id, s.gift.id]);
    assert.equal(placed.paymentStatus, 'PAID');
    const done = await eventually(async () => {
      const o = await s.order(placed.id);
      return o.fulfillmentStatus === 'FULFILLED' ? o : undefined;
    }, 'the order fulfilled');
    await settled(s.tenantId, placed.id);
    const order = await s.order(placed.id);
    assert.equal(done.status, 'SHIPPED');
    assert.deepEqual(
      order.items.map((i) => [i.quantity, i.quantityFulfilled]),
      [
        [1, 1],
        [1, 1],
      ],
    );
    assert.deepEqual(order.fulfillments, []);
    assert.deepEqual(await s.queued(placed.orderNumber), []);
    assert.deepEqual(await s.picking(placed.orderNumber), []);
    const packages = await s.client.call<{ data: Package[] }>(
      'GET',
      `${s.admin}/orders/${placed.id}/fulfillments`,
    );
    assert.deepEqual(packages.data, []);
  });

  test('an unpaid digital order stays UNFULFILLED until it is paid', async () => {
    const s = await digitalShop();
    const placed = await s.place([s.ebook.id], { manual: true });
    assert.equal(placed.paymentStatus, 'PENDING');
    await settled(s.tenantId, placed.id);
    const unpaid = await s.order(placed.id);
    assert.deepEqual([unpaid.status, unpaid.fulfillmentStatus], ['PENDING', 'UNFULFILLED']);
    assert.deepEqual(await s.queued(placed.orderNumber), []);
    await s.client.call('PUT', `${s.admin}/orders/${placed.id}`, { paymentStatus: 'PAID' });
    const paid = await eventually(async () => {
      const o = await s.order(placed.id);
      return o.fulfillmentStatus === 'FULFILLED' ? o : undefined;
    }, 'the order fulfilled once paid');
    assert.equal(paid.status, 'SHIPPED');
  });

  test('a mixed order queues only the physical line and is FULFILLED once that package ships', async () => {
    const s = await digitalShop();
    const placed = await s.place([s.ebook.id, String(s.kettle.listing.id)], { address: true });
    const [pkg] = await eventually(async () => {
      const q = await s.queued(placed.orderNumber);
      return q.length > 0 ? q : undefined;
    }, 'the package in the queue');
    await settled(s.tenantId, placed.id);
    assert.ok(pkg);
    assert.equal((await s.queued(placed.orderNumber)).length, 1);
    assert.deepEqual(
      pkg.items.map((i) => [i.sku, i.quantity]),
      [[String(s.kettle.product.sku), 1]],
    );
    const partial = await s.order(placed.id);
    assert.deepEqual([partial.status, partial.fulfillmentStatus], ['PROCESSING', 'PARTIALLY_FULFILLED']);
    const ebookLine = partial.items.find((i) => i.sku !== s.kettle.product.sku);
    assert.equal(ebookLine?.quantityFulfilled, 1);

    const path = `${s.admin}/fulfillments/${pkg.id}`;
    await s.client.call('POST', `${path}/pick`, { all: true });
    await s.client.call('POST', `${path}/pack`, {});
    await s.client.call('POST', `${path}/ship`, {});
    const shipped = await s.order(placed.id);
    assert.deepEqual([shipped.status, shipped.fulfillmentStatus], ['SHIPPED', 'FULFILLED']);
    assert.deepEqual(
      shipped.items.map((i) => i.quantityFulfilled),
      [1, 1],
    );
  });
});
