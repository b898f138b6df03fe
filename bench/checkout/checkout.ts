/**
 * Checkout benchmark: the real API (HTTP, real PostgreSQL and Redis, test gateway) driven by
 * concurrent shoppers who each create a cart and check it out.
 *   (a) many shoppers buying different items: orders per second;
 *   (b) 200 shoppers racing for 20 units of one item: orders, refusals, oversold units (must be 0);
 *   (c) the inventory ceiling on the same machine: in-process reserve+release pairs per second
 *       (the reserve path alone, no HTTP), to express (a) as a ratio.
 * `npm run bench -- checkout` (env BENCH_SECONDS, BENCH_CONCURRENCY); writes bench/checkout/results.json.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { VentoryClient } from '@ventory/sdk';
import { createInventoryService } from '../../apps/api/src/modules/inventory/index.ts';
import { createDb } from '../../apps/api/src/platform/db/pool.ts';
import { anonymous, newMerchantWithStore } from '../../apps/api/test/fixtures.ts';
import { startTestServer } from '../../apps/api/test/server.ts';
import { percentile } from '../stats.mts';
import { settleFresh } from './harness.mts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const address = {
  firstName: 'B',
  lastName: 'Ench',
  line1: '1 Main St',
  city: 'Springfield',
  postalCode: '12345',
  country: 'US',
};
type Json = Record<string, unknown> & { id: string };

async function listed(client: VentoryClient, storeId: string, stock: number) {
  const product = await client.call<Json>('POST', '/api/inventory/products', {
    sku: `B-${randomBytes(5).toString('hex')}`,
    name: `Bench item ${randomBytes(3).toString('hex')}`,
    price: '12.50',
    initialStock: stock,
  });
  const listing = await client.call<Json>('POST', `/api/stores/${storeId}/products`, {
    productId: product.id,
  });
  return { product, listing };
}

async function main() {
  const server = await startTestServer({
    rateLimitPerMinute: 10_000_000,
    tenantRateLimitPerMinute: 10_000_000,
  });
  try {
    const m = await newMerchantWithStore(server, 'Bench');
    const card = await m.client.call<Json>('POST', `/api/stores/${m.store.id}/payment-methods`, {
      name: 'Card',
      provider: 'test',
    });
    const sf = `/api/storefront/${m.store.domain}`;
    const shopper = anonymous(server);
    const buy = async (listingId: string) => {
      const cart = await shopper.raw<Json>('POST', `${sf}/cart`, { items: [{ listingId, quantity: 1 }] });
      if (cart.status !== 201) return cart.status;
      const order = await shopper.raw('POST', `${sf}/checkout`, {
        cartId: cart.body.id,
        email: 'bench@example.test',
        shippingAddress: address,
        payments: [{ paymentMethodId: card.id, token: 'tok_visa' }],
      });
      return order.status;
    };

    // (a) many shoppers, different items
    const items = await Promise.all(
      Array.from({ length: 50 }, () => listed(m.client, m.store.id, 1_000_000)),
    );
    await settleFresh(server.database.url);
    const sequentialStart = performance.now();
    await buy(items[0]?.listing.id as string);
    const sequentialMs = performance.now() - sequentialStart;
    const latencies: number[] = [];
    let orders = 0;
    let failures = 0;
    const deadline = Date.now() + SECONDS * 1000;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (Date.now() < deadline) {
          const t = performance.now();
          const status = await buy(items[Math.floor(Math.random() * items.length)]?.listing.id as string);
          latencies.push(performance.now() - t);
          if (status === 201) orders++;
          else failures++;
        }
      }),
    );
    const elapsedA = (Date.now() - started) / 1000;
    latencies.sort((x, y) => x - y);
    const ratePerSecond = orders / elapsedA;

    // (b) 200 shoppers racing for 20 units
    const hot = await listed(m.client, m.store.id, 20);
    const t0 = Date.now();
    const statuses = await Promise.all(Array.from({ length: 200 }, () => buy(hot.listing.id)));
    const elapsedB = (Date.now() - t0) / 1000;
    const won = statuses.filter((s) => s === 201).length;
    const refused = statuses.filter((s) => s === 409).length;
    const stock = (
      await m.client.call<{ stock: { allocated: number; onHand: number; available: number } }>(
        'GET',
        `/api/inventory/products/${hot.product.id}`,
      )
    ).stock;
    const oversold = Math.max(0, won - 20, stock.allocated - stock.onHand);

    // (c) the inventory ceiling: reserve + release pairs, in-process, same concurrency
    const db = createDb(server.database.url, { max: CONCURRENCY + 2 });
    const inventory = createInventoryService({ reservationTtlSeconds: 900 });
    const variantIds = await db.withTenant(m.tenantId, (tx) =>
      Promise.all(items.map((i) => inventory.defaultVariantId(tx, i.product.id))),
    );
    let pairs = 0;
    const end = Date.now() + Math.min(SECONDS, 5) * 1000;
    const t1 = Date.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (Date.now() < end) {
          const reference = randomBytes(8).toString('hex');
          const variantId = variantIds[Math.floor(Math.random() * variantIds.length)] as string;
          await db.withTenant(m.tenantId, async (tx) => {
            await inventory.reserve(tx, {
              reference,
              lines: [{ variantId, quantity: 1 }],
              expiresAt: new Date(Date.now() + 60_000),
            });
            await inventory.release(tx, reference);
          });
          pairs++;
        }
      }),
    );
    const reserveRate = pairs / ((Date.now() - t1) / 1000);
    await db.close();

    const result = {
      when: new Date().toISOString(),
      concurrency: CONCURRENCY,
      onePurchaseMs: Math.round(sequentialMs),
      a: {
        seconds: Number(elapsedA.toFixed(1)),
        orders,
        failures,
        ordersPerSecond: Number(ratePerSecond.toFixed(1)),
        p50ms: Math.round(percentile(latencies, 50)),
        p95ms: Math.round(percentile(latencies, 95)),
        p99ms: Math.round(percentile(latencies, 99)),
      },
      b: {
        shoppers: 200,
        units: 20,
        orders: won,
        refused409: refused,
        other: 200 - won - refused,
        oversold,
        seconds: Number(elapsedB.toFixed(2)),
        allocated: stock.allocated,
        available: stock.available,
      },
      c: { reserveReleasePerSecond: Number(reserveRate.toFixed(1)) },
      ratioAtoC: Number((ratePerSecond / reserveRate).toFixed(3)),
    };
    const text = JSON.stringify(
      { ...result, loadAverage: loadavg().map((l) => Number(l.toFixed(1))) },
      null,
      2,
    );
    console.log(text);
    writeFileSync(new URL('./results.json', import.meta.url), `${text}\n`);
    if (oversold > 0) process.exitCode = 1;
  } finally {
    await server.close();
  }
}

await main();
