import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { anonymous } from '../../../../test/fixtures.ts';
import { eventually } from '../../../../test/mailbox.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { address, type Json, listProduct, shop } from '../../../../test/shop.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

type Rec = { slug: string; reason: string };

describe('placed orders feed the catalog (order.placed through the outbox)', () => {
  test('a real checkout makes "bought together" and best sellers, and the buyer\'s review verified', async () => {
    const s = await shop(server, { price: '20.00', stock: 10 });
    const { listing: mug } = await listProduct(s.client, s.store.id, {
      price: '8.00',
      stock: 10,
      name: 'Stone Mug',
    });
    await listProduct(s.client, s.store.id, { price: '9.00', stock: 10, name: 'Linen Towel' });
    const card = await s.client.call<Json>('POST', `${s.admin}/payment-methods`, {
      name: 'Card',
      provider: 'test',
    });
    const ship = await s.client.call<Json>('POST', `${s.admin}/shipping-methods`, {
      name: 'Standard',
      price: '5.00',
    });
    // A page that the order does not touch, cached before it (once the setup's events are delivered).
    const towel = `${s.sf}/products/linen-towel`;
    const towelCached = async () =>
      (await anonymous(server).raw('GET', towel)).headers.get('x-cache') === 'HIT';
    await eventually(towelCached, 'the towel page cached');
    const session = await anonymous(server).call<{ accessToken: string }>('POST', `${s.sf}/customers`, {
      email: 'ada@example.test',
      password: 'correct horse battery',
      firstName: 'Ada',
      lastName: 'Lovelace',
    });
    const shopper = anonymous(server).as(session.accessToken);
    const cart = await shopper.call<Json>('POST', `${s.sf}/cart`, {
      items: [
        { listingId: s.listing.id, quantity: 1 },
        { listingId: mug.id, quantity: 3 },
      ],
    });
    const order = await shopper.raw<Json>('POST', `${s.sf}/checkout`, {
      cartId: cart.id,
      email: 'ada@example.test',
      shippingAddress: address,
      shippingMethodId: ship.id,
      payments: [{ paymentMethodId: card.id, token: 'tok_visa' }],
    });
    assert.equal(order.status, 201, JSON.stringify(order.body));

    const slug = s.listing.slug as string;
    // The event is delivered after the checkout commits; wait for its effect.
    let recs: Rec[] = [];
    for (let i = 0; i < 100; i++) {
      recs = (await shopper.call<{ data: Rec[] }>('GET', `${s.sf}/products/${slug}/recommendations`)).data;
      if (recs[0]?.reason === 'BOUGHT_TOGETHER') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.deepEqual(recs[0], { ...recs[0], slug: 'stone-mug', reason: 'BOUGHT_TOGETHER' });
    const towelRecs = (
      await shopper.call<{ data: Rec[] }>('GET', `${s.sf}/products/linen-towel/recommendations`)
    ).data;
    assert.equal(towelRecs[0]?.slug, 'stone-mug'); // the best seller (3 sold)
    assert.equal(towelRecs[0]?.reason, 'BEST_SELLER');
    assert.equal(await towelCached(), true, 'an order drops the pages ranked by sales, not the others');
    const review = await shopper.call<{ isVerifiedPurchase: boolean }>(
      'POST',
      `${s.sf}/products/stone-mug/reviews`,
      {
        rating: 5,
        content: 'Lovely mug',
      },
    );
    assert.equal(review.isVerifiedPurchase, true);
    const notBought = await shopper.call<{ isVerifiedPurchase: boolean }>(
      'POST',
      `${s.sf}/products/linen-towel/reviews`,
      { rating: 4, content: 'Looks nice' },
    );
    assert.equal(notBought.isVerifiedPurchase, false);
  });
});
