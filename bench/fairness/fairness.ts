/**
 * Fairness (issue 17): while tenant A runs a flash sale (BENCH_FLASH_CONNECTIONS = 200 connections,
 * each buying one unit of the same SKU: cart + checkout with the test card, in a loop), how much do
 * tenant B's storefront reads move? B reads uncached product-list pages at BENCH_CONNECTIONS (10),
 * first alone, then during A's sale, against one API process (jobs running in it, as by default).
 * Three configurations of the same API, each on a fresh database with the same data, in one run:
 *   - no budget: DB_TENANT_BUDGET = the pool size (one tenant may take every connection);
 *   - per-tenant budget: the default (a quarter of the pool per tenant, queued up to 30 s);
 *   - dedicated pool: A marked high-traffic (DB_DEDICATED_TENANTS), on its own pool.
 * `npm run bench -- fairness` (env BENCH_DURATION); writes bench/fairness/results.json.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { createTestDatabase } from '../../apps/api/test/database.ts';
import { analyzeFresh, apiEnv, type Json, load, type Run, shop, start } from '../checkout/harness.mts';

const DURATION = Number(process.env.BENCH_DURATION ?? 8);
const B_CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const FLASH = Number(process.env.BENCH_FLASH_CONNECTIONS ?? 200);
const POOL = 20;
const address = {
  firstName: 'F',
  lastName: 'Lash',
  line1: '1 Main St',
  city: 'Springfield',
  postalCode: '12345',
  country: 'US',
};

/** A's flash sale: every connection loops cart (one unit of the hot SKU) → checkout of that cart. */
function flashSale(url: string, domain: string, listingId: string, cardId: string) {
  const sf = `/api/storefront/${domain}`;
  const headers = { 'content-type': 'application/json' };
  return new Promise<{
    purchases: number;
    requestsPerSecond: number;
    non2xx: number;
    errors: number;
    p99: number;
  }>((resolve, reject) => {
    let purchases = 0;
    const instance = autocannon(
      {
        url,
        connections: FLASH,
        duration: DURATION,
        timeout: 40,
        requests: [
          {
            method: 'POST',
            path: `${sf}/cart`,
            headers,
            body: JSON.stringify({ items: [{ listingId, quantity: 1 }] }),
            onResponse: (status: number, body: string, context: Record<string, unknown>) => {
              context.cartId = status === 201 ? (JSON.parse(body) as Json).id : undefined;
            },
          },
          {
            method: 'POST',
            headers,
            setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) =>
              context.cartId
                ? {
                    ...req,
                    path: `${sf}/checkout`,
                    body: JSON.stringify({
                      cartId: context.cartId,
                      email: 'flash@example.test',
                      shippingAddress: address,
                      payments: [{ paymentMethodId: cardId, token: 'tok_visa' }],
                    }),
                  }
                : undefined,
            onResponse: (status: number) => {
              if (status === 201) purchases++;
            },
          },
        ],
      },
      (err: unknown, result: autocannon.Result) => {
        if (err) reject(err);
        else
          resolve({
            purchases,
            requestsPerSecond: Math.round(result.requests.average),
            non2xx: result.non2xx,
            errors: result.errors + result.timeouts,
            p99: result.latency.p99,
          });
      },
    );
    void instance;
  });
}

const results: Record<string, unknown>[] = [];

/** A fresh database with both stores made through the API (every configuration starts equal). */
async function freshShops() {
  const database = await createTestDatabase();
  const setup = await start(
    'bench/storefront/api-server.mts',
    apiEnv(database.url, { RUN_JOBS: '0' }),
    /API_URL=(\S+)/,
  );
  try {
    const a = await shop(setup.url, 'Flash', 1, 1_000_000);
    const b = await shop(setup.url, 'Steady', 200, 1_000);
    await analyzeFresh(database.url);
    return { database, a, b };
  } finally {
    setup.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
  }
}

const configs: Array<[string, (aTenant: string) => Record<string, string>]> = [
  [
    'no budget (one tenant may take the whole pool)',
    () => ({ DB_POOL_SIZE: String(POOL), DB_TENANT_BUDGET: String(POOL) }),
  ],
  ['per-tenant budget (default: a quarter of the pool)', () => ({ DB_POOL_SIZE: String(POOL) })],
  [
    'A on a dedicated pool (DB_DEDICATED_TENANTS)',
    (aTenant) => ({ DB_POOL_SIZE: String(POOL), DB_DEDICATED_TENANTS: aTenant }),
  ],
];
if (process.env.BENCH_REVERSE === '1') configs.reverse();
// BENCH_ONLY=<words>: only the configurations whose name contains them.
for (const [name, envOf] of configs.filter(([n]) => n.includes(process.env.BENCH_ONLY ?? ''))) {
  // A sale leaves a hot row and an outbox behind: each configuration gets a database of its own.
  const { database, a, b } = await freshShops();
  const owner = new pg.Pool({ connectionString: database.url, max: 1 });
  owner.on('error', () => {});
  const api = await start(
    'bench/storefront/api-server.mts',
    apiEnv(database.url, envOf(a.tenantId)),
    /API_URL=(\S+)/,
  );
  try {
    let n = 0;
    // Uncached: every URL is new, so every read is a tenant transaction on the pool.
    const read = () => ({
      path: `/api/storefront/${b.store.domain}/products?offset=${20 * (n % 10)}&_b=${n++}`,
    });
    await load(api.url, B_CONNECTIONS, 2, read); // warm-up
    const alone: Run = await load(api.url, B_CONNECTIONS, DURATION, read);
    const [sale, during] = await Promise.all([
      flashSale(api.url, a.store.domain, a.items[0]?.listingId as string, a.card.id),
      new Promise((r) => setTimeout(r, 2000)).then(() => load(api.url, B_CONNECTIONS, DURATION, read)),
    ]);
    // Orders are counted in the database (what the sale really sold).
    const sold = await owner.query<{ n: number }>(
      'select count(*)::int as n from orders where tenant_id = $1',
      [a.tenantId],
    );
    const orders = sold.rows[0]?.n ?? 0;
    const row = {
      config: name,
      bAlone: alone,
      bDuringSale: during,
      sale: { ...sale, orders, ordersPerSecond: Number((orders / (DURATION + 4)).toFixed(1)) },
      throughputDrop: Number((1 - during.rps / alone.rps).toFixed(3)),
      p99Factor: Number((during.p99 / Math.max(1, alone.p99)).toFixed(2)),
    };
    results.push(row);
    console.log(JSON.stringify(row));
  } finally {
    api.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    await owner.end();
    await database.drop();
  }
}
{
  const out = {
    when: new Date().toISOString(),
    duration: DURATION,
    bConnections: B_CONNECTIONS,
    flashConnections: FLASH,
    pool: POOL,
    results,
    loadAverage: loadavg().map((l) => Number(l.toFixed(1))),
  };
  writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
  console.log(
    '\n| configuration | B alone req/s | B p99 ms | B during sale req/s | B p99 ms | throughput drop | p99 × | A req/s | A orders/s |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results as Array<{
    config: string;
    bAlone: Run;
    bDuringSale: Run;
    throughputDrop: number;
    p99Factor: number;
    sale: { ordersPerSecond: number; requestsPerSecond: number };
  }>)
    console.log(
      `| ${r.config} | ${r.bAlone.rps} | ${r.bAlone.p99} | ${r.bDuringSale.rps} | ${r.bDuringSale.p99} | ${(r.throughputDrop * 100).toFixed(0)} % | ${r.p99Factor} | ${r.sale.requestsPerSecond} | ${r.sale.ordersPerSecond} |`,
    );
}
