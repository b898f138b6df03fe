import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import Stripe from 'stripe';
import { anonymous } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { address } from '../../../../test/shop.ts';
import { type FakeStripe, startFakeStripe } from './fake-stripe.ts';
import { type StripeOrder, stripeShop } from './stripe-shop.ts';

// The checkout saga: authorise at the gateway, commit the order, capture; when the commit fails,
// the authorisation is voided. The commit is made to fail by a deferred constraint trigger, which
// PostgreSQL runs at COMMIT, after every statement of the checkout has succeeded.

const WEBHOOK_SECRET = 'whsec_saga_test_secret';
let stripe: FakeStripe;
let server: TestServer;
before(async () => {
  stripe = await startFakeStripe('sk_test_ventory_0123456789abcdef');
  server = await startTestServer({ stripeApiBase: stripe.url });
  await server.platform.db.withPlatform(async (tx) => {
    await sql`create function test_refuse_commit() returns trigger language plpgsql as $$
      begin
        if new.customer_email like 'refused-at-commit%' then
          raise exception 'the commit is refused (test)' using errcode = '40001';
        end if;
        return null;
      end $$`.execute(tx);
    await sql`create constraint trigger test_refuse_commit after insert on orders
      deferrable initially deferred for each row execute function test_refuse_commit()`.execute(tx);
  });
});
after(async () => {
  await server.close();
  await stripe.close();
});

const intentCalls = (from: number) =>
  stripe.requests
    .slice(from)
    .filter((r) => r.path.startsWith('/v1/payment_intents') || r.path === '/v1/refunds');

async function ordersOf(tenantId: string, email: string) {
  const rows = await server.platform.db.withTenant(tenantId, (tx) =>
    sql<{ id: string }>`select id from orders where customer_email = ${email}`.execute(tx),
  );
  return rows.rows.length;
}

describe('checkout payment saga', () => {
  test('the happy path authorises, commits, then captures', async () => {
    const s = await stripeShop(server, stripe);
    const from = stripe.requests.length;
    const { order, intents } = await s.place(2);
    assert.equal(order.paymentStatus, 'PAID');
    assert.equal(order.payments[0]?.status, 'CAPTURED');
    const calls = intentCalls(from);
    assert.equal(calls[0]?.path, '/v1/payment_intents');
    assert.equal(calls[0]?.form.capture_method, 'manual', 'only authorised inside the transaction');
    assert.equal(calls[1]?.path, `/v1/payment_intents/${intents[0]}/capture`);
    assert.equal(calls.length, 2);
    assert.equal(stripe.statusOf(intents[0] as string), 'succeeded');
    // The order's event feed saw it paid (digital delivery, loyalty and mail follow it).
    const paid = await server.platform.db.withPlatform((tx) =>
      sql<{ n: number }>`select count(*)::int as n from outbox_events
        where topic = 'order.payment_status.changed' and payload->>'orderId' = ${order.id}
          and payload->>'paymentStatus' = 'PAID'`.execute(tx),
    );
    assert.equal(paid.rows[0]?.n, 1);
  });

  test("while the gateway is slow to answer, the item's stock is not locked: another shopper can still hold it", async () => {
    const s = await stripeShop(server, stripe);
    const gateway = stripe.holdIntents();
    const placing = s.place(1);
    await gateway.arrived;
    // A hot item's buyers queue on its stock row: none may wait on another's gateway call. Were
    // the row locked, the cart could only answer once the gateway is released: a safety valve
    // releases it after a while, so that such a failure is reported rather than hung.
    let released = false;
    const valve = setTimeout(() => {
      released = true;
      gateway.release();
    }, 20_000);
    const other = await anonymous(server).raw<{ id: string }>('POST', `${s.sf}/cart`, {
      items: [{ listingId: s.listing.id, quantity: 1 }],
    });
    const answeredWhileHeld = !released;
    clearTimeout(valve);
    gateway.release();
    assert.ok(answeredWhileHeld, "the cart waited for the checkout's authorisation");
    assert.equal(other.status, 201);
    const { order } = await placing;
    assert.equal(order.paymentStatus, 'PAID');
    assert.deepEqual(await s.stock(), { onHand: 10, reserved: 1, allocated: 1, available: 8 });
  });

  test('a commit that fails voids the authorisation and leaves no order; a retry then succeeds', async () => {
    const s = await stripeShop(server, stripe);
    const email = `refused-at-commit-${Date.now()}@example.test`;
    const cart = await s.client.call<{ id: string }>('POST', `${s.admin}/carts`, {
      items: [{ listingId: s.listing.id, quantity: 2 }],
      email,
    });
    const from = stripe.requests.length;
    const body = {
      payments: [{ paymentMethodId: s.card.id, token: 'pm_card_visa' }],
      shippingAddress: address,
    };
    const headers = { 'Idempotency-Key': `saga-${cart.id}` };
    const failed = await s.client.raw<{ code: string }>(
      'POST',
      `${s.admin}/carts/${cart.id}/checkout`,
      body,
      { headers },
    );
    assert.equal(failed.status, 503, JSON.stringify(failed.body));
    assert.equal(failed.body.code, 'TRY_AGAIN');
    const calls = intentCalls(from);
    const intent = stripe.requests[from]?.path === '/v1/payment_intents' ? calls[0] : undefined;
    assert.ok(intent, 'an authorisation was taken');
    const voided = calls.find((c) => c.path.endsWith('/cancel'));
    assert.ok(voided, `the authorisation was voided: ${calls.map((c) => c.path)}`);
    const intentId = voided.path.split('/')[3] as string;
    assert.equal(stripe.statusOf(intentId), 'canceled');
    assert.ok(
      !calls.some((c) => c.path.endsWith('/capture') || c.path === '/v1/refunds'),
      'nothing captured',
    );
    assert.equal(await ordersOf(s.tenantId, email), 0, 'no order exists');
    assert.deepEqual(await s.stock(), { onHand: 10, reserved: 2, allocated: 0, available: 8 });

    // The same request again (same key: the 5xx was not remembered), with the commit allowed now.
    await server.platform.db.withPlatform((tx) =>
      sql`alter table orders disable trigger test_refuse_commit`.execute(tx),
    );
    try {
      const retried = await s.client.raw<StripeOrder>('POST', `${s.admin}/carts/${cart.id}/checkout`, body, {
        headers,
      });
      assert.equal(retried.status, 201, JSON.stringify(retried.body));
      assert.equal(retried.body.paymentStatus, 'PAID');
      const [again] = stripe.intentsOf(retried.body.id);
      assert.ok(again && again !== intentId, 'a new authorisation, not the voided one');
      assert.equal(stripe.statusOf(again), 'succeeded');
      assert.equal(await ordersOf(s.tenantId, email), 1);
    } finally {
      await server.platform.db.withPlatform((tx) =>
        sql`alter table orders enable trigger test_refuse_commit`.execute(tx),
      );
    }
  });

  test('a capture that fails after the commit leaves the order pending; the capture sweep completes it', async () => {
    const s = await stripeShop(server, stripe);
    stripe.failCaptures(true);
    let placed: Awaited<ReturnType<typeof s.place>>;
    try {
      placed = await s.place(1);
    } finally {
      stripe.failCaptures(false);
    }
    assert.equal(placed.order.paymentStatus, 'PENDING');
    assert.equal(placed.order.payments[0]?.status, 'AUTHORIZED');
    assert.equal(stripe.statusOf(placed.intents[0] as string), 'requires_capture');
    const settlement = server.app.modules.settlement;
    assert.ok((await settlement.sweep(0)) >= 1);
    const order = await s.order(placed.order.id);
    assert.equal(order.paymentStatus, 'PAID');
    assert.equal(order.payments[0]?.status, 'CAPTURED');
    assert.equal(stripe.statusOf(placed.intents[0] as string), 'succeeded');
    assert.equal(await settlement.sweep(0), 0, 'nothing left to capture');
  });

  test('3-D Secure: an authorisation completed later is captured, through confirmation or the webhook', async () => {
    const s = await stripeShop(server, stripe);
    await s.client.call('PUT', `${s.admin}/payment-methods/${s.card.id}`, {
      settings: {
        secretKey: 'sk_test_ventory_0123456789abcdef',
        publishableKey: 'pk_test_x',
        webhookSecret: WEBHOOK_SECRET,
      },
    });
    const challenge = [{ paymentMethodId: s.card.id, token: 'pm_card_threeDSecureRequired' }];
    // Through the storefront's confirmation call.
    const one = await s.place(1, challenge);
    assert.equal(one.order.payments[0]?.status, 'REQUIRES_ACTION');
    stripe.completeAction(one.intents[0] as string, 'requires_capture');
    const confirmed = await anonymous(server).raw<StripeOrder>(
      'POST',
      `${s.sf}/orders/${one.order.id}/payments/${one.order.payments[0]?.id}/confirm`,
      {},
    );
    assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
    assert.equal(confirmed.body.paymentStatus, 'PAID');
    assert.equal(stripe.statusOf(one.intents[0] as string), 'succeeded');
    // Through Stripe's webhook alone (the shopper never came back).
    const two = await s.place(1, challenge);
    const intentId = two.intents[0] as string;
    stripe.completeAction(intentId, 'requires_capture');
    const payload = JSON.stringify({
      id: 'evt_capturable',
      object: 'event',
      type: 'payment_intent.amount_capturable_updated',
      data: { object: { id: intentId, object: 'payment_intent', status: 'requires_capture' } },
    });
    const header = new Stripe('sk_test_signer').webhooks.generateTestHeaderString({
      payload,
      secret: WEBHOOK_SECRET,
    });
    const hook = await anonymous(server).raw('POST', `${s.sf}/webhooks/stripe`, payload, {
      headers: { 'stripe-signature': header },
    });
    assert.equal(hook.status, 200, JSON.stringify(hook.body));
    const order = await s.order(two.order.id);
    assert.equal(order.paymentStatus, 'PAID');
    assert.equal(order.payments[0]?.status, 'CAPTURED');
    assert.equal(stripe.statusOf(intentId), 'succeeded');
  });
});
