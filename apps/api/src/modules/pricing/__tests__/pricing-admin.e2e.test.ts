import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { anonymous, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

type Body = Record<string, unknown> & { id: string };
const code = (res: { body: unknown }) => (res.body as { code?: string }).code;

describe('pricing admin CRUD', () => {
  test('shipping methods: FLAT, WEIGHT bands required, money as decimal strings, PUT subset, DELETE', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const base = `/api/stores/${store.id}/shipping-methods`;
    const flat = await client.raw<Body>('POST', base, {
      name: 'Standard',
      price: 5,
      freeAboveAmount: '50',
      estimatedDeliveryDays: 3,
    });
    assert.equal(flat.status, 201);
    assert.equal(flat.headers.get('location'), `${base}/${flat.body.id}`);
    assert.equal(flat.body.price, '5.00');
    assert.equal(flat.body.freeAboveAmount, '50.00');
    assert.equal(flat.body.rateCalculationType, 'FLAT');
    assert.equal(flat.body.taxable, true);

    const noBands = await client.raw('POST', base, { name: 'Heavy', rateCalculationType: 'WEIGHT' });
    assert.equal(noBands.status, 400);
    const weight = await client.raw<Body>('POST', base, {
      name: 'By weight',
      rateCalculationType: 'WEIGHT',
      settings: {
        bands: [
          { upToGrams: 1000, price: '4.50' },
          { upToGrams: null, price: '9.99' },
        ],
        countries: ['us'],
      },
    });
    assert.equal(weight.status, 201);
    assert.deepEqual((weight.body.settings as { countries: string[] }).countries, ['US']);

    const updated = await client.raw<Body>('PUT', `${base}/${flat.body.id}`, { price: '6.5' });
    assert.equal(updated.body.price, '6.50');
    assert.equal(updated.body.name, 'Standard');
    const unknown = await client.raw('PUT', `${base}/${flat.body.id}`, { bogus: true });
    assert.equal(unknown.status, 400);
    const list = await client.raw<{ total: number }>('GET', base);
    assert.equal(list.body.total, 2);
    assert.equal((await client.raw('DELETE', `${base}/${flat.body.id}`)).status, 204);
    assert.equal((await client.raw('GET', `${base}/${flat.body.id}`)).status, 404);
  });

  test('payment methods: secrets are write-only and survive a PUT that echoes the mask', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const base = `/api/stores/${store.id}/payment-methods`;
    const created = await client.raw<Body>('POST', base, {
      name: 'Card',
      provider: 'stripe',
      settings: { secretKey: 'sk_test_abcdefghijklmnop1234', publishableKey: 'pk_test_1' },
    });
    assert.equal(created.status, 201);
    const settings = created.body.settings as Record<string, string>;
    assert.equal(settings.secretKey, '****1234');
    assert.equal(settings.publishableKey, 'pk_test_1');
    assert.doesNotMatch(JSON.stringify(created.body), /abcdefghijklmnop/);
    const echoed = await client.raw<Body>('PUT', `${base}/${created.body.id}`, {
      settings: { ...settings, statementDescriptor: 'KETTLE' },
    });
    assert.equal((echoed.body.settings as Record<string, string>).secretKey, '****1234');
    const bad = await client.raw('POST', base, { name: 'X', provider: 'paypal-ish' });
    assert.equal(bad.status, 400);
  });

  test('tax rates: country, region, postal prefix, category, rate as a percent string', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const base = `/api/stores/${store.id}/tax-rates`;
    const rate = await client.raw<Body>('POST', base, {
      name: 'CA state',
      country: 'us',
      region: 'CA',
      postalPrefix: '941',
      taxCategory: 'general',
      rate: '8.875',
      appliesToShipping: true,
      compound: false,
    });
    assert.equal(rate.status, 201);
    assert.equal(rate.body.country, 'US');
    assert.equal(rate.body.rate, '8.875');
    assert.equal((await client.raw('POST', base, { name: 'Bad', country: 'USA', rate: '101' })).status, 400);
    const updated = await client.raw<Body>('PUT', `${base}/${rate.body.id}`, { rate: 10 });
    assert.equal(updated.body.rate, '10');
  });

  test('coupons: every seed field, upper-case unique codes, value rules', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const base = `/api/stores/${store.id}/coupons`;
    const productId = '00000000-0000-4000-8000-000000000001';
    const c = await client.raw<Body>('POST', base, {
      code: 'summer10',
      description: 'Summer',
      discountType: 'PERCENTAGE',
      discountValue: '10',
      minimumOrderAmount: '20',
      startsAt: '2020-01-01T00:00:00Z',
      expiresAt: '2099-01-01T00:00:00Z',
      usageLimit: 100,
      perCustomerLimit: 1,
      applicableProductIds: [productId],
      applicableCategoryIds: [],
      excludedProductIds: [],
      excludedCategoryIds: [],
      isActive: true,
    });
    assert.equal(c.status, 201);
    assert.equal(c.body.code, 'SUMMER10');
    assert.equal(c.body.discountValue, '10');
    assert.equal(c.body.minimumOrderAmount, '20.00');
    assert.equal(c.body.usageCount, 0);
    assert.deepEqual(c.body.applicableProductIds, [productId]);
    const dup = await client.raw('POST', base, { code: 'Summer10', discountType: 'FIXED', discountValue: 5 });
    assert.equal(dup.status, 409);
    assert.equal(
      (await client.raw('POST', base, { code: 'BIG', discountType: 'PERCENTAGE', discountValue: 150 }))
        .status,
      400,
    );
    // An edit that makes the percentage over 100 is refused at its field, and changes nothing.
    const over = await client.raw<{ errors: Array<{ path: string }> }>('PUT', `${base}/${c.body.id}`, {
      discountValue: 150,
    });
    assert.equal(over.status, 400, JSON.stringify(over.body));
    assert.deepEqual(
      over.body.errors.map((e) => e.path),
      ['body.discountValue'],
    );
    assert.equal((await client.raw<Body>('GET', `${base}/${c.body.id}`)).body.discountValue, '10');
    const fixed = await client.raw<Body>('POST', base, {
      code: 'FIVE',
      discountType: 'FIXED',
      discountValue: '5',
    });
    assert.equal(fixed.body.discountValue, '5.00');
    const dates = await client.raw('POST', base, {
      code: 'BACKWARDS',
      discountType: 'FREE_SHIPPING',
      startsAt: '2030-01-01T00:00:00Z',
      expiresAt: '2029-01-01T00:00:00Z',
    });
    assert.equal(dates.status, 400);
    // PUT keeps the same rule, whole (both dates) or half (one date against the stored other).
    const backwards = await client.raw('PUT', `${base}/${c.body.id}`, {
      startsAt: '2030-01-01T00:00:00Z',
      expiresAt: '2029-01-01T00:00:00Z',
    });
    assert.equal(backwards.status, 400);
    const past = await client.raw('PUT', `${base}/${c.body.id}`, { startsAt: '2100-01-01T00:00:00Z' });
    assert.equal(past.status, 400);
    const unchanged = await client.raw<Body>('GET', `${base}/${c.body.id}`);
    assert.equal(unchanged.body.startsAt, '2020-01-01T00:00:00.000Z');
  });

  test('gift cards: generated code, balance ledger, storefront balance check', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const base = `/api/stores/${store.id}/gift-cards`;
    const card = await client.raw<Body>('POST', base, { initialBalance: '50' });
    assert.equal(card.status, 201);
    assert.match(String(card.body.code), /^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    assert.equal(card.body.balance, '50.00');
    const adjusted = await client.raw<Body>('PUT', `${base}/${card.body.id}`, { balance: '45.5' });
    assert.equal(adjusted.body.balance, '45.50');
    const ledger = await client.raw<{ data: Array<{ type: string; amount: string }> }>(
      'GET',
      `${base}/${card.body.id}/transactions`,
    );
    assert.deepEqual(
      ledger.body.data.map((t) => [t.type, t.amount]),
      [
        ['ISSUE', '50.00'],
        ['ADJUST', '-4.50'],
      ],
    );
    const shopper = anonymous(server);
    const balance = await shopper.raw<{ balance: string }>(
      'GET',
      `/api/storefront/${store.domain}/gift-cards/${card.body.code}/balance`,
    );
    assert.equal(balance.body.balance, '45.50');
    const unknown = await shopper.raw(
      'GET',
      `/api/storefront/${store.domain}/gift-cards/NOPE-NOPE-NOPE/balance`,
    );
    assert.equal(unknown.status, 404);
    const given = await client.raw<Body>('POST', base, { code: 'gift-1234', initialBalance: 10 });
    assert.equal(given.body.code, 'GIFT-1234');
    assert.equal(
      code(await client.raw('POST', base, { code: 'GIFT-1234', initialBalance: 10 })),
      'DUPLICATE_CODE',
    );
  });

  test('gift-card balance checks are rate limited against guessing', async () => {
    const { store } = await newMerchantWithStore(server);
    const shopper = anonymous(server);
    let limited = 0;
    for (let i = 0; i < 25; i++) {
      const res = await shopper.raw(
        'GET',
        `/api/storefront/${store.domain}/gift-cards/GUESS-${1000 + i}/balance`,
      );
      if (res.status === 429) limited++;
    }
    assert.ok(limited > 0, 'some guesses are rate limited');
  });

  test("another tenant's resources are 404", async () => {
    const a = await newMerchantWithStore(server, 'A');
    const b = await newMerchantWithStore(server, 'B');
    const rate = await a.client.raw<Body>('POST', `/api/stores/${a.store.id}/tax-rates`, {
      name: 'VAT',
      country: 'DE',
      rate: '19',
    });
    assert.equal(
      (await b.client.raw('GET', `/api/stores/${a.store.id}/tax-rates/${rate.body.id}`)).status,
      404,
    );
    assert.equal(
      (await b.client.raw('GET', `/api/stores/${b.store.id}/tax-rates/${rate.body.id}`)).status,
      404,
    );
    assert.equal(
      (await b.client.raw('DELETE', `/api/stores/${b.store.id}/tax-rates/${rate.body.id}`)).status,
      404,
    );
  });
});

describe('orders (admin)', () => {
  test('manual orders get sequential numbers per store; list, get, PUT status forward only', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const base = `/api/stores/${store.id}/orders`;
    const item = { title: 'Copper kettle', unitPrice: '19.99', quantity: 2 };
    const first = await client.raw<Body>('POST', base, {
      customerEmail: 'a@example.test',
      items: [item],
      shippingAmount: '5',
    });
    assert.equal(first.status, 201);
    assert.equal(first.body.subtotalAmount, '39.98');
    assert.equal(first.body.totalAmount, '44.98');
    assert.equal(first.body.status, 'PENDING');
    assert.equal(first.body.paymentStatus, 'PENDING');
    assert.equal(first.body.fulfillmentStatus, 'UNFULFILLED');
    const rest = await Promise.all(
      Array.from({ length: 5 }, () => client.raw<Body>('POST', base, { items: [item] })),
    );
    const numbers = [first, ...rest].map((r) => Number(r.body.orderNumber)).sort((x, y) => x - y);
    assert.deepEqual(numbers, [1001, 1002, 1003, 1004, 1005, 1006]);
    const other = await newMerchantWithStore(server);
    const theirs = await other.client.raw<Body>('POST', `/api/stores/${other.store.id}/orders`, {
      items: [item],
    });
    assert.equal(theirs.body.orderNumber, '1001');

    const list = await client.raw<{ total: number; data: Body[] }>('GET', `${base}?sort=orderNumber&limit=2`);
    assert.equal(list.body.total, 6);
    assert.equal(list.body.data[0]?.orderNumber, '1001');
    const moved = await client.raw<Body>('PUT', `${base}/${first.body.id}`, {
      status: 'PROCESSING',
      internalNotes: 'gift wrap',
    });
    assert.equal(moved.body.status, 'PROCESSING');
    const back = await client.raw('PUT', `${base}/${first.body.id}`, { status: 'PENDING' });
    assert.equal(back.status, 409);
    assert.equal(
      (await other.client.raw('GET', `/api/stores/${other.store.id}/orders/${first.body.id}`)).status,
      404,
    );
  });
});
