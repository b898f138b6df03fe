import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { anonymous, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { recordStatements, showStatements } from '../../../../test/statements.ts';

let server: TestServer;
before(async () => {
  // No background job runner in this process: only the requests' own statements are counted.
  server = await startTestServer({ runJobs: false });
});
after(() => server.close());

const address = {
  firstName: 'S',
  lastName: 'Hopper',
  line1: '1 Main St',
  city: 'Springfield',
  postalCode: '12345',
  country: 'US',
};
type Json = Record<string, unknown> & { id: string };

/**
 * A purchase (a new cart with one line, then checkout with the test card, the capture after its
 * commit included: bench/README's definition) is a fixed, small number of SQL statements: this
 * pins it, so the count cannot creep back. Issue 17 asks for at most 20: a purchase is 18 now
 * (65, then 34 before), an add to an existing cart 8 (19, then 13, then 9). Lower the pins as statements
 * go, never raise them.
 */
const PURCHASE_AT_MOST = 18;
const ADD_TO_CART_AT_MOST = 8;
/** Round trips to PostgreSQL: a transaction's BEGIN and settings travel with its first statement. */
const PURCHASE_ROUND_TRIPS_AT_MOST = 13;
const ADD_TO_CART_ROUND_TRIPS_AT_MOST = 6;
describe('purchase statement count', () => {
  test('cart + checkout with the test card, and an add to a cart, take a pinned number of statements (BEGIN/COMMIT included)', async () => {
    const m = await newMerchantWithStore(server, 'Counted');
    const card = await m.client.call<Json>('POST', `/api/stores/${m.store.id}/payment-methods`, {
      name: 'Card',
      provider: 'test',
    });
    const product = await m.client.call<Json>('POST', '/api/inventory/products', {
      sku: 'COUNT-1',
      name: 'Counted item',
      price: '12.50',
      initialStock: 100,
    });
    const listing = await m.client.call<Json>('POST', `/api/stores/${m.store.id}/products`, {
      productId: product.id,
    });
    const shop = anonymous(server);
    const sf = `/api/storefront/${m.store.domain}`;
    const purchase = async () => {
      const counter = recordStatements();
      const cart = await shop.raw<Json>('POST', `${sf}/cart`, {
        items: [{ listingId: listing.id, quantity: 1 }],
      });
      assert.equal(cart.status, 201, JSON.stringify(cart.body));
      const cartSeen = counter.stop();
      showStatements('cart', cartSeen);
      const cartStatements = cartSeen.length;
      const cartRoundTrips = counter.roundTrips;
      const checkoutCounter = recordStatements();
      const order = await shop.raw<Json>('POST', `${sf}/checkout`, {
        cartId: cart.body.id,
        email: 'count@example.test',
        shippingAddress: address,
        payments: [{ paymentMethodId: card.id, token: 'tok_visa' }],
      });
      const checkout = checkoutCounter.stop();
      assert.equal(order.status, 201, JSON.stringify(order.body));
      assert.equal(order.body.paymentStatus, 'PAID');
      showStatements('checkout', checkout);
      return {
        cart: cartStatements,
        checkout: checkout.length,
        roundTrips: cartRoundTrips + checkoutCounter.roundTrips,
      };
    };
    await purchase(); // warm the store resolver and the payment-method caches
    const cart = await shop.call<Json>('POST', `${sf}/cart`, {
      items: [{ listingId: listing.id, quantity: 1 }],
    });
    const addCounter = recordStatements();
    const added = await shop.raw<Json>('POST', `${sf}/cart/${cart.id}/items`, {
      listingId: listing.id,
      quantity: 1,
    });
    const adding = addCounter.stop();
    assert.equal(added.status, 200, JSON.stringify(added.body));
    showStatements('add', adding);
    console.log(
      `statements: add to an existing cart ${adding.length} (${addCounter.roundTrips} round trips)`,
    );
    assert.ok(
      addCounter.roundTrips <= ADD_TO_CART_ROUND_TRIPS_AT_MOST,
      `adding to a cart must take at most ${ADD_TO_CART_ROUND_TRIPS_AT_MOST} round trips, took ${addCounter.roundTrips}`,
    );
    assert.ok(
      adding.length <= ADD_TO_CART_AT_MOST,
      `adding to a cart must take at most ${ADD_TO_CART_AT_MOST} statements, took ${adding.length}`,
    );
    const counted = await purchase();
    console.log(
      `statements: cart ${counted.cart}, checkout ${counted.checkout} (${counted.roundTrips} round trips)`,
    );
    assert.ok(
      counted.roundTrips <= PURCHASE_ROUND_TRIPS_AT_MOST,
      `a purchase must take at most ${PURCHASE_ROUND_TRIPS_AT_MOST} round trips, took ${counted.roundTrips}`,
    );
    const total = counted.cart + counted.checkout;
    assert.ok(
      total <= PURCHASE_AT_MOST,
      `a purchase must take at most ${PURCHASE_AT_MOST} statements, took ${total}`,
    );
  });
});
