import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { anonymous } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { type Json, shop } from '../../../../test/shop.ts';

// Shipping options tell a storefront whether the store can ship at all (to show "this shop cannot
// take orders yet") apart from "nothing delivers to this address".
let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

type Options = { data: Json[]; requiresShipping: boolean; configured: boolean };

test('a store without shipping methods says so; a zoned method elsewhere is configured but unavailable', async () => {
  const s = await shop(server);
  const shopper = anonymous(server);
  const cart = await shopper.call<Json>('POST', `${s.sf}/cart`, {
    items: [{ listingId: s.listing.id, quantity: 1 }],
  });
  const none = await shopper.call<Options>('GET', `${s.sf}/cart/${cart.id}/shipping-options`);
  assert.deepEqual(none, { data: [], requiresShipping: true, configured: false });

  await s.client.call('POST', `${s.admin}/shipping-methods`, {
    name: 'Domestic',
    price: '5.00',
    settings: { countries: ['US'] },
  });
  await shopper.call('PUT', `${s.sf}/cart/${cart.id}`, {
    shippingAddress: {
      firstName: 'Ada',
      lastName: 'Lovelace',
      line1: '1 High St',
      city: 'London',
      postalCode: 'SW1A 1AA',
      country: 'GB',
    },
  });
  const abroad = await shopper.call<Options>('GET', `${s.sf}/cart/${cart.id}/shipping-options`);
  assert.deepEqual(abroad, { data: [], requiresShipping: true, configured: true });
});
