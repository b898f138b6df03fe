import assert from 'node:assert/strict';
import { anonymous } from '../../../../test/fixtures.ts';
import type { Line, Payment } from '../../../../test/orders.ts';
import type { TestServer } from '../../../../test/server.ts';
import { address, type Json, shop, stockOf } from '../../../../test/shop.ts';
import type { FakeStripe } from './fake-stripe.ts';

export const SECRET = 'sk_test_ventory_0123456789abcdef';

export type Refund = Json & {
  amount: string;
  kind: string;
  payments: Array<{ provider: string; amount: string }>;
};
export type StripeOrder = Json & {
  status: string;
  paymentStatus: string;
  items: Line[];
  payments: Payment[];
  refunds: Refund[];
};

/**
 * A store selling one product at 25.00 (10 in stock) with a Stripe card method talking to the
 * fake Stripe server; `place` checks out `quantity` units (no shipping: the total is 25.00 each).
 */
export async function stripeShop(server: TestServer, stripe: FakeStripe) {
  const s = await shop(server, { price: '25.00', stock: 10 });
  const card = await s.client.call<Json>('POST', `${s.admin}/payment-methods`, {
    name: 'Stripe',
    provider: 'stripe',
    settings: { secretKey: SECRET, publishableKey: 'pk_test_x' },
  });
  const shopper = anonymous(server);
  /** Places an order (pm_card_visa for all of it unless `payments` says otherwise); and its intents. */
  async function place(quantity: number, payments?: unknown[]) {
    const cart = await shopper.call<Json>('POST', `${s.sf}/cart`, {
      items: [{ listingId: s.listing.id, quantity }],
    });
    const res = await shopper.raw<StripeOrder>('POST', `${s.sf}/checkout`, {
      cartId: cart.id,
      email: 'refunds@example.test',
      shippingAddress: address,
      payments: payments ?? [{ paymentMethodId: card.id, token: 'pm_card_visa' }],
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return { order: res.body, intents: stripe.intentsOf(res.body.id) };
  }
  const order = (id: string) => s.client.call<StripeOrder>('GET', `${s.admin}/orders/${id}`);
  const refund = (id: string, body: unknown, headers: Record<string, string> = {}) =>
    s.client.raw<StripeOrder>('POST', `${s.admin}/orders/${id}/refund`, body, { headers });
  const stock = () => stockOf(s.client, String(s.product.id));
  /** What Stripe refunded per intent, in minor units. */
  const refundedAt = (intents: string[]) => intents.map((i) => stripe.refundsOf(i).map((r) => r.amount));
  return { ...s, card, place, order, refund, stock, refundedAt };
}

/** Payment status and refunded amount per payment, in payment order. */
export const paymentsOf = (o: StripeOrder) =>
  o.payments.map((p) => [p.provider, p.status, p.refundedAmount] as const);

/**
 * What a refund or cancellation may change on an order: states, payments, refunds, line counts.
 * (Packages and the timeline also fill in after checkout, asynchronously, so whole orders differ.)
 */
export const moneyView = (o: StripeOrder) => ({
  status: o.status,
  paymentStatus: o.paymentStatus,
  payments: paymentsOf(o),
  refunds: o.refunds.map((r) => [r.kind, r.amount]),
  lines: o.items.map((i) => [i.quantity, i.quantityRefunded]),
});

/** The response is an RFC 9457 problem with this status and code. */
export function assertProblemJson(
  res: { status: number; headers: Headers; body: unknown },
  status: number,
  code: string,
) {
  assert.equal(res.status, status, JSON.stringify(res.body));
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const body = res.body as { code: string; status: number; detail: string; title: string };
  assert.equal(body.code, code);
  assert.equal(body.status, status);
  assert.ok(body.detail && body.title, 'a problem has a title and a detail');
  return body;
}
