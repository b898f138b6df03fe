import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { anonymous } from '../../../../test/fixtures.ts';
import { type Order, sellingShop } from '../../../../test/orders.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer({ deliveryPollMs: 40, deliveryRetryBaseMs: 40 });
});
after(() => server.close());

describe('fulfilment under concurrency and across tenants', () => {
  test('8 racing one-call fulfils of one unit each on a 3-unit order: exactly 3 ship', async () => {
    const s = await sellingShop(server);
    const placed = await s.place(3);
    const itemId = placed.items[0]?.id as string;
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        s.client.raw<Order>('POST', `${s.admin}/orders/${placed.id}/fulfill`, {
          items: [{ itemId, quantity: 1 }],
        }),
      ),
    );
    assert.equal(results.filter((r) => r.status === 200).length, 3);
    assert.ok(results.filter((r) => r.status !== 200).every((r) => r.status === 409));
    assert.deepEqual(await s.stock(), { onHand: 7, reserved: 0, allocated: 0, available: 7 });
    const order = await s.order(placed.id);
    assert.deepEqual([order.fulfillmentStatus, order.items[0]?.quantityFulfilled], ['FULFILLED', 3]);
  });

  test('a tracking number already on another package is a 409, and nothing ships', async () => {
    const s = await sellingShop(server);
    const [first, second] = [await s.place(1), await s.place(1)];
    const body = { carrier: 'UPS', trackingNumber: '1Z999AA10123456784' };
    const ok = await s.client.raw('POST', `${s.admin}/orders/${first.id}/fulfill`, body);
    assert.equal(ok.status, 200);
    const again = await s.client.raw<{ code: string }>(
      'POST',
      `${s.admin}/orders/${second.id}/fulfill`,
      body,
    );
    assert.deepEqual([again.status, again.body.code], [409, 'DUPLICATE_TRACKING_NUMBER']);
    const order = await s.order(second.id);
    assert.deepEqual([order.fulfillmentStatus, order.items[0]?.quantityFulfilled], ['UNFULFILLED', 0]);
  });

  test('racing refunds never give back more than was paid', async () => {
    const s = await sellingShop(server);
    const placed = await s.place(2); // 55.00
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        s.client.raw('POST', `${s.admin}/orders/${placed.id}/refund`, { amount: '20.00' }),
      ),
    );
    assert.equal(results.filter((r) => r.status === 200).length, 2);
    const order = await s.order(placed.id);
    assert.deepEqual(
      order.payments.map((p) => p.refundedAmount),
      ['40.00'],
    );
  });

  test("another tenant's orders, packages, returns, customers and locations are 404", async () => {
    const a = await sellingShop(server);
    const b = await sellingShop(server);
    const placed = await a.place(1);
    await a.client.call('POST', `${a.admin}/orders/${placed.id}/fulfill`);
    const pkg = (
      await a.client.call<{ data: Array<{ id: string; locationId: string }> }>(
        'GET',
        `${a.admin}/orders/${placed.id}/fulfillments`,
      )
    ).data[0];
    const paths: Array<[string, string, unknown?]> = [
      ['POST', `${b.admin}/orders/${placed.id}/fulfill`, {}],
      ['POST', `${b.admin}/orders/${placed.id}/cancel`, {}],
      ['POST', `${b.admin}/orders/${placed.id}/refund`, {}],
      ['GET', `${b.admin}/orders/${placed.id}/timeline`],
      ['GET', `${b.admin}/orders/${placed.id}/fulfillments`],
      [
        'POST',
        `${b.admin}/orders/${placed.id}/returns`,
        { items: [{ itemId: placed.items[0]?.id, quantity: 1 }] },
      ],
      ['GET', `${b.admin}/fulfillments/${pkg?.id}`],
      ['POST', `${b.admin}/fulfillments/${pkg?.id}/deliver`],
      ['GET', `${b.admin}/fulfillments/${pkg?.id}/label.pdf`],
      ['GET', `/api/inventory/locations/${pkg?.locationId}/pick-lists`],
      ['GET', `/api/inventory/locations/${pkg?.locationId}/fulfillment-queue`],
      ['GET', `${a.admin}/orders/${placed.id}/timeline`],
    ];
    for (const [method, path, body] of paths) {
      const res = await b.client.raw(method, path, body);
      assert.equal(res.status, 404, `${method} ${path}`);
    }
    const tracking = await anonymous(server).raw(
      'GET',
      `${b.sf}/orders/${placed.orderNumber}/tracking?email=ada@example.test`,
    );
    assert.equal(tracking.status, 404);
    assert.equal((await a.order(placed.id)).status, 'SHIPPED');
  });
});
