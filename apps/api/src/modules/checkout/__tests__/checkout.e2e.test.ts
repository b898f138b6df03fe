import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { anonymous } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { address, assertProblem, type CartBody, type Json, shop, stockOf } from '../../../../test/shop.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

type Order = Json & {
  orderNumber: string;
  status: string;
  paymentStatus: string;
  fulfillmentStatus: string;
  totalAmount: string;
  subtotalAmount: string;
  discountAmount: string;
  taxAmount: string;
  shippingAmount: string;
  items: Array<Json & { quantity: number; unitPrice: string }>;
  payments: Array<
    Json & {
      status: string;
      amount: string;
      provider: string;
      card: { brand: string; last4: string } | null;
      nextAction: { url: string } | null;
    }
  >;
};

async function checkoutShop(price = '25.00', stock = 10) {
  const s = await shop(server, { price, stock });
  const card = await s.client.call<Json>('POST', `${s.admin}/payment-methods`, {
    name: 'Card',
    provider: 'test',
  });
  const manual = await s.client.call<Json>('POST', `${s.admin}/payment-methods`, {
    name: 'Bank transfer',
    provider: 'manual',
    instructions: 'IBAN XX00',
  });
  const ship = await s.client.call<Json>('POST', `${s.admin}/shipping-methods`, {
    name: 'Standard',
    price: '5.00',
  });
  const shopper = anonymous(server);
  const newCart = async (quantity = 2) =>
    (await shopper.raw<CartBody>('POST', `${s.sf}/cart`, { items: [{ listingId: s.listing.id, quantity }] }))
      .body;
  return { ...s, card, manual, ship, shopper, newCart };
}

const body = (cartId: string, shipId: string, payments: unknown[]) => ({
  cartId,
  email: 'ada@example.test',
  shippingAddress: address,
  shippingMethodId: shipId,
  payments,
});

async function tableCount(table: string, tenantId: string) {
  return server.database && (await countRows(table, tenantId));
}
async function countRows(table: string, tenantId: string) {
  const { createDb } = await import('../../../platform/db/pool.ts');
  const db = createDb(server.database.url, { max: 1 });
  try {
    return await db.withTenant(tenantId, async (tx) => {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(
        tx,
      );
      return rows[0]?.n ?? 0;
    });
  } finally {
    await db.close();
  }
}

describe('checkout', () => {
  test('tok_visa: 201 order with Location, stock allocated, cart CONVERTED, second checkout 409', async () => {
    const s = await checkoutShop('25.00', 10);
    const cart = await s.newCart(2);
    const res = await s.shopper.raw<Order>(
      'POST',
      `${s.sf}/checkout`,
      body(cart.id, s.ship.id, [{ paymentMethodId: s.card.id, token: 'tok_visa' }]),
    );
    assertProblem(res, 201);
    const order = res.body;
    assert.equal(res.headers.get('location'), `${s.sf}/orders/${order.id}`);
    assert.equal(order.orderNumber, '1001');
    assert.equal(order.subtotalAmount, '50.00');
    assert.equal(order.shippingAmount, '5.00');
    assert.equal(order.totalAmount, '55.00');
    assert.equal(order.status, 'PENDING');
    assert.equal(order.paymentStatus, 'PAID');
    assert.equal(order.fulfillmentStatus, 'UNFULFILLED');
    assert.equal(order.payments[0]?.status, 'CAPTURED');
    assert.deepEqual(
      order.payments[0]?.card && [order.payments[0].card.brand, order.payments[0].card.last4],
      ['visa', '4242'],
    );
    assert.equal('internalNotes' in order, false);
    assert.deepEqual(await stockOf(s.client, s.product.id), {
      onHand: 10,
      reserved: 0,
      allocated: 2,
      available: 8,
    });
    const after = (await s.shopper.raw<CartBody>('GET', `${s.sf}/cart/${cart.id}`)).body;
    assert.equal(after.status, 'CONVERTED');
    assertProblem(
      await s.shopper.raw(
        'POST',
        `${s.sf}/checkout`,
        body(cart.id, s.ship.id, [{ paymentMethodId: s.card.id, token: 'tok_visa' }]),
      ),
      409,
      'INVALID_STATE',
    );
    assertProblem(
      await s.shopper.raw('POST', `${s.sf}/cart/${cart.id}/items`, { listingId: s.listing.id, quantity: 1 }),
      409,
    );
    const adminView = await s.client.call<Order>('GET', `${s.admin}/orders/${order.id}`);
    assert.equal(adminView.items[0]?.quantity, 2);
    const outbox = await countRows('outbox_events', s.tenantId);
    assert.ok(outbox > 0);
  });

  test('a checkout missing several fields names every one of them, and changes nothing', async () => {
    const s = await checkoutShop('25.00', 10);
    const cart = await s.newCart(2);
    const res = await s.shopper.raw<Order>('POST', `${s.sf}/checkout`, { cartId: cart.id });
    assertProblem(res, 400, 'VALIDATION_FAILED');
    assert.deepEqual(
      (res.body as unknown as { errors: Array<{ path: string }> }).errors.map((e) => e.path),
      ['email', 'shippingAddress', 'payments'],
    );
    assert.equal((await stockOf(s.client, s.product.id)).allocated, 0);
    const retry = await s.shopper.raw<Order>(
      'POST',
      `${s.sf}/checkout`,
      body(cart.id, s.ship.id, [{ paymentMethodId: s.card.id, token: 'tok_visa' }]),
    );
    assertProblem(retry, 201);
  });

  test('tok_declined: 402, no order, nothing allocated, the cart stays usable', async () => {
    const s = await checkoutShop('10.00', 5);
    const cart = await s.newCart(3);
    const declined = await s.shopper.raw(
      'POST',
      `${s.sf}/checkout`,
      body(cart.id, s.ship.id, [{ paymentMethodId: s.card.id, token: 'tok_declined' }]),
    );
    assertProblem(declined, 402, 'PAYMENT_DECLINED');
    assert.equal(await countRows('orders', s.tenantId), 0);
    assert.equal(await countRows('payments', s.tenantId), 0);
    assert.deepEqual(await stockOf(s.client, s.product.id), {
      onHand: 5,
      reserved: 3,
      allocated: 0,
      available: 2,
    });
    const still = (await s.shopper.raw<CartBody>('GET', `${s.sf}/cart/${cart.id}`)).body;
    assert.equal(still.status, 'ACTIVE');
    const retry = await s.shopper.raw<Order>(
      'POST',
      `${s.sf}/checkout`,
      body(cart.id, s.ship.id, [{ paymentMethodId: s.card.id, token: 'tok_visa' }]),
    );
    assertProblem(retry, 201);
    assert.equal(retry.body.orderNumber, '1001', 'the declined attempt used no order number');
  });

  test('Idempotency-Key: a repeat returns the same order; a different body is 422', async () => {
    const s = await checkoutShop();
    const cart = await s.newCart(1);
    const request = body(cart.id, s.ship.id, [{ paymentMethodId: s.card.id, token: 'tok_visa' }]);
    const headers = { 'Idempotency-Key': `key-${cart.id}` };
    const first = await s.shopper.raw<Order>('POST', `${s.sf}/checkout`, request, { headers });
    const again = await s.shopper.raw<Order>('POST', `${s.sf}/checkout`, request, { headers });
    assertProblem(first, 201);
    assert.equal(again.status, 201);
    assert.deepEqual(again.body, first.body);
    assert.equal(again.headers.get('location'), first.headers.get('location'));
    assert.equal(await countRows('orders', s.tenantId), 1);
    const changed = await s.shopper.raw(
      'POST',
      `${s.sf}/checkout`,
      { ...request, customerNotes: 'different' },
      { headers },
    );
    assertProblem(changed, 422, 'IDEMPOTENCY_KEY_REUSED');
  });

  test('manual payment leaves the order payment PENDING with instructions', async () => {
    const s = await checkoutShop();
    const cart = await s.newCart(1);
    const res = await s.shopper.raw<Order>(
      'POST',
      `${s.sf}/checkout`,
      body(cart.id, s.ship.id, [{ paymentMethodId: s.manual.id }]),
    );
    assertProblem(res, 201);
    assert.equal(res.body.paymentStatus, 'PENDING');
    assert.equal(res.body.payments[0]?.status, 'PENDING');
    assert.equal((res.body.payments[0] as unknown as { instructions: string }).instructions, 'IBAN XX00');
  });

  test('split payments: gift card + card add up to the total; a mismatch is 400', async () => {
    const s = await checkoutShop('30.00', 10);
    const gift = await s.client.call<Json & { code: string }>('POST', `${s.admin}/gift-cards`, {
      initialBalance: '20',
    });
    const cart = await s.newCart(1); // 30 + 5 shipping = 35
    const wrong = await s.shopper.raw(
      'POST',
      `${s.sf}/checkout`,
      body(cart.id, s.ship.id, [
        { giftCardCode: gift.code, amount: '20' },
        { paymentMethodId: s.card.id, token: 'tok_visa', amount: '10' },
      ]),
    );
    assertProblem(wrong, 400);
    const ok = await s.shopper.raw<Order>(
      'POST',
      `${s.sf}/checkout`,
      body(cart.id, s.ship.id, [
        { giftCardCode: gift.code.toLowerCase(), amount: '20' },
        { paymentMethodId: s.card.id, token: 'tok_visa' },
      ]),
    );
    assertProblem(ok, 201);
    assert.equal(ok.body.paymentStatus, 'PAID');
    assert.deepEqual(
      ok.body.payments.map((p) => [p.provider, p.amount, p.status]),
      [
        ['gift_card', '20.00', 'CAPTURED'],
        ['test', '15.00', 'CAPTURED'],
      ],
    );
    const card = await s.client.call<Json & { balance: string }>('GET', `${s.admin}/gift-cards/${gift.id}`);
    assert.equal(card.balance, '0.00');
  });

  test('gift card + declined card: 402 and the gift card balance is untouched', async () => {
    const s = await checkoutShop('30.00', 10);
    const gift = await s.client.call<Json & { code: string }>('POST', `${s.admin}/gift-cards`, {
      initialBalance: '20',
    });
    const cart = await s.newCart(1);
    const res = await s.shopper.raw(
      'POST',
      `${s.sf}/checkout`,
      body(cart.id, s.ship.id, [
        { giftCardCode: gift.code, amount: '20' },
        { paymentMethodId: s.card.id, token: 'tok_declined' },
      ]),
    );
    assertProblem(res, 402, 'PAYMENT_DECLINED');
    const card = await s.client.call<Json & { balance: string }>('GET', `${s.admin}/gift-cards/${gift.id}`);
    assert.equal(card.balance, '20.00');
    const ledger = await s.client.call<{ total: number }>(
      'GET',
      `${s.admin}/gift-cards/${gift.id}/transactions`,
    );
    assert.equal(ledger.total, 1);
  });

  test('3-D Secure: payment waits in REQUIRES_ACTION, confirmation captures it', async () => {
    const s = await checkoutShop();
    const cart = await s.newCart(1);
    const res = await s.shopper.raw<Order>(
      'POST',
      `${s.sf}/checkout`,
      body(cart.id, s.ship.id, [{ paymentMethodId: s.card.id, token: 'tok_threeDSecureRequired' }]),
    );
    assertProblem(res, 201);
    const payment = res.body.payments[0];
    assert.equal(payment?.status, 'REQUIRES_ACTION');
    assert.match(payment?.nextAction?.url ?? '', /^https:\/\//);
    assert.equal(res.body.paymentStatus, 'PENDING');
    const confirmed = await s.shopper.raw<Order>(
      'POST',
      `${s.sf}/orders/${res.body.id}/payments/${payment?.id}/confirm`,
      { succeeded: true },
    );
    assertProblem(confirmed, 200);
    assert.equal(confirmed.body.paymentStatus, 'PAID');
    assert.equal(confirmed.body.payments[0]?.status, 'CAPTURED');
    assertProblem(
      await s.shopper.raw('POST', `${s.sf}/orders/${res.body.id}/payments/${payment?.id}/confirm`, {}),
      409,
    );
  });

  test('3-D Secure failure cancels the order, releases its stock and gives the coupon use back', async () => {
    const s = await checkoutShop('10.00', 3);
    const coupon = await s.client.call<Json & { id: string }>('POST', `${s.admin}/coupons`, {
      code: 'ONCE3DS',
      discountType: 'FIXED',
      discountValue: '2',
      usageLimit: 1,
      perCustomerLimit: 1,
    });
    const pay = async (cartId: string, token: string) =>
      s.shopper.raw<Order>(
        'POST',
        `${s.sf}/checkout`,
        body(cartId, s.ship.id, [{ paymentMethodId: s.card.id, token }]),
      );
    const cart = await s.newCart(2);
    await s.shopper.raw('PUT', `${s.sf}/cart/${cart.id}`, { couponCodes: ['ONCE3DS'] });
    const res = await pay(cart.id, 'tok_3ds');
    assert.equal(res.body.discountAmount, '2.00');
    const paymentId = res.body.payments[0]?.id;
    const failed = await s.shopper.raw<Order>(
      'POST',
      `${s.sf}/orders/${res.body.id}/payments/${paymentId}/confirm`,
      { succeeded: false },
    );
    assert.equal(failed.body.status, 'CANCELED');
    assert.equal(failed.body.paymentStatus, 'FAILED');
    assert.equal((await stockOf(s.client, s.product.id)).available, 3);
    const after = await s.client.call<Json & { usageCount: number }>(
      'GET',
      `${s.admin}/coupons/${coupon.id}`,
    );
    assert.equal(after.usageCount, 0, 'the failed payment gave the use back');
    // The same shopper (same email, per-customer limit 1) can use it again on a paid order.
    const again = await s.newCart(1);
    await s.shopper.raw('PUT', `${s.sf}/cart/${again.id}`, { couponCodes: ['ONCE3DS'] });
    const paid = await pay(again.id, 'tok_visa');
    assertProblem(paid, 201);
    assert.equal(paid.body.discountAmount, '2.00');
  });

  test('checkout enforces coupons: used-up coupon is 409 and leaves the cart usable', async () => {
    const s = await checkoutShop('20.00', 10);
    await s.client.call('POST', `${s.admin}/coupons`, {
      code: 'ONCE',
      discountType: 'FIXED',
      discountValue: '5',
      usageLimit: 1,
    });
    const a = await s.newCart(1);
    const b = await s.newCart(1);
    for (const c of [a, b]) await s.shopper.raw('PUT', `${s.sf}/cart/${c.id}`, { couponCodes: ['ONCE'] });
    const first = await s.shopper.raw<Order>(
      'POST',
      `${s.sf}/checkout`,
      body(a.id, s.ship.id, [{ paymentMethodId: s.card.id, token: 'tok_visa' }]),
    );
    assertProblem(first, 201);
    assert.equal(first.body.discountAmount, '5.00');
    assert.equal(first.body.totalAmount, '20.00');
    const second = await s.shopper.raw(
      'POST',
      `${s.sf}/checkout`,
      body(b.id, s.ship.id, [{ paymentMethodId: s.card.id, token: 'tok_visa' }]),
    );
    assertProblem(second, 409, 'COUPON_UNAVAILABLE');
    assert.equal((await s.shopper.raw<CartBody>('GET', `${s.sf}/cart/${b.id}`)).body.status, 'ACTIVE');
  });

  test('a card number instead of a token is refused and never stored or echoed', async () => {
    const s = await checkoutShop();
    const cart = await s.newCart(1);
    const res = await s.shopper.raw(
      'POST',
      `${s.sf}/checkout`,
      body(cart.id, s.ship.id, [{ paymentMethodId: s.card.id, token: '4242424242424242' }]),
    );
    assertProblem(res, 400);
    assert.doesNotMatch(JSON.stringify(res.body), /4242424242424242/);
  });

  test('shipping options list what delivers to the cart address, with prices', async () => {
    const s = await checkoutShop('60.00', 10);
    await s.client.call('POST', `${s.admin}/shipping-methods`, {
      name: 'Express',
      price: '15',
      freeAboveAmount: '50',
    });
    await s.client.call('POST', `${s.admin}/shipping-methods`, {
      name: 'Canada only',
      price: '3',
      settings: { countries: ['CA'] },
    });
    const cart = await s.newCart(1);
    await s.shopper.raw('PUT', `${s.sf}/cart/${cart.id}`, { shippingAddress: address });
    const options = await s.shopper.raw<{ data: Array<{ name: string; price: string }> }>(
      'GET',
      `${s.sf}/cart/${cart.id}/shipping-options`,
    );
    assert.deepEqual(options.body.data.map((o) => [o.name, o.price]).sort(), [
      ['Express', '0.00'],
      ['Standard', '5.00'],
    ]);
  });

  test('admin checkout of a cart and the orders list', async () => {
    const s = await checkoutShop();
    const cart = await s.client.call<CartBody>('POST', `${s.admin}/carts`, {
      items: [{ listingId: s.listing.id, quantity: 1 }],
      email: 'phone@example.test',
    });
    const res = await s.client.raw<Order>('POST', `${s.admin}/carts/${cart.id}/checkout`, {
      shippingAddress: address,
      shippingMethodId: s.ship.id,
      payments: [{ paymentMethodId: s.manual.id }],
    });
    assertProblem(res, 201);
    assert.equal(res.headers.get('location'), `${s.admin}/orders/${res.body.id}`);
    const list = await s.client.call<{ total: number }>('GET', `${s.admin}/orders`);
    assert.equal(list.total, 1);
    assert.equal(await tableCount('orders', s.tenantId), 1);
  });

  test('authorize-only methods: the merchant captures or voids, and the order follows', async () => {
    const s = await checkoutShop('10.00', 10);
    const auth = await s.client.call<Json>('POST', `${s.admin}/payment-methods`, {
      name: 'Auth only',
      provider: 'test',
      settings: { captureMode: 'manual' },
    });
    const place = async () => {
      const cart = await s.newCart(1);
      const res = await s.shopper.raw<Order>(
        'POST',
        `${s.sf}/checkout`,
        body(cart.id, s.ship.id, [{ paymentMethodId: auth.id, token: 'tok_visa' }]),
      );
      assertProblem(res, 201);
      return res.body;
    };
    const first = await place();
    assert.equal(first.payments[0]?.status, 'AUTHORIZED');
    assert.equal(first.paymentStatus, 'PENDING');
    const captured = await s.client.call<Order>(
      'POST',
      `${s.admin}/orders/${first.id}/payments/${first.payments[0]?.id}/capture`,
    );
    assert.equal(captured.paymentStatus, 'PAID');
    assert.equal(captured.payments[0]?.status, 'CAPTURED');
    assertProblem(
      await s.client.raw('POST', `${s.admin}/orders/${first.id}/payments/${first.payments[0]?.id}/void`),
      409,
    );
    const second = await place();
    const voided = await s.client.call<Order>(
      'POST',
      `${s.admin}/orders/${second.id}/payments/${second.payments[0]?.id}/void`,
    );
    assert.equal(voided.payments[0]?.status, 'VOIDED');
    assert.equal(voided.paymentStatus, 'PENDING');
  });

  test('automatic promotions apply without a code, only above their minimum, and count a use only when applied', async () => {
    const s = await checkoutShop('20.00', 20);
    const promo = await s.client.call<Json>('POST', `${s.admin}/coupons`, {
      code: 'AUTO10',
      discountType: 'PERCENTAGE',
      discountValue: '10',
      minimumOrderAmount: '50',
      isAutomatic: true,
    });
    const small = await s.newCart(1);
    assert.equal(small.discountAmount, '0.00');
    const big = await s.newCart(3);
    assert.equal(big.discountAmount, '6.00');
    assert.deepEqual(big.couponCodes, [], 'nothing was entered');
    const a = await s.shopper.raw<Order>(
      'POST',
      `${s.sf}/checkout`,
      body(small.id, s.ship.id, [{ paymentMethodId: s.card.id, token: 'tok_visa' }]),
    );
    const b = await s.shopper.raw<Order>(
      'POST',
      `${s.sf}/checkout`,
      body(big.id, s.ship.id, [{ paymentMethodId: s.card.id, token: 'tok_visa' }]),
    );
    assert.deepEqual([a.body.discountAmount, b.body.discountAmount], ['0.00', '6.00']);
    assert.deepEqual((b.body as unknown as { couponCodes: string[] }).couponCodes, ['AUTO10']);
    assert.equal(b.body.totalAmount, '59.00');
    const after = await s.client.call<{ usageCount: number }>('GET', `${s.admin}/coupons/${promo.id}`);
    assert.equal(after.usageCount, 1);
  });
});
