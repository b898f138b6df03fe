import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { anonymous } from '../../../../test/fixtures.ts';
import { eventually, startMailbox } from '../../../../test/mailbox.ts';
import { defaultLocationOf, type Order, type Package, sellingShop } from '../../../../test/orders.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
before(async () => {
  mailbox = await startMailbox();
  server = await startTestServer({
    smtpUrl: mailbox.url,
    deliveryPollMs: 40,
    deliveryRetryBaseMs: 40,
    storefrontUrl: 'http://{domain}:3000',
  });
});
after(async () => {
  await server.close();
  await mailbox.close();
});

type PickList = {
  totalUnits: number;
  bins: Array<{ bin: string; lines: Array<{ sku: string; quantity: number; orderNumber: string }> }>;
};

describe('the ten-step fulfilment flow', () => {
  test('placed → allocated → queued → pick list → picked by SKU → packed (QC) → label → shipped → notified → tracked', async () => {
    const s = await sellingShop(server);
    const email = `ten-${Date.now()}@example.test`;
    // (1) order placed through the contract's checkout, (2) its stock allocated
    const placed = await s.place(3, { email });
    assert.equal(placed.paymentStatus, 'PAID');
    assert.deepEqual(await s.stock(), { onHand: 10, reserved: 0, allocated: 3, available: 7 });
    const confirmation = await eventually(() => mailbox.to(email)[0], 'the order confirmation');
    assert.equal(confirmation.subject, `Order ${placed.orderNumber} confirmed`);

    // (3) into the queue of the location that holds the stock
    const location = await defaultLocationOf(s.client, String(s.product.id));
    const queue = await eventually(async () => {
      const q = await s.client.call<{ data: Array<Package & { orderNumber: string }> }>(
        'GET',
        `/api/inventory/locations/${location}/fulfillment-queue`,
      );
      return q.data.find((p) => p.orderNumber === placed.orderNumber);
    }, 'the package in the queue');
    assert.equal(queue.status, 'QUEUED');
    assert.equal(queue.items[0]?.quantity, 3);
    const pkg = `${s.admin}/fulfillments/${queue.id}`;

    // (4) pick list grouped by bin, also as a printable PDF
    const sku = String(s.product.sku);
    await s.client.call('PUT', `/api/inventory/locations/${location}/bins`, {
      assignments: [{ sku, bin: 'A-03' }],
    });
    const list = await s.client.call<PickList>('GET', `/api/inventory/locations/${location}/pick-lists`);
    assert.equal(list.bins[0]?.bin, 'A-03');
    assert.deepEqual(
      list.bins[0]?.lines.map((l) => [l.sku, l.quantity, l.orderNumber]),
      [[sku, 3, placed.orderNumber]],
    );
    const pdf = await s.client.raw<string>(
      'GET',
      `/api/inventory/locations/${location}/pick-lists?format=pdf`,
    );
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.ok(pdf.body.startsWith('%PDF'));

    // (5) picked by scanning SKUs; a wrong SKU and packing too early are refused
    const wrong = await s.client.raw('POST', `${pkg}/pick`, { sku: 'NOT-HERE' });
    assert.equal((wrong.body as { code: string }).code, 'NOT_IN_PACKAGE');
    const early = await s.client.raw('POST', `${pkg}/pack`, {});
    assert.equal(early.status, 409);
    assert.equal((early.body as { code: string }).code, 'INVALID_STATE');
    const one = await s.client.call<Package>('POST', `${pkg}/pick`, { sku: sku.toLowerCase() });
    assert.equal(one.status, 'PICKING');
    assert.equal((await s.order(placed.id)).status, 'PROCESSING');
    const over = await s.client.raw('POST', `${pkg}/pick`, { sku, quantity: 3 });
    assert.equal((over.body as { code: string }).code, 'OVER_PICK');
    const picked = await s.client.call<Package>('POST', `${pkg}/pick`, { sku, quantity: 2 });
    assert.equal(picked.status, 'PICKED');
    const emptied = await s.client.call<PickList>('GET', `/api/inventory/locations/${location}/pick-lists`);
    assert.equal(emptied.totalUnits, 0);

    // (6) packing with a quality check: a failed check keeps it PICKED, a passed one packs it
    const failed = await s.client.call<Package>('POST', `${pkg}/pack`, {
      qc: { passed: false, notes: 'dented box' },
    });
    assert.deepEqual([failed.status, failed.qcStatus], ['PICKED', 'FAILED']);
    const shipEarly = await s.client.raw('POST', `${pkg}/ship`, {});
    assert.equal(shipEarly.status, 409);
    const packed = await s.client.call<Package>('POST', `${pkg}/pack`, {
      qc: { passed: true },
      weightGrams: 1200,
    });
    assert.deepEqual([packed.status, packed.qcStatus], ['PACKED', 'PASSED']);

    // (7) a label from the built-in carrier (PDF + tracking number), then shipped
    const labelled = await s.client.call<Package>('POST', `${pkg}/label`, {});
    assert.match(labelled.trackingNumber ?? '', /^VP\d{12}$/);
    const labelPdf = await s.client.raw<string>('GET', `${pkg}/label.pdf`);
    assert.equal(labelPdf.headers.get('content-type'), 'application/pdf');
    assert.ok(labelPdf.body.startsWith('%PDF'));
    const shipped = await s.client.call<Package>('POST', `${pkg}/ship`, {});
    assert.equal(shipped.status, 'SHIPPED');

    // (8) inventory finalised: on-hand and allocated down by exactly 3
    assert.deepEqual(await s.stock(), { onHand: 7, reserved: 0, allocated: 0, available: 7 });
    const order = await s.order(placed.id);
    assert.deepEqual(
      [order.status, order.fulfillmentStatus, order.items[0]?.quantityFulfilled],
      ['SHIPPED', 'FULFILLED', 3],
    );
    assert.equal(order.fulfillments[0]?.trackingNumber, labelled.trackingNumber);

    // (9) the shopper is emailed the tracking number, over real SMTP
    const shipment = await eventually(
      () => mailbox.to(email).find((m) => /on its way/.test(m.subject)),
      'the shipment email',
    );
    assert.match(shipment.html, new RegExp(labelled.trackingNumber ?? 'x'));
    // Its link opens the store's tracking page for this order (the built-in carrier has no site).
    const trackingPage = `http://${s.store.domain}:3000/track/${placed.orderNumber}?email=${encodeURIComponent(email)}`;
    assert.ok(shipment.html.includes(`href="${trackingPage.replace(/&/g, '&#38;')}"`), shipment.html);
    assert.doesNotMatch(shipment.html, /\/tracking\//);

    // (10) the tracking page data, for the order's email only
    const tracking = await anonymous(server).call<{
      status: string;
      paymentStatus: string;
      items: Array<{ id: string; quantity: number; quantityFulfilled: number }>;
      timeline: Array<{ type: string; message: string }>;
      shipments: Array<{ trackingNumber: string; events: Array<{ status: string }> }>;
    }>(
      'GET',
      `${s.sf}/orders/${placed.orderNumber}/tracking?email=${encodeURIComponent(email.toUpperCase())}`,
    );
    assert.equal(tracking.status, 'SHIPPED');
    assert.equal(tracking.paymentStatus, 'PAID');
    assert.ok(tracking.items.every((i) => i.id && i.quantityFulfilled === i.quantity));
    // the shopper's timeline: placed and shipped, not the warehouse's internal steps
    const types = tracking.timeline.map((t) => t.type);
    assert.ok(types.includes('order.placed') && types.includes('fulfillment.shipped'), types.join());
    assert.ok(!types.some((t) => /picked|packed|label|queued/.test(t)), types.join());
    assert.equal(tracking.shipments[0]?.trackingNumber, labelled.trackingNumber);
    assert.deepEqual(
      tracking.shipments[0]?.events.map((e) => e.status),
      ['LABEL_CREATED', 'SHIPPED'],
    );
    const stranger = await anonymous(server).raw(
      'GET',
      `${s.sf}/orders/${placed.orderNumber}/tracking?email=eve@example.test`,
    );
    assert.equal(stranger.status, 404);

    // delivered: the order follows; delivering twice is an illegal transition
    await s.client.call('POST', `${pkg}/deliver`);
    assert.equal((await s.order(placed.id)).status, 'DELIVERED');
    const again = await s.client.raw('POST', `${pkg}/deliver`);
    assert.equal((again.body as { code: string }).code, 'INVALID_STATE');
    await eventually(() => mailbox.to(email).find((m) => /delivered/.test(m.subject)), 'the delivery email');

    const timeline = await s.client.call<{ data: Array<{ type: string; actor: { type: string } }> }>(
      'GET',
      `${s.admin}/orders/${placed.id}/timeline`,
    );
    assert.deepEqual(
      timeline.data.map((e) => e.type),
      [
        'order.placed',
        'fulfillment.queued',
        'order.processing',
        'fulfillment.picked',
        'fulfillment.qc_failed',
        'fulfillment.packed',
        'fulfillment.label_created',
        'fulfillment.shipped',
        'fulfillment.delivered',
      ],
    );
    assert.equal(timeline.data[0]?.actor.type, 'CUSTOMER');
    assert.equal(timeline.data[1]?.actor.type, 'SYSTEM');
    assert.equal(timeline.data[2]?.actor.type, 'STAFF');
  });

  test('one-call fulfil: partial packages with tracking, then the rest; nothing left is 409', async () => {
    const s = await sellingShop(server);
    const placed = await s.place(3);
    const itemId = placed.items[0]?.id as string;
    const first = await s.client.call<Order>('POST', `${s.admin}/orders/${placed.id}/fulfill`, {
      items: [{ itemId, quantity: 1 }],
      trackingNumber: '1Z999AA10123456784',
      carrier: 'ups',
    });
    assert.deepEqual(
      [first.status, first.fulfillmentStatus, first.items[0]?.quantityFulfilled],
      ['PROCESSING', 'PARTIALLY_FULFILLED', 1],
    );
    assert.deepEqual(await s.stock(), { onHand: 9, reserved: 0, allocated: 2, available: 7 });
    const tooMany = await s.client.raw('POST', `${s.admin}/orders/${placed.id}/fulfill`, {
      items: [{ itemId, quantity: 3 }],
    });
    assert.equal((tooMany.body as { code: string }).code, 'QUANTITY_EXCEEDS_REMAINING');
    const rest = await s.client.call<Order>('POST', `${s.admin}/orders/${placed.id}/fulfill`);
    assert.deepEqual(
      [rest.status, rest.fulfillmentStatus, rest.items[0]?.quantityFulfilled],
      ['SHIPPED', 'FULFILLED', 3],
    );
    assert.deepEqual(await s.stock(), { onHand: 7, reserved: 0, allocated: 0, available: 7 });
    const shipped = rest.fulfillments.filter((f) => f.status === 'SHIPPED');
    assert.equal(shipped.length, 2);
    assert.equal(shipped[0]?.trackingNumber, '1Z999AA10123456784');
    // Staff entered their own carrier: the email still links to the store's tracking page.
    const email = await eventually(
      () => mailbox.to('ada@example.test').find((m) => m.html.includes('1Z999AA10123456784')),
      'the shipment email of the UPS package',
    );
    assert.ok(
      email.html.includes(`http://${s.store.domain}:3000/track/${placed.orderNumber}?email=`),
      email.html,
    );
    const none = await s.client.raw('POST', `${s.admin}/orders/${placed.id}/fulfill`);
    assert.equal((none.body as { code: string }).code, 'INVALID_STATE');
    // Whatever the background queue did meanwhile, nothing is left queued for this order.
    const packages = await s.client.call<{ data: Package[] }>(
      'GET',
      `${s.admin}/orders/${placed.id}/fulfillments`,
    );
    assert.equal(packages.data.filter((p) => !['SHIPPED', 'CANCELED'].includes(p.status)).length, 0);
  });

  test('an idempotent fulfil: the same key ships once', async () => {
    const s = await sellingShop(server);
    const placed = await s.place(2);
    const headers = { 'idempotency-key': `ful-${placed.id}` };
    const a = await s.client.raw<Order>('POST', `${s.admin}/orders/${placed.id}/fulfill`, {}, { headers });
    const b = await s.client.raw<Order>('POST', `${s.admin}/orders/${placed.id}/fulfill`, {}, { headers });
    assert.equal(a.status, 200);
    assert.deepEqual(b.body, a.body);
    assert.deepEqual(await s.stock(), { onHand: 8, reserved: 0, allocated: 0, available: 8 });
  });
});
