// A store's own storefront during its sale (issue 17): 50 connections read the store's cached
// pages (product pages of 200 items, 3 in 4 requests, and its 10 list pages) while shoppers keep
// buying the sale item (a new cart, then checkout with the test card), against the same reads with
// no sale, in one run. Counts the reads the cache answered (`X-Cache: HIT`). One API process with
// its job runner, so the outbox events of the sale reach the cache as in `npm start`.
//   node --import tsx bench/storefront/sale.ts
// Env: BENCH_DURATION (8 s per phase), BENCH_CONNECTIONS (50), BENCH_SHOPPERS (connections buying,
// 20), BENCH_SALE=adds (shoppers only put the item into new carts, no checkout), BENCH_WARMUP (3 s).
// Writes bench/storefront/sale.json.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { createTestDatabase } from '../../apps/api/test/database.ts';
import { apiEnv, load, purchaseRequests, settleFresh, shop, start } from '../checkout/harness.mts';
import { countCpu } from '../cpu.mts';

const here = path.dirname(fileURLToPath(import.meta.url));
const DURATION = Number(process.env.BENCH_DURATION ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SHOPPERS = Number(process.env.BENCH_SHOPPERS ?? 20);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const CHECKOUT = process.env.BENCH_SALE !== 'adds';
const ITEMS = 200;

/** The reads for `seconds`: req/s, p50/p99 and the share the cache answered. */
async function reads(url: string, seconds: number, next: () => string) {
  let hits = 0;
  let answered = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        setupRequest: (req: Record<string, unknown>) => ({ ...req, method: 'GET', path: next() }),
        onResponse: (_status: number, _body: string, _context: unknown, headers: Record<string, string>) => {
          answered += 1;
          if ((headers['X-Cache'] ?? headers['x-cache']) === 'HIT') hits += 1;
        },
      },
    ],
  });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    hitShare: Number((hits / Math.max(1, answered)).toFixed(3)),
  };
}

const database = await createTestDatabase();
const api = await start('bench/storefront/api-server.mts', apiEnv(database.url), /API_URL=(\S+)/);
const owner = new pg.Pool({ connectionString: database.url, max: 2 });
owner.on('error', () => {});
try {
  const m = await shop(api.url, 'Sale', ITEMS, 1_000_000);
  await settleFresh(database.url);
  const sf = `/api/storefront/${m.store.domain}`;
  const slugs = (
    await owner.query<{ slug: string }>('select slug from product_listings where store_id = $1', [m.store.id])
  ).rows.map((r) => r.slug);
  const page = () =>
    Math.random() < 0.75
      ? `${sf}/products/${slugs[Math.floor(Math.random() * slugs.length)]}`
      : `${sf}/products?offset=${20 * Math.floor(Math.random() * (ITEMS / 20))}`;
  const saleItem = m.items[0]?.listingId;
  let orders = 0;
  /** The sale for `seconds`: shoppers buying the sale item, or only putting it into new carts. */
  const sell = async (seconds: number) => {
    if (!CHECKOUT) {
      const r = await load(api.url, SHOPPERS, seconds, () => ({
        method: 'POST',
        path: `${sf}/cart`,
        body: JSON.stringify({ items: [{ listingId: saleItem, quantity: 1 }] }),
      }));
      return { rps: r.rps, p99: r.p99, errors: r.errors + r.non2xx };
    }
    const result = await autocannon({
      url: api.url,
      connections: SHOPPERS,
      duration: seconds,
      requests: purchaseRequests(
        m.store.domain,
        () => saleItem,
        m.card.id,
        () => {
          orders += 1;
        },
      ),
    });
    return {
      rps: Math.round(result.requests.average),
      p99: result.latency.p99,
      errors: result.errors + result.non2xx,
    };
  };

  // Every page once, then a warm-up at the measured load: the pages are cached, the pool is warm.
  for (const slug of slugs) await fetch(`${api.url}${sf}/products/${slug}`).then((r) => r.arrayBuffer());
  await reads(api.url, WARMUP, page);
  const cpu = countCpu(api.child.pid ?? 0);
  const quiet = await reads(api.url, DURATION, page);
  // The API's CPU per read with no sale: what a cache hit costs it.
  const quietCpuMs = Number(((1000 * cpu().server) / Math.max(1, quiet.rps * DURATION)).toFixed(3));
  console.log('quiet', JSON.stringify(quiet), 'API CPU ms per read', quietCpuMs);
  await sell(WARMUP);
  orders = 0;
  const [sale, sold] = await Promise.all([reads(api.url, DURATION, page), sell(DURATION)]);
  const ordersPerSecond = Number((orders / DURATION).toFixed(1));
  console.log(
    'during the sale',
    JSON.stringify(sale),
    'shoppers',
    JSON.stringify(sold),
    'orders/s',
    ordersPerSecond,
  );
  const ratio = (a: number, b: number) => (b === 0 ? '–' : (a / b).toFixed(2));
  console.log(
    [
      '',
      `| phase | reads req/s | p50 / p99 ms | answered by the cache | shoppers' requests/s (p99 ms) | orders/s | errors |`,
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      `| no sale | ${quiet.rps} | ${quiet.p50} / ${quiet.p99} | ${(100 * quiet.hitShare).toFixed(1)} % | – | – | ${quiet.errors} |`,
      `| during the sale (${SHOPPERS} connections ${CHECKOUT ? 'buying' : 'adding to carts'}) | ${sale.rps} (${ratio(sale.rps, quiet.rps)} ×) | ${sale.p50} / ${sale.p99} | ${(100 * sale.hitShare).toFixed(1)} % | ${sold.rps} (${sold.p99}) | ${CHECKOUT ? ordersPerSecond : '–'} | ${sale.errors + sold.errors} |`,
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(here, 'sale.json'),
    JSON.stringify(
      {
        at: new Date().toISOString(),
        duration: DURATION,
        connections: CONNECTIONS,
        shoppers: SHOPPERS,
        checkout: CHECKOUT,
        quiet,
        quietCpuMs,
        sale,
        shopping: sold,
        ordersPerSecond,
      },
      null,
      2,
    ),
  );
} finally {
  await owner.end();
  api.child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1500));
  await database.drop().catch(() => {});
}
