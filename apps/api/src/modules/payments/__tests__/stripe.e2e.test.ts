import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import Stripe from 'stripe';
import { anonymous } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { address, assertProblem, type CartBody, type Json, shop, stockOf } from '../../../../test/shop.ts';
import { createDb } from '../../../platform/db/pool.ts';
import { type FakeStripe, startFakeStripe } from './fake-stripe.ts';

const SECRET = 'sk_test_ventory_0123456789abcdef';
const WEBHOOK_SECRET = 'whsec_ventory_test_secret';
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

type Order = Json & {
  paymentStatus: string;
  status: string;
  payments: Array<
    Json & {
      status: string;
      amount: string;
      card: { brand: string; last4: string } | null;
      nextAction: { url: string } | null;
    }
  >;
};

async function stripeShop() {
  const s = await shop(server, { price: '25.00', stock: 10 });
  const card = await s.client.call<Json>('POST', `${s.admin}/payment-methods`, {
    name: 'Stripe',
    provider: 'stripe',
    settings: { secretKey: SECRET, publishableKey: 'pk_test_x', webhookSecret: WEBHOOK_SECRET },
  });
  const shopper = anonymous(server);
  const cart = async () =>
    (
      await shopper.raw<CartBody>('POST', `${s.sf}/cart`, {
        items: [{ listingId: s.listing.id, quantity: 2 }],
      })
    ).body;
  const checkout = (cartId: string, payments: unknown[], headers: Record<string, string> = {}) =>
    shopper.raw<Order>(
      'POST',
      `${s.sf}/checkout`,
      { cartId, email: 'stripe@example.test', shippingAddress: address, payments },
      { headers },
    );
  return { ...s, card, shopper, cart, checkout };
}

describe('Stripe gateway through the official SDK (local Stripe-speaking server)', () => {
  test('a card payment creates a confirmed PaymentIntent for the order total', async () => {
    const s = await stripeShop();
    const cart = await s.cart();
    const res = await s.checkout(cart.id, [{ paymentMethodId: s.card.id, token: 'pm_card_visa' }], {
      'Idempotency-Key': `k-${cart.id}`,
    });
    assertProblem(res, 201);
    assert.equal(res.body.paymentStatus, 'PAID');
    assert.deepEqual(
      [res.body.payments[0]?.card?.brand, res.body.payments[0]?.card?.last4],
      ['visa', '4242'],
    );
    const created = stripe.requests.filter((r) => r.path === '/v1/payment_intents').at(-1);
    assert.equal(created?.form.amount, '5000');
    assert.equal(created?.form.currency, 'usd');
    assert.equal(created?.form.confirm, 'true');
    assert.equal(created?.form.payment_method, 'pm_card_visa');
    assert.ok(created?.idempotencyKey?.startsWith(`k-${cart.id}`), 'our Idempotency-Key reaches Stripe');
  });

  test('a Stripe card_error is 402 and leaves nothing behind', async () => {
    const s = await stripeShop();
    const cart = await s.cart();
    const res = await s.checkout(cart.id, [{ paymentMethodId: s.card.id, token: 'pm_card_chargeDeclined' }]);
    assertProblem(res, 402, 'PAYMENT_DECLINED');
    assert.deepEqual(await stockOf(s.client, s.product.id), {
      onHand: 10,
      reserved: 2,
      allocated: 0,
      available: 8,
    });
  });

  test('split across two cards: when the second is declined the first authorisation is voided', async () => {
    const s = await stripeShop();
    const cart = await s.cart();
    const before = stripe.requests.length;
    const res = await s.checkout(cart.id, [
      { paymentMethodId: s.card.id, token: 'pm_card_visa', amount: '30' },
      { paymentMethodId: s.card.id, token: 'pm_card_chargeDeclined', amount: '20' },
    ]);
    assertProblem(res, 402, 'PAYMENT_DECLINED');
    const calls = stripe.requests.slice(before).map((r) => `${r.method} ${r.path}`);
    // Checkout only authorises (capture_method manual); nothing was taken, so nothing is refunded.
    const first = stripe.requests[before];
    assert.equal(first?.form.capture_method, 'manual');
    assert.equal(first?.form.amount, '3000');
    assert.deepEqual(calls.slice(0, 2), ['POST /v1/payment_intents', 'POST /v1/payment_intents']);
    assert.match(calls[2] ?? '', /^POST \/v1\/payment_intents\/pi_[0-9a-f]+\/cancel$/);
    assert.equal(calls.length, 3);
  });

  test('3-D Secure: requires_action, then confirmation after the shopper passes it', async () => {
    const s = await stripeShop();
    const cart = await s.cart();
    const res = await s.checkout(cart.id, [
      { paymentMethodId: s.card.id, token: 'pm_card_threeDSecureRequired' },
    ]);
    assertProblem(res, 201);
    const payment = res.body.payments[0] as Json & { status: string; nextAction: { url: string } };
    assert.equal(payment.status, 'REQUIRES_ACTION');
    assert.match(payment.nextAction.url, /hooks\.stripe\.test\/3ds\/pi_/);
    const intentId = /3ds\/(pi_[0-9a-f]+)/.exec(payment.nextAction.url)?.[1] as string;
    stripe.completeAction(intentId);
    const confirmed = await s.shopper.raw<Order>(
      'POST',
      `${s.sf}/orders/${res.body.id}/payments/${payment.id}/confirm`,
      {},
    );
    assert.equal(confirmed.body.paymentStatus, 'PAID');
  });

  test('Payment Element: the storefront sees the publishable key (never the secret); an in-page 3-D Secure check hands the shopper the client secret', async () => {
    const s = await stripeShop();
    const methods = await s.shopper.raw<{ data: Array<Json> }>('GET', `${s.sf}/payment-methods`);
    const stripeMethod = methods.body.data.find((m) => m.id === s.card.id);
    assert.equal(stripeMethod?.publishableKey, 'pk_test_x');
    assert.doesNotMatch(JSON.stringify(methods.body), /sk_test|secretKey|webhookSecret/);

    const cart = await s.cart();
    const res = await s.checkout(cart.id, [
      { paymentMethodId: s.card.id, token: 'pm_card_authenticationRequired' },
    ]);
    assertProblem(res, 201);
    const payment = res.body.payments[0] as unknown as {
      id: string;
      status: string;
      nextAction: { type: string; clientSecret: string };
    };
    assert.equal(payment.status, 'REQUIRES_ACTION');
    assert.equal(payment.nextAction.type, 'stripe_sdk');
    const intentId = /^(pi_[0-9a-f]+)_secret_/.exec(payment.nextAction.clientSecret)?.[1] as string;
    assert.ok(intentId, 'the client secret belongs to the PaymentIntent');
    stripe.completeAction(intentId);
    const confirmed = await s.shopper.raw<Order>(
      'POST',
      `${s.sf}/orders/${res.body.id}/payments/${payment.id}/confirm`,
      {},
    );
    assert.equal(confirmed.body.paymentStatus, 'PAID');
    const after = confirmed.body.payments[0] as unknown as { nextAction: unknown };
    assert.equal(after.nextAction, null, 'the secret is forgotten once the payment is decided');
  });

  test('saved methods keep only the token and display data; no card data in the database', async () => {
    const s = await stripeShop();
    const cart = await s.cart();
    await s.checkout(cart.id, [{ paymentMethodId: s.card.id, token: 'pm_card_visa' }]);
    const db = createDb(server.database.url, { max: 1 });
    try {
      const dump = await db.withTenant(s.tenantId, async (tx) => {
        const tables = [
          'payments',
          'orders',
          'carts',
          'payment_methods',
          'saved_payment_methods',
          'outbox_events',
        ];
        const rows = [];
        for (const t of tables) rows.push(...(await sql.raw(`select * from ${t}`).execute(tx)).rows);
        return JSON.stringify(rows);
      });
      assert.doesNotMatch(dump, /4242424242424242|\bcvc\b|\bcvv\b/i);
      assert.match(dump, /"last4":"4242"/);
    } finally {
      await db.close();
    }
  });

  test('webhooks: a signed payment_intent.succeeded captures the payment; a bad signature changes nothing', async () => {
    const s = await stripeShop();
    const cart = await s.cart();
    const res = await s.checkout(cart.id, [
      { paymentMethodId: s.card.id, token: 'pm_card_threeDSecureRequired' },
    ]);
    const payment = res.body.payments[0] as Json & { nextAction: { url: string } };
    const intentId = /3ds\/(pi_[0-9a-f]+)/.exec(payment.nextAction.url)?.[1] as string;
    const payload = JSON.stringify({
      id: 'evt_1',
      object: 'event',
      type: 'payment_intent.succeeded',
      data: { object: { id: intentId, object: 'payment_intent', status: 'succeeded' } },
    });
    const signer = new Stripe('sk_test_signer');
    const url = `${s.sf}/webhooks/stripe`;
    const forged = await s.shopper.raw('POST', url, payload, {
      headers: {
        'stripe-signature': signer.webhooks.generateTestHeaderString({ payload, secret: 'whsec_wrong' }),
      },
    });
    assertProblem(forged, 400, 'INVALID_SIGNATURE');
    const unsigned = await s.shopper.raw('POST', url, payload);
    assertProblem(unsigned, 400);
    assert.equal(
      (await s.client.call<Order>('GET', `${s.admin}/orders/${res.body.id}`)).paymentStatus,
      'PENDING',
    );
    const header = signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
    for (let i = 0; i < 2; i++) {
      const ok = await s.shopper.raw('POST', url, payload, { headers: { 'stripe-signature': header } });
      assertProblem(ok, 200);
    }
    const order = await s.client.call<Order>('GET', `${s.admin}/orders/${res.body.id}`);
    assert.equal(order.paymentStatus, 'PAID');
    assert.equal(order.payments[0]?.status, 'CAPTURED');
  });
});
