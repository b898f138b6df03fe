import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { anonymous } from '../../../../test/fixtures.ts';
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

const code = (res: { body: unknown }) => (res.body as { code: string }).code;

describe('cancellations', () => {
  test('cancel releases the allocation and refunds the card in full; then every move is 409', async () => {
    const s = await sellingShop(server);
    const placed = await s.place(2, { email: 'cancel@example.test' });
    assert.equal(placed.totalAmount, '55.00');
    assert.deepEqual(await s.stock(), { onHand: 10, reserved: 0, allocated: 2, available: 8 });
    const canceled = await s.client.call<Order>('POST', `${s.admin}/orders/${placed.id}/cancel`, {
      reason: 'changed mind',
    });
    assert.deepEqual([canceled.status, canceled.paymentStatus], ['CANCELED', 'REFUNDED']);
    assert.deepEqual(
      canceled.payments.map((p) => [p.status, p.refundedAmount]),
      [['REFUNDED', '55.00']],
    );
    assert.deepEqual(
      canceled.refunds.map((r) => r.amount),
      ['55.00'],
    );
    assert.deepEqual(await s.stock(), { onHand: 10, reserved: 0, allocated: 0, available: 10 });
    for (const action of ['cancel', 'fulfill', 'refund']) {
      const res = await s.client.raw('POST', `${s.admin}/orders/${placed.id}/${action}`, {});
      assert.equal(res.status, 409, action);
      assert.equal(code(res), 'INVALID_STATE');
    }
    await eventually(
      () => mailbox.to('cancel@example.test').find((m) => /canceled/.test(m.subject)),
      'the cancellation email',
    );
    // Nothing stays queued for the warehouse.
    const packages = await s.client.call<{ data: Array<{ status: string }> }>(
      'GET',
      `${s.admin}/orders/${placed.id}/fulfillments`,
    );
    assert.ok(packages.data.every((p) => p.status === 'CANCELED'));
  });

  test('an order with shipped lines cannot be canceled (refund it instead)', async () => {
    const s = await sellingShop(server);
    const placed = await s.place(2);
    await s.client.call('POST', `${s.admin}/orders/${placed.id}/fulfill`, {
      items: [{ itemId: placed.items[0]?.id, quantity: 1 }],
    });
    const res = await s.client.raw('POST', `${s.admin}/orders/${placed.id}/cancel`, {});
    assert.equal(res.status, 409);
    assert.equal(code(res), 'INVALID_STATE');
    assert.deepEqual(await s.stock(), { onHand: 9, reserved: 0, allocated: 1, available: 8 });
  });
});

describe('refunds to the original payments', () => {
  test('split gift card + card: by amount (latest payment first), by line with restock, then the rest; exact to the cent', async () => {
    const s = await sellingShop(server);
    const gift = await s.client.call<Json & { code: string }>('POST', `${s.admin}/gift-cards`, {
      initialBalance: '50.00',
    });
    const placed = await s.place(2, {
      payments: [
        { giftCardCode: gift.code, amount: '20.00' },
        { paymentMethodId: s.card.id, token: 'tok_visa', amount: '35.00' },
      ],
    });
    assert.equal(placed.paymentStatus, 'PAID');
    const balance = async () =>
      (await s.client.call<{ balance: string }>('GET', `${s.admin}/gift-cards/${gift.id}`)).balance;
    assert.equal(await balance(), '30.00');
    await s.client.call('POST', `${s.admin}/orders/${placed.id}/fulfill`);
    assert.deepEqual(await s.stock(), { onHand: 8, reserved: 0, allocated: 0, available: 8 });

    const tooMuch = await s.client.raw('POST', `${s.admin}/orders/${placed.id}/refund`, { amount: '55.01' });
    assert.equal(tooMuch.status, 409);
    assert.equal(code(tooMuch), 'REFUND_EXCEEDS_PAID');

    const first = await s.client.call<Order>('POST', `${s.admin}/orders/${placed.id}/refund`, {
      amount: '20.00',
      reason: 'late',
    });
    const byProvider = (o: Order) =>
      Object.fromEntries(o.payments.map((p) => [p.provider, [p.status, p.refundedAmount]]));
    assert.deepEqual(byProvider(first), {
      gift_card: ['CAPTURED', '0.00'],
      test: ['PARTIALLY_REFUNDED', '20.00'],
    });
    assert.equal(first.paymentStatus, 'PAID');
    assert.equal(await balance(), '30.00');

    // One unit back on the shelf: its share of the line (25.00): the card's last 15.00, then 10.00 to the gift card.
    const second = await s.client.call<Order>('POST', `${s.admin}/orders/${placed.id}/refund`, {
      items: [{ itemId: placed.items[0]?.id, quantity: 1 }],
      restock: true,
    });
    assert.equal(second.items[0]?.quantityRefunded, 1);
    assert.deepEqual(byProvider(second), {
      gift_card: ['PARTIALLY_REFUNDED', '10.00'],
      test: ['REFUNDED', '35.00'],
    });
    assert.equal(await balance(), '40.00');
    assert.deepEqual(await s.stock(), { onHand: 9, reserved: 0, allocated: 0, available: 9 });
    assert.equal(second.fulfillmentStatus, 'FULFILLED');

    const rest = await s.client.call<Order>('POST', `${s.admin}/orders/${placed.id}/refund`, {});
    assert.deepEqual(byProvider(rest), { gift_card: ['REFUNDED', '20.00'], test: ['REFUNDED', '35.00'] });
    assert.equal(rest.paymentStatus, 'REFUNDED');
    assert.deepEqual(
      rest.refunds.map((r) => r.amount),
      ['20.00', '25.00', '10.00'],
    );
    assert.equal(await balance(), '50.00');
    // The rest refunded the other unit's money but put nothing back on the shelf (restock not asked).
    assert.deepEqual(await s.stock(), { onHand: 9, reserved: 0, allocated: 0, available: 9 });
    const nothing = await s.client.raw('POST', `${s.admin}/orders/${placed.id}/refund`, {});
    assert.equal(code(nothing), 'INVALID_STATE');
  });

  test('refunding unshipped lines releases their allocation and shrinks what is left to ship', async () => {
    const s = await sellingShop(server);
    const placed = await s.place(3);
    const itemId = placed.items[0]?.id as string;
    const refunded = await s.client.call<Order>('POST', `${s.admin}/orders/${placed.id}/refund`, {
      items: [{ itemId, quantity: 1 }],
    });
    assert.deepEqual(
      refunded.payments.map((p) => p.refundedAmount),
      ['25.00'],
    );
    assert.deepEqual(await s.stock(), { onHand: 10, reserved: 0, allocated: 2, available: 8 });
    const shipped = await s.client.call<Order>('POST', `${s.admin}/orders/${placed.id}/fulfill`);
    assert.deepEqual(
      [shipped.status, shipped.fulfillmentStatus, shipped.items[0]?.quantityFulfilled],
      ['SHIPPED', 'FULFILLED', 2],
    );
    assert.deepEqual(await s.stock(), { onHand: 8, reserved: 0, allocated: 0, available: 8 });
    const refundMail = await eventually(
      () => mailbox.to('ada@example.test').find((m) => /Refund of 25\.00/.test(m.subject)),
      'the refund email',
    );
    assert.match(refundMail.subject, new RegExp(placed.orderNumber));
  });

  test('line shares add up exactly: three refunds of one unit of a 3-unit line give back the whole line', async () => {
    const s = await sellingShop(server);
    // Uneven shares (e.g. 10.00 over 3 units) are covered by the unit test of lineShare.
    const placed = await s.place(3);
    const itemId = placed.items[0]?.id as string;
    let last: Order | undefined;
    for (let i = 0; i < 3; i++)
      last = await s.client.call<Order>('POST', `${s.admin}/orders/${placed.id}/refund`, {
        items: [{ itemId, quantity: 1 }],
      });
    assert.equal(last?.items[0]?.quantityRefunded, 3);
    assert.deepEqual(
      last?.payments.map((p) => p.refundedAmount),
      ['75.00'],
    );
    assert.equal(last?.paymentStatus, 'PAID');
    const over = await s.client.raw('POST', `${s.admin}/orders/${placed.id}/refund`, {
      items: [{ itemId, quantity: 1 }],
    });
    assert.equal(code(over), 'QUANTITY_EXCEEDS_REMAINING');
    assert.deepEqual(await s.stock(), { onHand: 10, reserved: 0, allocated: 0, available: 10 });
  });
});

describe('customer counters and order history', () => {
  test('orderCount, totalSpent and lastOrderDate follow placed, refunded and canceled orders', async () => {
    const s = await sellingShop(server);
    const session = await anonymous(server).account.register(s.store.domain, {
      email: 'loyal@example.test',
      password: 'loyal password',
      firstName: 'Lo',
      lastName: 'Yal',
    });
    const a = await s.place(1, { token: session.accessToken, email: 'loyal@example.test' });
    const b = await s.place(2, { token: session.accessToken, email: 'loyal@example.test' });
    assert.equal(a.customerId, session.customer.id);
    const customer = () => s.client.customers.get(s.store.id, session.customer.id);
    const counters = async () => {
      const c = await customer();
      return [c.orderCount, c.totalSpent];
    };
    await eventually(
      async () => JSON.stringify(await counters()) === JSON.stringify([2, '85.00']),
      'two orders counted',
    );
    assert.ok((await customer()).lastOrderDate);
    await s.client.call('POST', `${s.admin}/orders/${b.id}/refund`, { amount: '10.00' });
    await eventually(
      async () => JSON.stringify(await counters()) === JSON.stringify([2, '75.00']),
      'the refund counted',
    );
    await s.client.call('POST', `${s.admin}/orders/${a.id}/cancel`);
    await eventually(
      async () => JSON.stringify(await counters()) === JSON.stringify([1, '45.00']),
      'the cancellation counted',
    );

    // Staff's notes on an order are theirs: the shopper's order history never carries them.
    await s.client.call('PUT', `${s.admin}/orders/${b.id}`, { internalNotes: 'called twice, rude' });
    const mine = await anonymous(server)
      .as(session.accessToken)
      .call<{ total: number; data: Array<{ id: string }> }>('GET', `${s.sf}/account/orders`);
    assert.equal(mine.total, 2);
    assert.deepEqual(
      mine.data.map((o) => o.id),
      [b.id, a.id],
    );
    assert.ok(
      mine.data.every((o) => !('internalNotes' in o)),
      'no internal notes in the history',
    );
    const anon = await anonymous(server).raw('GET', `${s.sf}/account/orders`);
    assert.equal(anon.status, 401);
  });

  test('a guest order gets a customer profile for its email, with its counters', async () => {
    const s = await sellingShop(server);
    const placed = await s.place(2, { email: 'Guest.Buyer@example.test' });
    assert.equal(placed.customerId, null);
    const found = await eventually(async () => {
      const list = await s.client.customers.list(s.store.id, '?q=guest.buyer');
      return list.data[0]?.orderCount === 1 ? list.data[0] : undefined;
    }, 'the guest profile');
    assert.deepEqual(
      [found.email, found.totalSpent, found.hasAccount, found.firstName],
      ['guest.buyer@example.test', '55.00', false, 'Ada'],
    );
    assert.equal((await s.order(placed.id)).customerId, found.id);
    // Linked to the profile, the guest's order is still theirs to see by its id (confirmation page).
    const seen = await anonymous(server).raw<{ id: string }>('GET', `${s.sf}/orders/${placed.id}`);
    assert.deepEqual([seen.status, seen.body.id], [200, placed.id]);
  });
});
