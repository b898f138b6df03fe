import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { anonymous, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import type { Json } from '../../../../test/shop.ts';
import { asOwner, sellingStore, utcDay } from './helpers.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

type Figures = Record<string, string | number>;
type Sales = { currency: string; totals: Figures; series: Array<Figures & { period: string }> };
type Rows = { data: Array<Record<string, unknown>> };

/**
 * One store's history, placed through the real checkout: three paid orders (one of them two days
 * ago), a declined card (no order), a manual order canceled unpaid (does not count), a 10.00
 * refund, and a shipment 6 hours after its order.
 */
async function history() {
  const s = await sellingStore(server);
  const kitchen = await s.client.call<Json>('POST', `${s.admin}/categories`, { name: 'Kitchen' });
  const a = await s.product({
    name: 'Kettle',
    price: '25.00',
    cost: '10.00',
    stock: 20,
    categoryIds: [kitchen.id],
  });
  const b = await s.product({ name: 'Mug', price: '8.00', cost: '3.00', stock: 20 });
  const A = a.listing.id;
  const B = b.listing.id;
  const o1 = await s.order([
    { listingId: A, quantity: 2 },
    { listingId: B, quantity: 1 },
  ]); // 58 + 5 = 63.00
  const o2 = await s.order([{ listingId: A, quantity: 1 }]); // 25 + 5 = 30.00
  const o3 = await s.order([{ listingId: B, quantity: 3 }], { email: 'bob@example.test' }); // 24 + 5 = 29.00
  assert.equal(o1.totalAmount, '63.00');
  const declined = await s.place([{ listingId: A, quantity: 1 }], { token: 'tok_declined' });
  assert.equal(declined.res.status, 402);
  const unpaid = await s.order([{ listingId: A, quantity: 1 }], { manual: true, email: 'carl@example.test' });
  await s.client.call('POST', `${s.admin}/orders/${unpaid.id}/cancel`, {});
  await s.client.call('POST', `${s.admin}/orders/${o2.id}/refund`, { amount: '10.00' });
  await s.client.call('POST', `${s.admin}/orders/${o1.id}/fulfill`, {});
  const twoDaysAgoNoon = `${utcDay(-2)}T12:00:00Z`;
  await asOwner(server, async (db) => {
    await sql`update orders set created_at = ${twoDaysAgoNoon}::timestamptz where id = ${o3.id}::uuid`.execute(
      db.kysely,
    );
    await sql`update fulfillments f set shipped_at = o.created_at + interval '6 hours'
                from orders o where o.id = f.order_id and o.id = ${o1.id}::uuid`.execute(db.kysely);
  });
  return { ...s, A, B, a, b, kitchen, o1, o2, o3 };
}

describe('sales analytics', () => {
  let h: Awaited<ReturnType<typeof history>>;
  const range = `from=${utcDay(-3)}&to=${utcDay(0)}`;
  before(async () => {
    h = await history();
  });

  test('totals and the daily series, to the cent', async () => {
    const r = await h.client.analytics.sales(h.store.id, {
      from: utcDay(-3),
      to: utcDay(0),
      interval: 'day',
    });
    assert.equal(r.currency, 'USD');
    assert.deepEqual(r.totals, {
      orders: 3,
      units: 7,
      refundedUnits: 0,
      grossSales: '107.00',
      discounts: '0.00',
      netSales: '107.00',
      shipping: '15.00',
      tax: '0.00',
      totalRevenue: '122.00',
      refunds: '10.00',
      refundCount: 1,
      netRevenue: '112.00',
      averageOrderValue: '40.67',
      averageUnitsPerOrder: 2.33,
      costOfGoods: '42.00', // 3 kettles × 10.00 + 4 mugs × 3.00
      grossProfit: '65.00',
      grossMargin: 0.6075,
      unitsWithoutCost: 0,
    });
    assert.deepEqual(
      r.series.map((p) => [p.period.slice(0, 10), p.orders, p.totalRevenue, p.refunds, p.units]),
      [
        [utcDay(-3), 0, '0.00', '0.00', 0],
        [utcDay(-2), 1, '29.00', '0.00', 3],
        [utcDay(-1), 0, '0.00', '0.00', 0],
        [utcDay(0), 2, '93.00', '10.00', 4],
      ],
    );
    const monthly = await h.client.call<Sales>('GET', `${h.admin}/analytics/sales?${range}&interval=month`);
    assert.equal(monthly.series.length, utcDay(-3).slice(0, 7) === utcDay(0).slice(0, 7) ? 1 : 2);
    assert.equal(
      monthly.series.reduce((n, p) => n + Number(p.orders), 0),
      3,
    );
  });

  test('by listing and by category, with cost and profit', async () => {
    const products = await h.client.call<Rows>('GET', `${h.admin}/analytics/sales/products?${range}`);
    assert.deepEqual(
      products.data.map((p) => [p.listingId, p.units, p.orders, p.netSales, p.costOfGoods, p.grossProfit]),
      [
        [h.A, 3, 2, '75.00', '30.00', '45.00'],
        [h.B, 4, 2, '32.00', '12.00', '20.00'],
      ],
    );
    const categories = await h.client.call<Rows>('GET', `${h.admin}/analytics/sales/categories?${range}`);
    assert.deepEqual(
      categories.data.map((c) => [c.categoryId, c.name, c.units, c.netSales, c.grossProfit]),
      [
        [h.kitchen.id, 'Kitchen', 3, '75.00', '45.00'],
        [null, null, 4, '32.00', '20.00'],
      ],
    );
  });

  test('tenant-wide: by store (a second store without sales) and per product', async () => {
    await h.client.stores.create({ name: 'Second', domain: `second-${h.store.id.slice(0, 8)}.localhost` });
    const r = await h.client.call<{ stores: Array<Figures>; totals: Array<Figures> }>(
      'GET',
      `/api/analytics/sales?${range}`,
    );
    assert.deepEqual(
      r.stores.map((s) => [s.storeName, s.orders, s.totalRevenue, s.netRevenue]),
      [
        ['Analytics Store', 3, '122.00', '112.00'],
        ['Second', 0, '0.00', '0.00'],
      ],
    );
    assert.deepEqual(
      r.totals.map((t) => [t.currency, t.orders, t.grossProfit]),
      [['USD', 3, '65.00']],
    );
    const products = await h.client.call<Rows>('GET', `/api/analytics/sales/products?${range}`);
    assert.deepEqual(
      products.data.map((p) => [p.productId, p.units]),
      [
        [h.a.product.id, 3],
        [h.b.product.id, 4],
      ],
    );
  });

  test('customers: new, repeat, lifetime value; affinity; fulfilment; inventory velocity', async () => {
    const c = await h.client.call<Record<string, unknown> & { topCustomers: Figures[]; lifetime: Figures }>(
      'GET',
      `${h.admin}/analytics/customers?${range}`,
    );
    assert.equal(c.buyers, 2);
    assert.equal(c.newBuyers, 2);
    assert.equal(c.repeatBuyers, 1);
    assert.equal(c.repeatRate, 0.5);
    assert.deepEqual(c.lifetime, {
      customers: 2,
      orders: 3,
      netRevenue: '112.00',
      averageLifetimeValue: '56.00',
      averageOrderValue: '37.33',
      purchaseFrequency: 1.5,
    });
    assert.deepEqual(
      c.topCustomers.map((t) => [t.email, t.orders, t.lifetimeValue]),
      [
        ['ada@example.test', 2, '83.00'],
        ['bob@example.test', 1, '29.00'],
      ],
    );
    // Cohorts by day of the first order: bob's (day −2) has not ordered since; ada's is today.
    assert.deepEqual(c.cohorts, [
      { period: `${utcDay(-2)}T00:00:00.000Z`, buyers: 1, active: [1, 0, 0] },
      { period: `${utcDay(0)}T00:00:00.000Z`, buyers: 1, active: [1] },
    ]);
    // Over today and yesterday: bob bought in the 2 days before (days −3…−2), not since; ada is new.
    const recent = await h.client.analytics.customers(h.store.id, { from: utcDay(-1), to: utcDay(0) });
    assert.deepEqual(
      [recent.buyers, recent.newBuyers, recent.retention],
      [1, 1, { previousBuyers: 1, retained: 0, rate: 0 }],
    );
    const pairs = await h.client.call<Rows>('GET', `${h.admin}/analytics/affinity?${range}`);
    assert.equal(pairs.data.length, 1);
    assert.deepEqual(
      { ...pairs.data[0], listingA: undefined, listingB: undefined },
      {
        listingA: undefined,
        listingB: undefined,
        orders: 1,
        support: 0.3333,
        confidenceAtoB: 0.5,
        confidenceBtoA: 0.5,
        lift: 0.75,
      },
    );
    const f = await h.client.call<Figures>('GET', `${h.admin}/analytics/fulfillment?${range}`);
    assert.equal(f.orders, 3);
    assert.equal(f.shippedOrders, 1);
    assert.equal(f.avgHoursToShip, 6);
    assert.equal(f.shippedWithin24h, 1);
    const inv = await h.client.call<Rows>('GET', `/api/analytics/inventory?${range}`);
    const kettle = inv.data.find((p) => p.productId === h.a.product.id);
    // 3 sold in 4 days; 20 received in the range, 2 shipped with order 1; 1 allocated to order 2
    // and 1 still held by the declined shopper's cart (it stays usable)
    assert.deepEqual(
      kettle && [
        kettle.unitsSold,
        kettle.unitsPerDay,
        kettle.onHandAtStart,
        kettle.onHandAtEnd,
        kettle.available,
      ],
      [3, 0.75, 0, 18, 16],
    );
  });

  test('revenue forecast: the least-squares line through daily revenue, extended', async () => {
    // daily revenue 0, 29.00, 0, 93.00 → slope 25.00/day, intercept −7.00 → 93.00, 118.00
    const f = await h.client.analytics.forecast(h.store.id, { from: utcDay(-3), to: utcDay(0), horizon: 2 });
    assert.equal(f.slopePerDay, '25.00');
    assert.deepEqual(f.history, [
      { day: utcDay(-3), revenue: '0.00' },
      { day: utcDay(-2), revenue: '29.00' },
      { day: utcDay(-1), revenue: '0.00' },
      { day: utcDay(0), revenue: '93.00' },
    ]);
    assert.deepEqual(f.forecast, [
      { day: utcDay(1), revenue: '93.00' },
      { day: utcDay(2), revenue: '118.00' },
    ]);
    assert.equal(f.forecastTotal, '211.00');
  });

  test('a guest who registers later is one buyer across both orders', async () => {
    const s = await sellingStore(server);
    const { listing } = await s.product({ name: 'Kettle', price: '10.00', stock: 10 });
    await s.order([{ listingId: listing.id, quantity: 1 }], { email: 'gus@example.test' });
    const reg = await anonymous(server).call<{ customer: Json; accessToken: string }>(
      'POST',
      `${s.sf}/customers`,
      { email: 'gus@example.test', password: 'correct horse battery', firstName: 'Gus', lastName: 'G' },
    );
    await s.order([{ listingId: listing.id, quantity: 2 }], {
      email: 'gus@example.test',
      shopperToken: reg.accessToken,
    });
    const c = await s.client.analytics.customers(s.store.id, { from: utcDay(-1), to: utcDay(0) });
    assert.deepEqual([c.buyers, c.newBuyers, c.repeatBuyers], [1, 1, 1]);
    assert.deepEqual(
      c.topCustomers.map((t) => [t.customerId, t.orders, t.lifetimeValue]),
      [[reg.customer.id, 2, '40.00']],
    );
  });

  test('another tenant sees none of it, and the store is 404 to them', async () => {
    const other = await newMerchantWithStore(server, 'Other');
    const r = await other.client.call<{ stores: Figures[] }>('GET', `/api/analytics/sales?${range}`);
    assert.deepEqual(
      r.stores.map((s) => s.orders),
      [0],
    );
    const res = await other.client.raw('GET', `${h.admin}/analytics/sales?${range}`);
    assert.equal(res.status, 404);
    const bad = await h.client.raw<{ errors: Array<{ path: string }> }>(
      'GET',
      `${h.admin}/analytics/sales?from=2026-13-01&interval=hour`,
    );
    assert.equal(bad.status, 400);
  });

  test('GraphQL SalesReport and CustomerReport give the same figures', async () => {
    const res = await h.client.call<{ data: { salesReport: { totals: Figures; series: unknown[] } } }>(
      'POST',
      '/graphql',
      {
        query: `query($s: ID!, $f: String, $t: String) {
          salesReport(storeId: $s, from: $f, to: $t, interval: day) { currency totals { orders totalRevenue grossProfit averageOrderValue } series { period orders } }
          customerReport(storeId: $s, from: $f, to: $t) { buyers repeatRate lifetime { averageLifetimeValue } }
          revenueForecast(storeId: $s, from: $f, to: $t, horizon: 1)
        }`,
        variables: { s: h.store.id, f: utcDay(-3), t: utcDay(0) },
      },
    );
    assert.deepEqual(res.data.salesReport.totals, {
      orders: 3,
      totalRevenue: '122.00',
      grossProfit: '65.00',
      averageOrderValue: '40.67',
    });
    assert.equal(res.data.salesReport.series.length, 4);
    assert.equal(
      (res.data as unknown as { revenueForecast: { forecastTotal: string } }).revenueForecast.forecastTotal,
      '93.00',
    );
    const other = await newMerchantWithStore(server, 'Other');
    const foreign = await other.client.call<{ data: null; errors: Array<{ extensions: { code: string } }> }>(
      'POST',
      '/graphql',
      { query: 'query($s: ID!) { salesReport(storeId: $s) { currency } }', variables: { s: h.store.id } },
    );
    assert.equal(foreign.errors[0]?.extensions.code, 'NOT_FOUND');
  });
});
