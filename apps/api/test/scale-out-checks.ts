// What a deployment of several API processes on one database must still do (scale-out.e2e.test.ts,
// and the same behind PgBouncer, pgbouncer.e2e.test.ts).
import assert from 'node:assert/strict';
import { anonymous } from './fixtures.ts';
import { sellingShop } from './orders.ts';
import type { ApiServer } from './server.ts';
import { address } from './shop.ts';
import { openStream } from './sse.ts';

/**
 * `shoppers` shoppers, spread over `apis` in turn, race for a store's 10 units: exactly 10 orders,
 * the others told the stock ran out, nothing oversold.
 */
export async function raceForTheLastUnits(apis: ApiServer[], shoppers: number) {
  const s = await sellingShop(apis[0] as ApiServer); // 10 in stock
  const buy = async (api: ApiServer, i: number) => {
    const shopper = anonymous(api);
    const cart = await shopper.raw<{ id: string }>('POST', `${s.sf}/cart`, {
      items: [{ listingId: s.listing.id, quantity: 1 }],
    });
    if (cart.status !== 201) return cart.status;
    const res = await shopper.raw('POST', `${s.sf}/checkout`, {
      cartId: cart.body.id,
      email: `racer-${i}@example.test`,
      shippingAddress: address,
      shippingMethodId: s.ship.id,
      payments: [{ paymentMethodId: s.card.id, token: 'tok_visa' }],
    });
    return res.status;
  };
  const statuses = await Promise.all(
    Array.from({ length: shoppers }, (_, i) => buy(apis[i % apis.length] as ApiServer, i)),
  );
  assert.equal(statuses.filter((x) => x === 201).length, 10, statuses.join(','));
  assert.ok(
    statuses.every((x) => x === 201 || x === 409),
    `the others are told the stock ran out: ${statuses.join(',')}`,
  );
  const stock = await s.stock();
  assert.equal(stock.onHand - stock.reserved - stock.allocated, 0);
  assert.equal(stock.available, 0);
}

/** A stock change made through `from` reaches a shopper streaming availability from `to`. */
export async function stockChangeReachesStream(from: ApiServer, to: ApiServer) {
  const s = await sellingShop(from);
  const stream = await openStream(`${to.url}${s.sf}/stock/stream?products=${s.product.id}`);
  try {
    await stream.waitFor((m) => m.productId === s.product.id && m.available === 10);
    await s.client.inventory.products.adjust(String(s.product.id), { quantity: -4, reason: 'damaged' });
    await stream.waitFor((m) => m.productId === s.product.id && m.available === 6);
  } finally {
    await stream.close();
  }
}
