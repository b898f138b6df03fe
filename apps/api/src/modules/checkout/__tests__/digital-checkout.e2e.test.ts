import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { anonymous, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { address, assertProblem, type Json, listProduct } from '../../../../test/shop.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(async () => {
  await server.close();
});

type Order = Json & {
  shippingAmount: string;
  totalAmount: string;
  paymentStatus: string;
  shippingAddress: unknown;
};
type Problem = { code: string; errors: Array<{ path: string; message: string }> };

/** A store selling a 10.00 download (DIGITAL) and a 25.00 kettle, a test card, shipping 5.00. */
async function digitalShop() {
  const m = await newMerchantWithStore(server, 'Downloads');
  const ebook = await m.client.call<Json>('POST', '/api/inventory/products', {
    sku: `EBOOK-${m.store.id.slice(0, 8)}`,
    name: 'E-book',
    price: '10.00',
    type: 'DIGITAL',
  });
  const download = await m.client.call<Json>('POST', `/api/stores/${m.store.id}/products`, {
    productId: ebook.id,
    attributes: { downloadUrl: 'https://files.example/e-book.pdf' },
  });
  const kettle = await listProduct(m.client, m.store.id, { price: '25.00', stock: 10, weight: 900 });
  const admin = `/api/stores/${m.store.id}`;
  const card = await m.client.call<Json>('POST', `${admin}/payment-methods`, {
    name: 'Card',
    provider: 'test',
  });
  const ship = await m.client.call<Json>('POST', `${admin}/shipping-methods`, {
    name: 'Standard',
    price: '5.00',
  });
  const sf = `/api/storefront/${m.store.domain}`;
  const shopper = anonymous(server);
  const cartOf = (listingIds: string[]) =>
    shopper.call<Json>('POST', `${sf}/cart`, {
      items: listingIds.map((listingId) => ({ listingId, quantity: 1 })),
    });
  const checkout = (body: Record<string, unknown>) =>
    shopper.raw<Order>('POST', `${sf}/checkout`, {
      payments: [{ paymentMethodId: card.id, token: 'tok_visa' }],
      ...body,
    });
  return { ...m, download, kettle, ship, sf, shopper, cartOf, checkout };
}

describe('checkout of DIGITAL lines', () => {
  test('an all-digital cart needs no address and no shipping method, and pays no shipping', async () => {
    const s = await digitalShop();
    const cart = await s.cartOf([s.download.id]);
    const options = await s.shopper.call<{ data: unknown[] }>(
      'GET',
      `${s.sf}/cart/${cart.id}/shipping-options`,
    );
    assert.deepEqual(options.data, []);
    const res = await s.checkout({ cartId: cart.id, email: 'reader@example.test' });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.deepEqual(
      [res.body.shippingAmount, res.body.totalAmount, res.body.paymentStatus],
      ['0.00', '10.00', 'PAID'],
    );
    assert.equal(res.body.shippingAddress ?? null, null);
  });

  test('an all-digital cart still takes an address, and ignores a shipping method', async () => {
    const s = await digitalShop();
    const cart = await s.cartOf([s.download.id]);
    const res = await s.checkout({
      cartId: cart.id,
      email: 'reader@example.test',
      shippingAddress: address,
      shippingMethodId: s.ship.id,
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.shippingAmount, '0.00');
    assert.deepEqual(res.body.shippingAddress, address);
  });

  test('an all-digital cart without an email is 400 on the email only', async () => {
    const s = await digitalShop();
    const cart = await s.cartOf([s.download.id]);
    const res = await s.checkout({ cartId: cart.id });
    assertProblem(res, 400, 'VALIDATION_FAILED');
    assert.deepEqual((res.body as unknown as Problem).errors, [{ path: 'email', message: 'is required' }]);
  });

  test('a cart with a physical line still needs the address (same field errors) and pays shipping', async () => {
    const s = await digitalShop();
    const cart = await s.cartOf([s.download.id, String(s.kettle.listing.id)]);
    const missing = await s.checkout({ cartId: cart.id, shippingMethodId: s.ship.id });
    assertProblem(missing, 400, 'VALIDATION_FAILED');
    assert.deepEqual((missing.body as unknown as Problem).errors, [
      { path: 'email', message: 'is required' },
      { path: 'shippingAddress', message: 'is required' },
    ]);
    const noAddress = await s.checkout({ cartId: cart.id, email: 'mixed@example.test' });
    assertProblem(noAddress, 400, 'VALIDATION_FAILED');
    assert.deepEqual((noAddress.body as unknown as Problem).errors, [
      { path: 'shippingAddress', message: 'is required' },
    ]);
    const res = await s.checkout({
      cartId: cart.id,
      email: 'mixed@example.test',
      shippingAddress: address,
      shippingMethodId: s.ship.id,
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.deepEqual([res.body.shippingAmount, res.body.totalAmount], ['5.00', '40.00']);
  });

  test('the order gives signed download links for its digital lines; a refund revokes them', async () => {
    const s = await digitalShop();
    const cart = await s.cartOf([s.download.id, String(s.kettle.listing.id)]);
    const placed = await s.checkout({
      cartId: cart.id,
      email: 'reader@example.test',
      shippingAddress: address,
      shippingMethodId: s.ship.id,
    });
    assert.equal(placed.status, 201, JSON.stringify(placed.body));
    type Links = { data: Array<{ itemId: string; title: string; url: string; expiresAt: string }> };
    const links = await s.shopper.call<Links>('GET', `${s.sf}/orders/${placed.body.id}/downloads`);
    assert.equal(links.data.length, 1, 'only the digital line has a download');
    const link = links.data[0] as Links['data'][number];
    assert.ok(Date.parse(link.expiresAt) > Date.now());
    const follow = () => fetch(`${server.url}${link.url}`, { redirect: 'manual' });
    const first = await follow();
    assert.equal(first.status, 302);
    assert.equal(first.headers.get('location'), 'https://files.example/e-book.pdf');

    const item = (placed.body.items as Array<{ id: string; listingId: string }>).find(
      (i) => i.listingId === s.download.id,
    );
    const refunded = await s.client.raw('POST', `/api/stores/${s.store.id}/orders/${placed.body.id}/refund`, {
      items: [{ itemId: item?.id, quantity: 1 }],
    });
    assert.equal(refunded.status, 200, JSON.stringify(refunded.body));
    const revoked = await follow();
    assert.equal(revoked.status, 410);
    assert.equal(((await revoked.json()) as { code: string }).code, 'LINK_REVOKED');
    assert.deepEqual(
      (await s.shopper.call<Links>('GET', `${s.sf}/orders/${placed.body.id}/downloads`)).data,
      [],
    );
  });
});
