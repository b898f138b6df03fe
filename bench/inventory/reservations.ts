/**
 * Reservations per second through InventoryService.reserve (one tenant transaction per reservation:
 * advisory lock, expansion, guarded UPDATE + ledger + outbox in one statement, hold row), (a) all on
 * one hot SKU and (b) spread over 10,000 SKUs, each next to a raw single-statement UPDATE loop on
 * the same server in the same run. Run: `npm run bench -- inventory` (or `node --import tsx` this).
 */
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createInventoryService } from '../../apps/api/src/modules/inventory/index.ts';
import { createDb } from '../../apps/api/src/platform/db/pool.ts';
import { createTestDatabase } from '../../apps/api/test/database.ts';
import { settleFresh } from '../checkout/harness.mts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const SKUS = 10_000;

async function seed(pool: pg.Pool) {
  const { rows } = await pool.query<{ id: string }>(
    `insert into tenants (name) values ('Bench') returning id`,
  );
  const tenant = rows[0]?.id ?? '';
  const loc = await pool.query<{ id: string }>(
    `insert into locations (tenant_id, name, code, is_default) values ($1, 'Default warehouse', 'default', true) returning id`,
    [tenant],
  );
  const location = loc.rows[0]?.id ?? '';
  await pool.query(
    `insert into products (tenant_id, sku, name, type, price_minor)
     select $1, 'BENCH-' || g, 'Bench ' || g, 'PHYSICAL', 1000 from generate_series(0, $2::int) g`,
    [tenant, SKUS],
  );
  await pool.query(
    `insert into product_variants (tenant_id, product_id, sku, name, is_default)
     select tenant_id, id, sku, name, true from products where tenant_id = $1`,
    [tenant],
  );
  await pool.query(
    `insert into stock_levels (tenant_id, variant_id, location_id, on_hand)
     select $1, id, $2, 100000000 from product_variants where tenant_id = $1`,
    [tenant, location],
  );
  const variants = await pool.query<{ id: string; sku: string }>(
    `select id, sku from product_variants where tenant_id = $1 order by sku`,
    [tenant],
  );
  const hot = variants.rows.find((v) => v.sku === 'BENCH-0')?.id ?? '';
  const spread = variants.rows.filter((v) => v.sku !== 'BENCH-0').map((v) => v.id);
  if (process.env.BENCH_NO_NOTIFY === '1')
    await pool.query('alter table outbox_events disable trigger outbox_events_notify');
  return { tenant, location, hot, spread };
}

/** Runs `op` from `CONCURRENCY` loops for `seconds`; returns operations per second. */
async function measure(op: (i: number) => Promise<unknown>, seconds = SECONDS) {
  let count = 0;
  let failures = 0;
  const until = Date.now() + seconds * 1000;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, worker) => {
      for (let i = worker; Date.now() < until; i += CONCURRENCY) {
        try {
          await op(i);
          count++;
        } catch {
          failures++;
        }
      }
    }),
  );
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  if (failures > 0) console.error(`  ${failures} operations failed`);
  return count / elapsed;
}

const database = await createTestDatabase();
const owner = new pg.Pool({ connectionString: database.url, max: CONCURRENCY });
// Dropping the database at the end terminates idle connections: not an error worth a crash.
owner.on('error', () => {});
const db = createDb(database.url, { max: CONCURRENCY });
try {
  const { tenant, location, hot, spread } = await seed(owner);
  await settleFresh(database.url);
  const inventory = createInventoryService({ reservationTtlSeconds: 900 });
  const pick = (i: number) => spread[(i * 7919) % spread.length] ?? hot;
  const raw = (variant: (i: number) => string) => (i: number) =>
    owner.query(
      `update stock_levels set reserved = reserved + 1
        where tenant_id = $1 and variant_id = $2 and location_id = $3 and on_hand - reserved - allocated >= 1`,
      [tenant, variant(i), location],
    );
  const reserve = (variant: (i: number) => string) => (i: number) =>
    db.withTenant(tenant, (tx) =>
      inventory.reserve(tx, {
        reference: `cart-${randomUUID()}`,
        lines: [{ variantId: variant(i), quantity: 1 }],
      }),
    );

  await measure(reserve(pick), 2); // warm-up: plans, pool, caches
  const results = [];
  for (const [name, variant] of [
    ['one hot SKU', () => hot],
    [`${SKUS.toLocaleString('en')} SKUs`, pick],
  ] as const) {
    const rawRate = await measure(raw(variant));
    const serviceRate = await measure(reserve(variant));
    results.push({
      scenario: name,
      reservationsPerSecond: serviceRate,
      rawUpdatesPerSecond: rawRate,
      ratio: serviceRate / rawRate,
    });
    console.log(
      `${name}: reserve ${serviceRate.toFixed(0)}/s, raw UPDATE ${rawRate.toFixed(0)}/s, ratio ${(serviceRate / rawRate).toFixed(3)}`,
    );
  }
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`;
  const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results.json');
  await writeFile(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), machine, seconds: SECONDS, concurrency: CONCURRENCY, results }, null, 2)}\n`,
  );
  console.log('\n| scenario | reservations/s | raw UPDATE/s | ratio |\n| --- | ---: | ---: | ---: |');
  for (const r of results)
    console.log(
      `| ${r.scenario} | ${r.reservationsPerSecond.toFixed(0)} | ${r.rawUpdatesPerSecond.toFixed(0)} | ${r.ratio.toFixed(3)} |`,
    );
} finally {
  await db.close();
  await owner.end();
  await database.drop();
}
