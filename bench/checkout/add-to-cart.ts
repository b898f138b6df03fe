/**
 * Add to cart (issue 17): an EXISTING cart with one line gets one more unit of that line (price it,
 * hold the stock, totals) through the real API, against the raw guarded reservation UPDATE served
 * by a bare node:http + pg server over the same SKUs, in the same run, at the same connections.
 * `npm run bench -- checkout` (env BENCH_DURATION, BENCH_CONNECTIONS, BENCH_SKUS, BENCH_WARMUP, API_WORKERS);
 * writes bench/checkout/add-to-cart.json.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import pg from 'pg';
import { createTestDatabase } from '../../apps/api/test/database.ts';
import { countCpu } from '../cpu.mts';
import { apiEnv, type Json, load, settleFresh, shop, start } from './harness.mts';

const DURATION = Number(process.env.BENCH_DURATION ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SKUS = Number(process.env.BENCH_SKUS ?? 200);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);

const database = await createTestDatabase();
const api = await start(
  'bench/storefront/api-server.mts',
  apiEnv(database.url, { RUN_JOBS: '0' }),
  /API_URL=(\S+)/,
);
let raw: Awaited<ReturnType<typeof start>> | undefined;
const owner = new pg.Pool({ connectionString: database.url, max: 2 });
owner.on('error', () => {});
try {
  const m = await shop(api.url, 'Cart', SKUS, 1_000_000);
  // Before the carts are made, whose creation runs the add's reads (see bench/README.md).
  await settleFresh(database.url);
  const sf = `/api/storefront/${m.store.domain}`;
  // One cart per SKU, each with one line of it: every request adds to an existing one-line cart.
  const carts: string[] = [];
  for (let i = 0; i < SKUS; i += 20)
    carts.push(
      ...(await Promise.all(
        m.items.slice(i, i + 20).map(async (item) => {
          const cart = await m.anon.call<Json>('POST', `${sf}/cart`, {
            items: [{ listingId: item.listingId, quantity: 1 }],
          });
          return cart.id;
        }),
      )),
    );
  const variants = (
    await owner.query<{ id: string }>(
      `select v.id from product_variants v where v.tenant_id = $1 and v.product_id = any($2::uuid[])
        order by array_position($2::uuid[], v.product_id)`,
      [m.tenantId, m.items.map((i) => i.productId)],
    )
  ).rows.map((r) => r.id);
  raw = await start(
    'bench/checkout/raw-reserve-server.mts',
    { DATABASE_URL: database.url, BENCH_VARIANTS: JSON.stringify(variants), BENCH_TENANT: m.tenantId },
    /RAW_URL=(\S+)/,
  );
  const pick = () => Math.floor(Math.random() * SKUS);
  const addOne = () => {
    const i = pick();
    return {
      method: 'POST',
      path: `${sf}/cart/${carts[i]}/items`,
      body: JSON.stringify({ listingId: m.items[i]?.listingId, quantity: 1 }),
    };
  };
  const reserveOne = () => ({ method: 'POST', path: `/reserve/${pick()}` });
  const reserveInTransaction = () => ({ method: 'POST', path: `/reserve-tx/${pick()}` });
  // Warm-up at the measured connections: every pooled connection has prepared and planned its
  // statements, as in a server that has been up for a while.
  await load(api.url, CONNECTIONS, WARMUP, addOne);
  await load(raw.url, CONNECTIONS, WARMUP, reserveOne);
  await load(raw.url, CONNECTIONS, WARMUP, reserveInTransaction);
  // Each side's CPU per request (ms): steadier than requests a second on a shared machine.
  const measured = async (server: typeof api, request: Parameters<typeof load>[3]) => {
    const cpu = countCpu(server.child.pid ?? 0);
    const run = await load(server.url, CONNECTIONS, DURATION, request);
    const used = cpu();
    const perRequest = (s: number) => Number(((1000 * s) / Math.max(1, run.total)).toFixed(3));
    return { ...run, serverCpuMs: perRequest(used.server), postgresCpuMs: perRequest(used.postgres) };
  };
  const rawRun = await measured(raw, reserveOne);
  const rawTransactionRun = await measured(raw, reserveInTransaction);
  const apiRun = await measured(api, addOne);
  const result = {
    when: new Date().toISOString(),
    connections: CONNECTIONS,
    seconds: DURATION,
    skus: SKUS,
    apiWorkers: Number(process.env.API_WORKERS ?? 1),
    raw: rawRun,
    rawTransaction: rawTransactionRun,
    addToCart: apiRun,
    ratio: Number((apiRun.rps / rawRun.rps).toFixed(3)),
    ratioToTransaction: Number((apiRun.rps / rawTransactionRun.rps).toFixed(3)),
    loadAverage: loadavg().map((l) => Number(l.toFixed(1))),
  };
  const text = JSON.stringify(result, null, 2);
  console.log(text);
  writeFileSync(new URL('./add-to-cart.json', import.meta.url), `${text}\n`);
} finally {
  raw?.child.kill('SIGTERM');
  api.child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  await owner.end();
  await database.drop();
}
