import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { anonymous, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { eventually, startMailbox } from '../../../../test/mailbox.ts';
import { type Order, sellingShop } from '../../../../test/orders.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import type { Json } from '../../../../test/shop.ts';

let server: TestServer;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
before(async () => {
  mailbox = await startMailbox();
  server = await startTestServer({ smtpUrl: mailbox.url, deliveryPollMs: 40, deliveryRetryBaseMs: 40 });
});
after(async () => {
  await server.close();
  await mailbox.close();
});

type Return = Json & {
  number: string;
  status: string;
  kind: string;
  exchangeOrderId: string | null;
  exchangeOrderNumber?: string;
};
const code = (res: { body: unknown }) => (res.body as { code: string }).code;

describe('returns and exchanges', () => {
  test('shopper asks from the account, staff approve, receive (restock 1, write off 1), refund; then an exchange from the tracking page', async () => {
    const s = await sellingShop(server);
    const email = 'returner@example.test';
    const session = await anonymous(server).account.register(s.store.domain, {
      email,
      password: 'return password',
      firstName: 'Re',
      lastName: 'Turner',
    });
    const me = anonymous(server).as(session.accessToken);
    const placed = await s.place(3, { token: session.accessToken, email });
    const itemId = placed.items[0]?.id as string;

    const early = await me.raw('POST', `${s.sf}/account/orders/${placed.orderNumber}/returns`, {
      items: [{ itemId, quantity: 1 }],
    });
    assert.equal(code(early), 'QUANTITY_EXCEEDS_RETURNABLE');
    await s.client.call('POST', `${s.admin}/orders/${placed.id}/fulfill`);
    assert.deepEqual(await s.stock(), { onHand: 7, reserved: 0, allocated: 0, available: 7 });

    const asked = await me.call<Return>('POST', `${s.sf}/account/orders/${placed.orderNumber}/returns`, {
      items: [{ itemId, quantity: 2, reason: 'too big' }],
      note: 'please',
    });
    assert.deepEqual([asked.status, asked.number], ['REQUESTED', `${placed.orderNumber}-R1`]);
    const greedy = await me.raw('POST', `${s.sf}/account/orders/${placed.orderNumber}/returns`, {
      items: [{ itemId, quantity: 2 }],
    });
    assert.equal(code(greedy), 'QUANTITY_EXCEEDS_RETURNABLE');
    const other = await anonymous(server).account.register(s.store.domain, {
      email: 'other@example.test',
      password: 'other password',
      firstName: 'O',
      lastName: 'T',
    });
    const notMine = await anonymous(server)
      .as(other.accessToken)
      .raw('POST', `${s.sf}/account/orders/${placed.orderNumber}/returns`, {
        items: [{ itemId, quantity: 1 }],
      });
    assert.equal(notMine.status, 404);

    const r = `${s.admin}/returns/${asked.id}`;
    const tooSoon = await s.client.raw('POST', `${r}/receive`, {});
    assert.equal(code(tooSoon), 'INVALID_STATE');
    await s.client.call('POST', `${r}/approve`, { note: 'send it to the depot' });
    const received = await s.client.call<Return>('POST', `${r}/receive`, {
      items: [{ itemId, restock: 1, writeOff: 1 }],
    });
    assert.equal(received.status, 'RECEIVED');
    assert.deepEqual(await s.stock(), { onHand: 8, reserved: 0, allocated: 0, available: 8 });
    const refunded = await s.client.call<Return>('POST', `${r}/refund`);
    assert.equal(refunded.status, 'REFUNDED');
    let order = await s.order(placed.id);
    assert.deepEqual([order.items[0]?.quantityReturned, order.items[0]?.quantityRefunded], [2, 2]);
    assert.deepEqual(
      order.payments.map((p) => p.refundedAmount),
      ['50.00'],
    );
    assert.equal(order.status, 'SHIPPED');
    const statuses = await eventually(() => {
      const subjects = mailbox
        .to(email)
        .map((m) => m.subject)
        .filter((x) => /return/.test(x));
      return subjects.length >= 4 ? subjects : undefined;
    }, 'four return emails');
    assert.deepEqual(
      statuses.map((x) => x.split(': ')[1]),
      ['REQUESTED', 'APPROVED', 'RECEIVED', 'REFUNDED'],
    );

    // The last unit, exchanged from the tracking page (email instead of a login).
    const wrongEmail = await anonymous(server).raw(
      'POST',
      `${s.sf}/orders/${placed.orderNumber}/returns?email=x@example.test`,
      { items: [{ itemId, quantity: 1 }] },
    );
    assert.equal(wrongEmail.status, 404);
    const swap = (
      await anonymous(server).raw<Return>(
        'POST',
        `${s.sf}/orders/${placed.orderNumber}/returns?email=${email}`,
        {
          items: [{ itemId, quantity: 1 }],
          kind: 'EXCHANGE',
        },
      )
    ).body;
    assert.equal(swap.kind, 'EXCHANGE');
    await s.client.call('POST', `${s.admin}/returns/${swap.id}/approve`);
    await s.client.call('POST', `${s.admin}/returns/${swap.id}/receive`);
    assert.deepEqual(await s.stock(), { onHand: 9, reserved: 0, allocated: 0, available: 9 });
    const exchanged = await s.client.call<Return>('POST', `${s.admin}/returns/${swap.id}/exchange`);
    assert.equal(exchanged.status, 'EXCHANGED');
    order = await s.order(placed.id);
    assert.equal(order.status, 'RETURNED');

    // The exchange order holds stock and ships through the same flow, at no charge.
    assert.deepEqual(await s.stock(), { onHand: 9, reserved: 0, allocated: 1, available: 8 });
    const replacement = await s.order(exchanged.exchangeOrderId as string);
    assert.deepEqual(
      [replacement.totalAmount, replacement.paymentStatus, replacement.customerId],
      ['0.00', 'PAID', placed.customerId],
    );
    const shipped = await s.client.call<Order>('POST', `${s.admin}/orders/${replacement.id}/fulfill`);
    assert.equal(shipped.fulfillmentStatus, 'FULFILLED');
    assert.deepEqual(await s.stock(), { onHand: 8, reserved: 0, allocated: 0, available: 8 });

    const listed = await anonymous(server).call<{ data: Return[] }>(
      'GET',
      `${s.sf}/orders/${placed.orderNumber}/returns?email=${email}`,
    );
    assert.deepEqual(
      listed.data.map((x) => x.status),
      ['REFUNDED', 'EXCHANGED'],
    );
    assert.equal('staffNote' in (listed.data[0] ?? {}), false);
  });

  test('reject: nothing moves; a rejected return frees the lines to be asked again', async () => {
    const s = await sellingShop(server);
    const placed = await s.place(1);
    await s.client.call('POST', `${s.admin}/orders/${placed.id}/fulfill`);
    const itemId = placed.items[0]?.id as string;
    const r = await s.client.call<Return>('POST', `${s.admin}/orders/${placed.id}/returns`, {
      items: [{ itemId, quantity: 1 }],
    });
    const rejected = await s.client.call<Return>('POST', `${s.admin}/returns/${r.id}/reject`, {
      note: 'worn',
    });
    assert.equal(rejected.status, 'REJECTED');
    const again = await s.client.raw('POST', `${s.admin}/returns/${r.id}/approve`, {});
    assert.equal(code(again), 'INVALID_STATE');
    assert.deepEqual(await s.stock(), { onHand: 9, reserved: 0, allocated: 0, available: 9 });
    const second = await s.client.call<Return>('POST', `${s.admin}/orders/${placed.id}/returns`, {
      items: [{ itemId, quantity: 1 }],
    });
    assert.equal(second.number, `${placed.orderNumber}-R2`);
  });

  test('receive into a chosen location: the units go back on hand there; an unknown location is a field error', async () => {
    const s = await sellingShop(server);
    const placed = await s.place(2);
    await s.client.call('POST', `${s.admin}/orders/${placed.id}/fulfill`);
    const itemId = placed.items[0]?.id as string;
    const r = await s.client.call<Return>('POST', `${s.admin}/orders/${placed.id}/returns`, {
      items: [{ itemId, quantity: 2 }],
    });
    await s.client.call('POST', `${s.admin}/returns/${r.id}/approve`, {});
    const back = await s.client.call<Json>('POST', '/api/inventory/locations', { name: 'Returns Desk' });
    const nowhere = await s.client.raw<{ errors: Array<{ path: string }> }>(
      'POST',
      `${s.admin}/returns/${r.id}/receive`,
      { locationId: '00000000-0000-4000-8000-000000000000' },
    );
    assert.equal(nowhere.status, 400);
    assert.deepEqual(
      nowhere.body.errors.map((e) => e.path),
      ['locationId'],
    );
    await s.client.call('POST', `${s.admin}/returns/${r.id}/receive`, { locationId: back.id });
    const perLocation = await s.client.call<{ data: Array<{ locationId: string; onHand: number }> }>(
      'GET',
      `/api/inventory/products/${s.product.id}/stock`,
    );
    assert.equal(perLocation.data.find((l) => l.locationId === back.id)?.onHand, 2);
    assert.deepEqual(await s.stock(), { onHand: 10, reserved: 0, allocated: 0, available: 10 });
  });
  test("staff list: newest first with the order's number and customer, filtered by status, paged; another tenant gets 404", async () => {
    const s = await sellingShop(server);
    const placed = await s.place(3, { email: 'lister@example.test' });
    await s.client.call('POST', `${s.admin}/orders/${placed.id}/fulfill`);
    const itemId = placed.items[0]?.id as string;
    const open = () =>
      s.client.call<Return>('POST', `${s.admin}/orders/${placed.id}/returns`, {
        items: [{ itemId, quantity: 1 }],
      });
    const [first, second, third] = [await open(), await open(), await open()];
    await s.client.call('POST', `${s.admin}/returns/${second?.id}/approve`, {});
    type Listed = { data: Array<Return & Record<string, unknown>>; total: number };

    const all = await s.client.call<Listed>('GET', `${s.admin}/returns`);
    assert.deepEqual(
      all.data.map((r) => [r.number, r.status]),
      [
        [third?.number, 'REQUESTED'],
        [second?.number, 'APPROVED'],
        [first?.number, 'REQUESTED'],
      ],
    );
    assert.deepEqual(
      [all.data[0]?.orderNumber, all.data[0]?.customerEmail, all.data[0]?.customerName, all.total],
      // The order's name comes from its shipping address.
      [placed.orderNumber, 'lister@example.test', 'Ada Lovelace', 3],
    );
    const approved = await s.client.call<Listed>('GET', `${s.admin}/returns?status=APPROVED`);
    assert.deepEqual([approved.total, approved.data.map((r) => r.id)], [1, [second?.id]]);
    const page = await s.client.call<Listed>('GET', `${s.admin}/returns?status=REQUESTED&limit=1&offset=1`);
    assert.deepEqual([page.total, page.data.map((r) => r.id)], [2, [first?.id]]);
    const bogus = await s.client.raw<{ errors: Array<{ path: string }> }>(
      'GET',
      `${s.admin}/returns?status=LOST`,
    );
    assert.equal(bogus.status, 400);
    assert.deepEqual(
      bogus.body.errors.map((e) => e.path),
      ['query.status'],
    );
    const stranger = await newMerchantWithStore(server);
    const theirs = await stranger.client.raw('GET', `${s.admin}/returns`);
    assert.equal(theirs.status, 404);
  });
});
