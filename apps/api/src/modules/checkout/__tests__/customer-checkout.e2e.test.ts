import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { anonymous } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { address, assertProblem, type CartBody, type Json, shop, stockOf } from '../../../../test/shop.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

async function customerShop() {
  const s = await shop(server, { price: '10.00', stock: 20 });
  const card = await s.client.call<Json>('POST', `${s.admin}/payment-methods`, {
    name: 'Card',
    provider: 'test',
  });
  const email = `c-${randomBytes(4).toString('hex')}@example.test`;
  const session = await anonymous(server).call<{ accessToken: string; customer: Json }>(
    'POST',
    `${s.sf}/customers`,
    {
      email,
      password: 'correct horse battery',
      firstName: 'Grace',
      lastName: 'Hopper',
    },
  );
  const me = anonymous(server).as(session.accessToken);
  return { ...s, card, me, email, customerId: session.customer.id };
}

describe('customers at checkout', () => {
  test("a guest cart merges into the customer's cart on login; holds move over", async () => {
    const s = await customerShop();
    const mine = (
      await s.me.raw<CartBody>('POST', `${s.sf}/cart`, { items: [{ listingId: s.listing.id, quantity: 2 }] })
    ).body;
    const guest = (
      await anonymous(server).raw<CartBody>('POST', `${s.sf}/cart`, {
        items: [{ listingId: s.listing.id, quantity: 1 }],
      })
    ).body;
    assertProblem(await anonymous(server).raw('GET', `${s.sf}/cart/${mine.id}`), 404);
    assertProblem(await anonymous(server).raw('POST', `${s.sf}/cart/${guest.id}/claim`), 404);
    const merged = await s.me.raw<CartBody>('POST', `${s.sf}/cart/${guest.id}/claim`);
    assertProblem(merged, 200);
    assert.equal(merged.body.id, mine.id);
    assert.equal(merged.body.items.length, 1);
    assert.equal(merged.body.items[0]?.quantity, 3);
    assertProblem(await anonymous(server).raw('GET', `${s.sf}/cart/${guest.id}`), 404);
    assert.equal((await stockOf(s.client, s.product.id)).reserved, 3);
    assert.equal((await s.me.call<CartBody>('GET', `${s.sf}/account/cart`)).id, mine.id);
  });

  test('save a card at checkout (token + display data only), pay with it again, delete it', async () => {
    const s = await customerShop();
    const pay = async (payments: unknown[], extra: Record<string, unknown> = {}) => {
      const cart = (
        await s.me.raw<CartBody>('POST', `${s.sf}/cart`, {
          items: [{ listingId: s.listing.id, quantity: 1 }],
        })
      ).body;
      return s.me.raw<Json & { paymentStatus: string; customerId: string }>('POST', `${s.sf}/checkout`, {
        cartId: cart.id,
        email: s.email,
        shippingAddress: address,
        payments,
        ...extra,
      });
    };
    const first = await pay([{ paymentMethodId: s.card.id, token: 'tok_mastercard' }], {
      savePaymentMethod: true,
    });
    assertProblem(first, 201);
    assert.equal(first.body.customerId, s.customerId);
    const saved = await s.me.call<{ data: Array<Json & { brand: string; last4: string }> }>(
      'GET',
      `${s.sf}/account/payment-methods`,
    );
    assert.equal(saved.data.length, 1);
    assert.deepEqual([saved.data[0]?.brand, saved.data[0]?.last4], ['mastercard', '4444']);
    assert.doesNotMatch(JSON.stringify(saved), /tok_/, 'the gateway token is not shown');
    const again = await pay([{ savedPaymentMethodId: saved.data[0]?.id }]);
    assertProblem(again, 201);
    assert.equal(again.body.paymentStatus, 'PAID');
    const other = await customerShop();
    assertProblem(await other.me.raw('DELETE', `${s.sf}/account/payment-methods/${saved.data[0]?.id}`), 401);
    assert.equal(
      (await s.me.raw('DELETE', `${s.sf}/account/payment-methods/${saved.data[0]?.id}`)).status,
      204,
    );
    assert.equal(
      (await s.me.call<{ data: unknown[] }>('GET', `${s.sf}/account/payment-methods`)).data.length,
      0,
    );
    assertProblem(await anonymous(server).raw('GET', `${s.sf}/orders/${first.body.id}`), 401);
    assertProblem(await s.me.raw('GET', `${s.sf}/orders/${first.body.id}`), 200);
    // A customer's 3-D Secure challenge is theirs to answer, not anyone's who learns the ids.
    const challenged = await pay([{ paymentMethodId: s.card.id, token: 'tok_3ds' }]);
    const paymentId = (challenged.body.payments as Array<{ id: string }>)[0]?.id;
    const confirm = `${s.sf}/orders/${challenged.body.id}/payments/${paymentId}/confirm`;
    assertProblem(await anonymous(server).raw('POST', confirm, { succeeded: false }), 401);
    assertProblem(await other.me.raw('POST', confirm, { succeeded: false }), 401);
    const answered = await s.me.raw<Json & { paymentStatus: string }>('POST', confirm, { succeeded: true });
    assertProblem(answered, 200);
    assert.equal(answered.body.paymentStatus, 'PAID');
  });

  test('the typed SDK drives a whole purchase', async () => {
    const s = await customerShop();
    const sdk = anonymous(server);
    const domain = s.store.domain;
    const cart = await sdk.checkout.cart.create(domain, {
      items: [{ listingId: s.listing.id, quantity: 2 }],
    });
    const withAddress = await sdk.checkout.cart.update(domain, cart.id, {
      shippingAddress: address,
      email: 'sdk@example.test',
    });
    assert.equal(withAddress.totalAmount, '20.00');
    const methods = await sdk.checkout.paymentMethods(domain);
    assert.deepEqual(Object.keys(methods.data[0] ?? {}).sort(), ['id', 'instructions', 'name', 'provider']);
    const order = await sdk.checkout.placeOrder(
      domain,
      { cartId: cart.id, payments: [{ paymentMethodId: s.card.id, token: 'tok_visa' }] },
      `sdk-${cart.id}`,
    );
    assert.equal(order.paymentStatus, 'PAID');
    const listed = await s.client.commerce.orders.list(s.store.id);
    assert.equal(listed.data[0]?.orderNumber, order.orderNumber);
  });
});
