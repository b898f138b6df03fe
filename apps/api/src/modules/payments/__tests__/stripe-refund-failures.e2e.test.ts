import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { type FakeStripe, startFakeStripe } from './fake-stripe.ts';
import { assertProblemJson, moneyView, paymentsOf, SECRET, stripeShop } from './stripe-shop.ts';

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

const refundRequests = (intent: string) =>
  stripe.requests.filter((r) => r.path === '/v1/refunds' && r.form.payment_intent === intent);

describe('Stripe refusing or failing a refund', () => {
  test('a refund Stripe turns down is 409 GATEWAY_REFUSED with its reason; order and payment unchanged', async () => {
    const s = await stripeShop(server, stripe);
    const { order, intents } = await s.place(2);
    const intent = intents[0] as string;
    stripe.failRefunds(intent, 'refuse');
    const was = moneyView(await s.order(order.id));
    const res = await s.refund(order.id, { amount: '10.00' });
    const problem = assertProblemJson(res, 409, 'GATEWAY_REFUSED');
    assert.match(problem.detail, /^Stripe refused the refund: Charge ch_\w+ has been charged back/);
    assert.equal((res.body as unknown as { gatewayCode: string }).gatewayCode, 'charge_disputed');
    assert.equal(refundRequests(intent).length, 1, 'Stripe was asked');
    assert.deepEqual(stripe.refundsOf(intent), [], 'and refunded nothing');
    assert.deepEqual(moneyView(await s.order(order.id)), was);
    assert.deepEqual(was.payments, [['stripe', 'CAPTURED', '0.00']]);
  });

  test('a cancellation whose refund Stripe turns down is refused whole: stock stays allocated', async () => {
    const s = await stripeShop(server, stripe);
    const { order, intents } = await s.place(2);
    stripe.failRefunds(intents[0] as string, 'refuse');
    const was = moneyView(await s.order(order.id));
    const res = await s.client.raw('POST', `${s.admin}/orders/${order.id}/cancel`, { reason: 'too late' });
    assertProblemJson(res, 409, 'GATEWAY_REFUSED');
    assert.deepEqual(moneyView(await s.order(order.id)), was);
    assert.notEqual(was.status, 'CANCELED');
    assert.deepEqual(await s.stock(), { onHand: 10, reserved: 0, allocated: 2, available: 8 });
  });

  test('Stripe out of reach is 502 GATEWAY_UNAVAILABLE, not remembered: the same request succeeds later, once', async () => {
    const s = await stripeShop(server, stripe);
    const { order, intents } = await s.place(2);
    const intent = intents[0] as string;
    stripe.failRefunds(intent, 'unreachable');
    const was = moneyView(await s.order(order.id));
    const headers = { 'Idempotency-Key': `refund-${order.id}` };
    const down = await s.refund(order.id, { amount: '12.50' }, headers);
    assertProblemJson(down, 502, 'GATEWAY_UNAVAILABLE');
    assert.ok(refundRequests(intent).length >= 2, 'the SDK retried');
    assert.deepEqual(moneyView(await s.order(order.id)), was);

    stripe.failRefunds(intent, null);
    const up = await s.refund(order.id, { amount: '12.50' }, headers);
    assert.equal(up.status, 200, JSON.stringify(up.body));
    assert.equal(up.headers.get('idempotent-replayed'), null, 'the 502 was not replayed');
    assert.deepEqual(s.refundedAt(intents), [[1250]]);
    assert.deepEqual(paymentsOf(up.body), [['stripe', 'PARTIALLY_REFUNDED', '12.50']]);
    const keys = new Set(refundRequests(intent).map((r) => r.idempotencyKey));
    assert.equal(keys.size, 1, 'every attempt of this refund carried the same Idempotency-Key to Stripe');
  });

  const twoCards = (s: Awaited<ReturnType<typeof stripeShop>>) =>
    s.place(2, [
      { paymentMethodId: s.card.id, token: 'pm_card_visa', amount: '30.00' },
      { paymentMethodId: s.card.id, token: 'pm_card_mastercard', amount: '20.00' },
    ]);

  test('two Stripe cards, Stripe out of reach for the second refund: the retry does not pay the first card twice', async () => {
    const s = await stripeShop(server, stripe);
    const { order, intents } = await twoCards(s);
    const [older, newer] = intents as [string, string];
    // Most recent payment first: the 20.00 card is refunded, then the 30.00 one fails.
    stripe.failRefunds(older, 'unreachable');
    const was = moneyView(await s.order(order.id));
    assertProblemJson(await s.refund(order.id, {}), 502, 'GATEWAY_UNAVAILABLE');
    assert.deepEqual(s.refundedAt(intents), [[], [2000]], 'Stripe gave back the newer card');
    assert.deepEqual(moneyView(await s.order(order.id)), was, 'our records rolled back');

    stripe.failRefunds(older, null);
    const retried = await s.refund(order.id, {});
    assert.equal(retried.status, 200, JSON.stringify(retried.body));
    assert.deepEqual(s.refundedAt(intents), [[3000], [2000]], 'each card refunded exactly once');
    assert.equal(refundRequests(newer).length, 2, 'the retry was answered from Stripe’s first reply');
    assert.deepEqual(paymentsOf(retried.body), [
      ['stripe', 'REFUNDED', '30.00'],
      ['stripe', 'REFUNDED', '20.00'],
    ]);
    assert.equal(retried.body.paymentStatus, 'REFUNDED');
  });

  test('two Stripe cards, the older one refused: refunding what the newer card covers does not pay it twice', async () => {
    const s = await stripeShop(server, stripe);
    const { order, intents } = await twoCards(s);
    stripe.failRefunds(intents[0] as string, 'refuse');
    assertProblemJson(await s.refund(order.id, {}), 409, 'GATEWAY_REFUSED');
    assert.deepEqual(s.refundedAt(intents), [[], [2000]]);
    const newerOnly = await s.refund(order.id, { amount: '20.00' });
    assert.equal(newerOnly.status, 200, JSON.stringify(newerOnly.body));
    assert.deepEqual(s.refundedAt(intents), [[], [2000]], 'Stripe replayed its refund of the newer card');
    assert.deepEqual(paymentsOf(newerOnly.body), [
      ['stripe', 'CAPTURED', '0.00'],
      ['stripe', 'REFUNDED', '20.00'],
    ]);
    // Stripe keeps its answer for the same refund: the refused card stays refused.
    assertProblemJson(await s.refund(order.id, {}), 409, 'GATEWAY_REFUSED');
  });
});
