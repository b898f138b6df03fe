/**
 * Fairness (issue 17): while tenant A runs a flash sale (BENCH_FLASH_CONNECTIONS = 200 connections,
 * each buying one unit of the same SKU: cart + checkout with the test card, in a loop), how much do
 * tenant B's storefront reads move? B reads uncached product-list pages at BENCH_CONNECTIONS (10)
 * alone, then during A's sale, then alone again once the sale's last requests are done, against one
 * API process (jobs running in it, as by default). B's figure alone is the mean of before and after:
 * this shared machine drifts between two runs minutes apart by more than the effect measured.
 * Each phase also records the CPU the API process and PostgreSQL used per second.
 * Four configurations of the same API, each on a fresh database with the same data, in one run:
 *   - no budget: DB_TENANT_BUDGET = the pool size (one tenant may take every connection) and
 *     TENANT_WRITE_SHARE = 0 (one tenant may run any number of writes at once);
 *   - the pool budget only: a quarter of the pool per tenant, queued up to 30 s; no write share;
 *   - the default: the pool budget and the write share (a tenant runs 1 storefront write at once
 *     while the process is saturated and others are active; docs/fairness.md);
 *   - dedicated pool: A marked high-traffic (DB_DEDICATED_TENANTS), on its own pool.
 * `npm run bench -- fairness` (env BENCH_DURATION); writes bench/fairness/results.json.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { createTestDatabase } from '../../apps/api/test/database.ts';
import { apiEnv, load, purchaseRequests, type Run, settleFresh, shop, start } from '../checkout/harness.mts';
import { countCpu } from '../cpu.mts';

const DURATION = Number(process.env.BENCH_DURATION ?? 8);
const B_CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const FLASH = Number(process.env.BENCH_FLASH_CONNECTIONS ?? 200);
const POOL = 20;

/** A's flash sale: every connection loops cart (one unit of the hot SKU) → checkout of that cart. */
async function flashSale(url: string, domain: string, listingId: string, cardId: string) {
  let purchases = 0;
  const result = await autocannon({
    url,
    connections: FLASH,
    duration: DURATION,
    timeout: 40,
    requests: purchaseRequests(
      domain,
      () => listingId,
      cardId,
      () => purchases++,
    ),
  });
  return {
    purchases,
    requestsPerSecond: Math.round(result.requests.average),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    p99: result.latency.p99,
  };
}

/**
 * Waits until the sale's requests still in the API are done: no statement running in the database
 * and A's order count unchanged for a second (at most 60 s). Resolves with the seconds it waited.
 */
async function drain(owner: pg.Pool, tenantId: string) {
  const began = performance.now();
  let last = -1;
  let still = 0;
  while (still < 4 && performance.now() - began < 60_000) {
    const { rows } = await owner.query<{ busy: number; orders: number }>(
      `select (select count(*)::int from pg_stat_activity
                where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle') as busy,
              (select count(*)::int from orders where tenant_id = $1) as orders`,
      [tenantId],
    );
    const [row] = rows;
    still = row && row.busy === 0 && row.orders === last ? still + 1 : 0;
    last = row?.orders ?? -1;
    await new Promise((r) => setTimeout(r, 250));
  }
  return Number(((performance.now() - began) / 1000).toFixed(1));
}

/**
 * Waits until the outbox has no event waiting (at most 60 s). The shops are made with jobs off, so
 * the API's relay starts with their events: until 2026-12-06 afternoon, B "alone" was measured
 * while it delivered them.
 */
async function outboxDrained(owner: pg.Pool) {
  const began = performance.now();
  while (performance.now() - began < 60_000) {
    const { rows } = await owner.query<{ n: number }>(
      'select count(*)::int as n from outbox_events where published_at is null',
    );
    if (rows[0]?.n === 0) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

type Phase = Run & { apiCpu: number; postgresCpu: number };
type Row = {
  config: string;
  bBefore: Phase;
  bDuringSale: Phase;
  bAfterSale: Phase;
  throughputDrop: number;
  p99Factor: number;
  throughputDropVsBefore: number;
  sale: { ordersPerSecond: number; requestsPerSecond: number; drained: number };
};
const results: Row[] = [];

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
    await settleFresh(database.url);
    return { database, a, b };
  } finally {
    setup.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
  }
}

const configs: Array<[string, (aTenant: string) => Record<string, string>]> = [
  [
    'no budget, no write share (one tenant may take the whole pool and process)',
    () => ({ DB_POOL_SIZE: String(POOL), DB_TENANT_BUDGET: String(POOL), TENANT_WRITE_SHARE: '0' }),
  ],
  [
    'per-tenant pool budget only (a quarter of the pool; no write share)',
    () => ({ DB_POOL_SIZE: String(POOL), TENANT_WRITE_SHARE: '0' }),
  ],
  [
    'default: per-tenant pool budget and write share (1 at once while the process is saturated)',
    () => ({ DB_POOL_SIZE: String(POOL) }),
  ],
  [
    'A on a dedicated pool (DB_DEDICATED_TENANTS), write share as default',
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
    apiEnv(database.url, { ...envOf(a.tenantId), STOREFRONT_CACHE: 'refresh' }),
    /API_URL=(\S+)/,
  );
  try {
    let n = 0;
    // Uncached: the API reads every page from the database (`STOREFRONT_CACHE=refresh`), so every
    // read of B is a tenant transaction on the pool.
    const read = () => ({ path: `/api/storefront/${b.store.domain}/products?offset=${20 * (n++ % 10)}` });
    /** B's reads for a phase, with the CPU the API and PostgreSQL spent meanwhile (per second). */
    const measureB = async () => {
      const cpu = countCpu(api.child.pid as number);
      const began = performance.now();
      const run = await load(api.url, B_CONNECTIONS, DURATION, read);
      const used = cpu();
      const seconds = (performance.now() - began) / 1000;
      return {
        ...run,
        apiCpu: Number((used.server / seconds).toFixed(2)),
        postgresCpu: Number((used.postgres / seconds).toFixed(2)),
      };
    };
    // The shops' setup left events in the outbox; B alone is measured once they are delivered.
    await outboxDrained(owner);
    await load(api.url, B_CONNECTIONS, DURATION, read); // warm-up, as long as a phase (it was 2 s)
    const before = await measureB();
    const [sale, during] = await Promise.all([
      flashSale(api.url, a.store.domain, a.items[0]?.listingId as string, a.card.id),
      new Promise((r) => setTimeout(r, 2000)).then(measureB),
    ]);
    // The sale's last requests are still in the API when autocannon stops: wait for them.
    const drained = await drain(owner, a.tenantId);
    const after = await measureB();
    // Orders are counted in the database (what the sale really sold, its last requests included).
    const sold = await owner.query<{ n: number }>(
      'select count(*)::int as n from orders where tenant_id = $1',
      [a.tenantId],
    );
    const orders = sold.rows[0]?.n ?? 0;
    // B alone before and after the sale: the machine drifts by more than the effect measured.
    const aloneRps = (before.rps + after.rps) / 2;
    const aloneP99 = (before.p99 + after.p99) / 2;
    const row = {
      config: name,
      bBefore: before,
      bDuringSale: during,
      bAfterSale: after,
      sale: { ...sale, orders, ordersPerSecond: Number((orders / (DURATION + 4)).toFixed(1)), drained },
      throughputDrop: Number((1 - during.rps / aloneRps).toFixed(3)),
      p99Factor: Number((during.p99 / Math.max(1, aloneP99)).toFixed(2)),
      // Against B alone before the sale only, as measured until 2026-12-06.
      throughputDropVsBefore: Number((1 - during.rps / before.rps).toFixed(3)),
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
    '\n| configuration | B req/s before / during / after | B p50 ms before / during / after | B p99 ms before / during / after | throughput drop (vs before only) | p99 × | CPU/s API + PostgreSQL, alone → during | A req/s | A orders/s | A non-2xx |',
  );
  console.log('| --- | --- | --- | --- | ---: | ---: | --- | ---: | ---: | ---: |');
  const cpu = (p: Phase) => `${p.apiCpu} + ${p.postgresCpu}`;
  for (const r of results)
    console.log(
      `| ${r.config} | ${r.bBefore.rps} / ${r.bDuringSale.rps} / ${r.bAfterSale.rps} | ${r.bBefore.p50} / ${r.bDuringSale.p50} / ${r.bAfterSale.p50} | ${r.bBefore.p99} / ${r.bDuringSale.p99} / ${r.bAfterSale.p99} | ${(r.throughputDrop * 100).toFixed(0)} % (${(r.throughputDropVsBefore * 100).toFixed(0)} %) | ${r.p99Factor} | ${cpu(r.bBefore)} → ${cpu(r.bDuringSale)} | ${r.sale.requestsPerSecond} | ${r.sale.ordersPerSecond} | ${r.sale.non2xx + r.sale.errors} |`,
    );
}
