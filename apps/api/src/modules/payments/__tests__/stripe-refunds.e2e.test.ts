import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import type { Json } from '../../../../test/shop.ts';
import { type FakeStripe, startFakeStripe } from './fake-stripe.ts';
import {
  assertProblemJson,
  moneyView,
  paymentsOf,
  SECRET,
  type StripeOrder,
  stripeShop,
} from './stripe-shop.ts';

let stripe: FakeStripe;
let server: TestServer;
before(async () => {
  stripe = await startFakeStripe(SECRET);
  server = await startTestServer({ stripeApiBase: stripe.url });
});
after(async () => {
  await server.close();
  await stripe.close();
});

const refundCalls = () => stripe.requests.filter((r) => r.path === '/v1/refunds').length;

describe('refunds of Stripe card payments reach Stripe (official SDK, local Stripe-speaking server)', () => {
  test('partial refund, then the rest (REFUNDED), then a third is refused and changes nothing', async () => {
    const s = await stripeShop(server, stripe);
    const { order, intents } = await s.place(2);
    assert.equal(order.paymentStatus, 'PAID');
    assert.equal(intents.length, 1);
    const intent = intents[0] as string;

    const first = await s.refund(order.id, { amount: '20.00', reason: 'scratched' });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    const [seen] = stripe.refundsOf(intent);
    assert.deepEqual([seen?.amount, seen?.currency, seen?.payment_intent], [2000, 'usd', intent]);
    assert.equal(seen?.metadata.order_id, order.id, 'Stripe sees which order the refund is for');
    assert.equal(seen?.metadata.payment_id, order.payments[0]?.id);
    assert.deepEqual(paymentsOf(first.body), [['stripe', 'PARTIALLY_REFUNDED', '20.00']]);
    assert.equal(first.body.paymentStatus, 'PAID');

    const rest = await s.refund(order.id, {});
    assert.equal(rest.status, 200, JSON.stringify(rest.body));
    assert.deepEqual(s.refundedAt(intents), [[2000, 3000]]);
    assert.deepEqual(paymentsOf(rest.body), [['stripe', 'REFUNDED', '50.00']]);
    assert.equal(rest.body.paymentStatus, 'REFUNDED');
    assert.deepEqual(
      rest.body.refunds.map((r) => [r.amount, r.payments.map((p) => [p.provider, p.amount])]),
      [
        ['20.00', [['stripe', '20.00']]],
        ['30.00', [['stripe', '30.00']]],
      ],
    );

    const calls = refundCalls();
    const third = await s.refund(order.id, {});
    const problem = assertProblemJson(third, 409, 'INVALID_STATE');
    assert.match(problem.detail, /Nothing is left to refund/);
    const byAmount = await s.refund(order.id, { amount: '1.00' });
    assert.match(assertProblemJson(byAmount, 409, 'REFUND_EXCEEDS_PAID').detail, /At most 0\.00/);
    assert.equal(refundCalls(), calls, 'nothing more was asked of Stripe');
    assert.deepEqual(moneyView(await s.order(order.id)), moneyView(rest.body));
  });

  test('cancel: Stripe refunds the whole amount and the allocation is released', async () => {
    const s = await stripeShop(server, stripe);
    const { order, intents } = await s.place(2);
    assert.deepEqual(await s.stock(), { onHand: 10, reserved: 0, allocated: 2, available: 8 });
    const canceled = await s.client.call<StripeOrder>('POST', `${s.admin}/orders/${order.id}/cancel`, {
      reason: 'changed mind',
    });
    assert.deepEqual(s.refundedAt(intents), [[5000]]);
    assert.deepEqual([canceled.status, canceled.paymentStatus], ['CANCELED', 'REFUNDED']);
    assert.deepEqual(paymentsOf(canceled), [['stripe', 'REFUNDED', '50.00']]);
    assert.deepEqual(
      canceled.refunds.map((r) => [r.kind, r.amount]),
      [['CANCELLATION', '50.00']],
    );
    assert.deepEqual(await s.stock(), { onHand: 10, reserved: 0, allocated: 0, available: 10 });
  });

  test('cancel of an authorize-only Stripe payment cancels the PaymentIntent (no hold stays on the card)', async () => {
    const s = await stripeShop(server, stripe);
    const authOnly = await s.client.call<Json>('POST', `${s.admin}/payment-methods`, {
      name: 'Stripe (authorize only)',
      provider: 'stripe',
      settings: { secretKey: SECRET, publishableKey: 'pk_test_x', captureMode: 'manual' },
    });
    const { order, intents } = await s.place(1, [{ paymentMethodId: authOnly.id, token: 'pm_card_visa' }]);
    assert.deepEqual(paymentsOf(order), [['stripe', 'AUTHORIZED', '0.00']]);
    const canceled = await s.client.call<StripeOrder>('POST', `${s.admin}/orders/${order.id}/cancel`, {});
    const cancels = stripe.requests.filter((r) => r.path === `/v1/payment_intents/${intents[0]}/cancel`);
    assert.equal(cancels.length, 1, 'the PaymentIntent was canceled at Stripe');
    assert.deepEqual(s.refundedAt(intents), [[]], 'nothing was captured, so nothing is refunded');
    assert.equal(canceled.status, 'CANCELED');
    assert.deepEqual(paymentsOf(canceled), [['stripe', 'VOIDED', '0.00']]);
    assert.deepEqual(await s.stock(), { onHand: 10, reserved: 0, allocated: 0, available: 10 });
  });

  test('split gift card + Stripe card refunded in full: the card first, then the gift card; Stripe sees only its part', async () => {
    const s = await stripeShop(server, stripe);
    const gift = await s.client.call<Json & { code: string }>('POST', `${s.admin}/gift-cards`, {
      initialBalance: '50.00',
    });
    const balance = async () =>
      (await s.client.call<{ balance: string }>('GET', `${s.admin}/gift-cards/${gift.id}`)).balance;
    const { order, intents } = await s.place(2, [
      { giftCardCode: gift.code, amount: '20.00' },
      { paymentMethodId: s.card.id, token: 'pm_card_visa', amount: '30.00' },
    ]);
    assert.equal(order.paymentStatus, 'PAID');
    assert.equal(await balance(), '30.00');
    const intent = stripe.requests.find(
      (r) => r.path === '/v1/payment_intents' && r.form.description === `Order ${order.id}`,
    );
    assert.equal(intent?.form.amount, '3000', 'Stripe charged only the card part');

    const res = await s.refund(order.id, {});
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(s.refundedAt(intents), [[3000]]);
    assert.deepEqual(paymentsOf(res.body), [
      ['gift_card', 'REFUNDED', '20.00'],
      ['stripe', 'REFUNDED', '30.00'],
    ]);
    assert.deepEqual(
      res.body.refunds.map((r) => r.payments.map((p) => [p.provider, p.amount])),
      [
        [
          ['stripe', '30.00'],
          ['gift_card', '20.00'],
        ],
      ],
    );
    assert.equal(res.body.paymentStatus, 'REFUNDED');
    assert.equal(await balance(), '50.00');
  });

  test('the same refund request sent again with its Idempotency-Key refunds once', async () => {
    const s = await stripeShop(server, stripe);
    const { order, intents } = await s.place(2);
    const headers = { 'Idempotency-Key': `refund-${order.id}` };
    const first = await s.refund(order.id, { amount: '15.00' }, headers);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    const again = await s.refund(order.id, { amount: '15.00' }, headers);
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(again.body, first.body);
    // Two at once with another key: one runs, the other is replayed or told it is running.
    const twin = { 'Idempotency-Key': `refund-twin-${order.id}` };
    const pair = await Promise.all([
      s.refund(order.id, { amount: '5.00' }, twin),
      s.refund(order.id, { amount: '5.00' }, twin),
    ]);
    assert.ok(pair.some((r) => r.status === 200));
    for (const r of pair) if (r.status !== 200) assertProblemJson(r, 409, 'IDEMPOTENCY_IN_PROGRESS');
    assert.deepEqual(s.refundedAt(intents), [[1500, 500]]);
    const now = await s.order(order.id);
    assert.deepEqual(paymentsOf(now), [['stripe', 'PARTIALLY_REFUNDED', '20.00']]);
    assert.deepEqual(
      now.refunds.map((r) => r.amount),
      ['15.00', '5.00'],
    );
  });

  test('a received return is refunded to the Stripe card for its lines', async () => {
    const s = await stripeShop(server, stripe);
    const { order, intents } = await s.place(2);
    await s.client.call('POST', `${s.admin}/orders/${order.id}/fulfill`);
    const itemId = order.items[0]?.id as string;
    const r = await s.client.call<Json>('POST', `${s.admin}/orders/${order.id}/returns`, {
      items: [{ itemId, quantity: 1 }],
    });
    await s.client.call('POST', `${s.admin}/returns/${r.id}/approve`, {});
    await s.client.call('POST', `${s.admin}/returns/${r.id}/receive`, {
      items: [{ itemId, restock: 1 }],
    });
    const refunded = await s.client.call<Json & { status: string }>(
      'POST',
      `${s.admin}/returns/${r.id}/refund`,
    );
    assert.equal(refunded.status, 'REFUNDED');
    assert.deepEqual(s.refundedAt(intents), [[2500]]);
    assert.deepEqual(paymentsOf(await s.order(order.id)), [['stripe', 'PARTIALLY_REFUNDED', '25.00']]);
  });
});
