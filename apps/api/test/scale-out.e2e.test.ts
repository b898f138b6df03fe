import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { apiUrl, type Child, startChild } from './child-process.ts';
import { createTestDatabase, TEST_REDIS_URL, type TestDatabase } from './database.ts';
import { anonymous } from './fixtures.ts';
import { sellingShop } from './orders.ts';
import { address } from './shop.ts';
import { openStream } from './sse.ts';

// The scale-out shape of a deployment (docs/scaling.md): two API processes behind a balancer and
// one worker, on one database and one Redis, as separate processes started like `npm start` and
// `npm run worker`. A race for the last units, split across both APIs, oversells nothing; a stock
// change made through one API reaches a shopper streaming availability from the other. (What the
// worker delivers on its own is test/worker-process.e2e.test.ts.)
let database: TestDatabase;
let children: Child[] = [];
let a: { url: string };
let b: { url: string };

before(async () => {
  database = await createTestDatabase();
  const env = {
    DATABASE_URL: database.url,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: `test:${randomBytes(6).toString('hex')}:`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    RUN_JOBS: '0',
    PORT: '0',
  };
  children = [startChild('main', env), startChild('main', env), startChild('worker', env)];
  const [first, second, worker] = children as [Child, Child, Child];
  [a, b] = [{ url: await apiUrl(first) }, { url: await apiUrl(second) }];
  await worker.waitFor(/Ventory worker running/);
});

after(async () => {
  await Promise.all(children.map((c) => c.stop()));
  await database?.drop();
});

describe('two API processes and one worker on one database', () => {
  test('40 shoppers, half on each API, race for 10 units: exactly 10 orders, nothing oversold', async () => {
    const s = await sellingShop(a); // 10 in stock
    const buy = async (api: { url: string }, i: number) => {
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
    const statuses = await Promise.all(Array.from({ length: 40 }, (_, i) => buy(i % 2 ? b : a, i)));
    assert.equal(statuses.filter((x) => x === 201).length, 10, statuses.join(','));
    assert.ok(
      statuses.every((x) => x === 201 || x === 409),
      `the others are told the stock ran out: ${statuses.join(',')}`,
    );
    const stock = await s.stock();
    assert.equal(stock.onHand - stock.reserved - stock.allocated, 0);
    assert.equal(stock.available, 0);
  });

  test('a stock change through API A reaches an SSE client of API B', async () => {
    const s = await sellingShop(a);
    const stream = await openStream(`${b.url}${s.sf}/stock/stream?products=${s.product.id}`);
    try {
      await stream.waitFor((m) => m.productId === s.product.id && m.available === 10);
      await s.client.inventory.products.adjust(String(s.product.id), { quantity: -4, reason: 'damaged' });
      await stream.waitFor((m) => m.productId === s.product.id && m.available === 6);
    } finally {
      await stream.close();
    }
  });
});
