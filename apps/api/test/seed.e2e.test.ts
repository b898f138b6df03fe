import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO_TENANTS, seedDemo } from '../src/seed/demo.ts';
import { DEMO_COUPON, DEMO_GIFT_CARD } from '../src/seed/demo-commerce.ts';
import { startTestServer, type TestServer } from './server.ts';

// The demo seed on a fresh database: a shopper can buy from either demo store straight away.
let server: TestServer;
before(async () => {
  server = await startTestServer();
  await seedDemo(server.platform, server.url);
});
after(() => server.close());

type Body = Record<string, unknown> & { id: string };
async function call<T = Body>(method: string, path: string, body?: unknown) {
  const res = await fetch(server.url + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as T };
}
const sf = (handle: string) => `/api/storefront/${handle}.${server.config.platformDomain}`;
const address = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  line1: '20 W 34th St',
  city: 'New York',
  region: 'NY',
  postalCode: '10001',
  country: 'US',
};
type Listing = {
  id: string;
  slug: string;
  title: string;
  price: string;
  available: number;
  images: unknown[];
};
type Option = { id: string; name: string; price: string };

/** The cheapest in-stock, non-digital listings from the store whose prices add up past `above`. */
async function cartAbove(handle: string, above: number) {
  const { body } = await call<{ data: Listing[] }>('GET', `${sf(handle)}/products?limit=100&sort=price`);
  const items: Listing[] = [];
  let total = 0;
  for (const l of body.data) {
    if (l.available < 1 || /ebook|guide/i.test(l.title) || Number(l.price) < 20) continue;
    items.push(l);
    total += Number(l.price);
    if (total > above) break;
  }
  const cart = await call<Body>('POST', `${sf(handle)}/cart`, {
    items: items.map((l) => ({ listingId: l.id, quantity: 1 })),
  });
  assert.equal(cart.status, 201, JSON.stringify(cart.body));
  return { cart: cart.body, subtotal: total };
}

for (const demo of DEMO_TENANTS) {
  const handle = demo.store.handle;
  describe(`demo store ${handle}`, () => {
    test('every listing has a picture and its own description', async () => {
      const { body } = await call<{ data: (Listing & { description: string })[] }>(
        'GET',
        `${sf(handle)}/products?limit=100`,
      );
      assert.ok(body.data.length > 40);
      for (const l of body.data) assert.ok(l.images.length > 0, `${l.title} has no image`);
      const descriptions = new Set(body.data.map((l) => l.description));
      assert.equal(descriptions.size, body.data.length, 'descriptions repeat');
    });

    test('collections contain products', async () => {
      const { body } = await call<{ data: { slug: string; title: string }[] }>(
        'GET',
        `${sf(handle)}/collections`,
      );
      assert.ok(body.data.length >= 3);
      for (const c of body.data) {
        const products = await call<{ data: Listing[] }>(
          'GET',
          `${sf(handle)}/products?collection=${c.slug}`,
        );
        assert.ok(products.body.data.length > 0, `collection ${c.title} is empty`);
      }
    });

    test('a guest checks out with shipping, tax, coupon and the test card', async () => {
      const { cart } = await cartAbove(handle, 80);
      const put = await call<Body & { subtotal: string }>('PUT', `${sf(handle)}/cart/${cart.id}`, {
        shippingAddress: address,
        couponCodes: [DEMO_COUPON.code],
      });
      assert.equal(put.status, 200, JSON.stringify(put.body));
      const options = await call<{ data: Option[] }>('GET', `${sf(handle)}/cart/${cart.id}/shipping-options`);
      const names = options.body.data.map((o) => o.name);
      assert.deepEqual(names.sort(), ['Express', 'Standard']);
      // Free shipping over $75 (the banner's promise) holds after the coupon too at this size.
      const standard = options.body.data.find((o) => o.name === 'Standard') as Option;
      const priced = await call<Body & Record<string, string>>('PUT', `${sf(handle)}/cart/${cart.id}`, {
        shippingMethodId: standard.id,
      });
      assert.equal(Number(priced.body.subtotal) - Number(priced.body.discountAmount) >= 75, true);
      assert.equal(priced.body.shippingAmount, '0.00');
      assert.ok(Number(priced.body.discountAmount) > 0, 'coupon applied');
      assert.ok(Number(priced.body.taxAmount) > 0, 'NY tax charged');
      const methods = await call<{ data: Body[] }>('GET', `${sf(handle)}/payment-methods`);
      const card = methods.body.data.find((m) => m.provider === 'test');
      assert.ok(card, 'the test card method is offered');
      const order = await call<Body & { totalAmount: string }>('POST', `${sf(handle)}/checkout`, {
        cartId: cart.id,
        email: 'ada@example.test',
        shippingAddress: address,
        shippingMethodId: standard.id,
        payments: [{ paymentMethodId: card.id, token: 'tok_visa' }],
      });
      assert.equal(order.status, 201, JSON.stringify(order.body));
      assert.equal(order.body.totalAmount, priced.body.totalAmount);
    });

    test('a small order pays for standard shipping; abroad only International is offered', async () => {
      const { body } = await call<{ data: Listing[] }>('GET', `${sf(handle)}/products?limit=100&sort=price`);
      const cheap = body.data.find((l) => l.available > 0 && Number(l.price) < 40 && !/ebook/i.test(l.title));
      assert.ok(cheap);
      const cart = await call<Body>('POST', `${sf(handle)}/cart`, {
        items: [{ listingId: cheap.id, quantity: 1 }],
      });
      await call('PUT', `${sf(handle)}/cart/${cart.body.id}`, { shippingAddress: address });
      const us = await call<{ data: Option[] }>('GET', `${sf(handle)}/cart/${cart.body.id}/shipping-options`);
      assert.equal(us.body.data.find((o) => o.name === 'Standard')?.price, '6.95');
      await call('PUT', `${sf(handle)}/cart/${cart.body.id}`, {
        shippingAddress: { ...address, region: null, city: 'London', postalCode: 'SW1A 1AA', country: 'GB' },
      });
      const uk = await call<{ data: Option[] }>('GET', `${sf(handle)}/cart/${cart.body.id}/shipping-options`);
      assert.deepEqual(
        uk.body.data.map((o) => o.name),
        ['International'],
      );
    });

    test('the printed gift card is there with its balance', async () => {
      const balance = await call<{ balance: string }>(
        'GET',
        `${sf(handle)}/gift-cards/${DEMO_GIFT_CARD.code}/balance`,
      );
      assert.equal(balance.status, 200, JSON.stringify(balance.body));
      assert.equal(balance.body.balance, DEMO_GIFT_CARD.balance);
    });
  });
}
