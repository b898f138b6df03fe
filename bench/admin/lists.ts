// The admin's list pages on a big tenant: 10,000 products and 10,000 orders, 25 rows a page as the
// admin asks for them (server-side paging, sorting, filtering and search). Each scenario is timed
// on the API (one connection, so latency is the server's time per page) and, as its ceiling in the
// same run, the same page's two SQL queries (rows and count) sent straight to PostgreSQL.
//   npm run bench -- admin   (or node --import tsx bench/admin/lists.ts; ~2 minutes)
// Env: BENCH_DURATION (seconds per scenario, default 8).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { createTestDatabase } from '../../apps/api/test/database.ts';
import { apiEnv, settleFresh, start } from '../checkout/harness.mts';
import { type BenchStore, fill, newStore } from '../storefront/load.mts';

const here = path.dirname(fileURLToPath(import.meta.url));
const DURATION = Number(process.env.BENCH_DURATION ?? 8);
const PAGE = 25;
const N = 10_000;

/** 10,000 orders of one line each over 90 days, in every status, numbered as checkout numbers them. */
async function loadOrders(db: pg.Client, s: BenchStore) {
  await db.query('begin');
  await db.query(
    `with o as (
       insert into orders (tenant_id, store_id, order_number, order_seq, customer_email, customer_name,
         status, payment_status, fulfillment_status, source, currency, subtotal_minor, total_minor, created_at)
       select $1, $2, g::text, g, 'shopper' || (g % 2000) || '@example.test', 'Shopper ' || (g % 2000),
         (array['PENDING','PROCESSING','SHIPPED','DELIVERED','CANCELED'])[1 + g % 5],
         (array['PAID','PAID','PAID','PENDING','REFUNDED'])[1 + (g / 5) % 5],
         (array['UNFULFILLED','FULFILLED','PARTIALLY_FULFILLED'])[1 + g % 3],
         (array['CHECKOUT','CHECKOUT','CHECKOUT','MANUAL','SUBSCRIPTION'])[1 + (g / 3) % 5],
         'USD', 1000 + g % 9000, 1000 + g % 9000, now() - (g || ' minutes')::interval * 13
       from generate_series(1, $3::int) g returning tenant_id, id, order_seq, subtotal_minor)
     insert into order_items (tenant_id, order_id, listing_id, product_id, sku, title, unit_price_minor,
       quantity, subtotal_minor, total_minor)
     select o.tenant_id, o.id, l.id, l.product_id, 'SKU-' || o.order_seq, l.title, o.subtotal_minor, 1,
       o.subtotal_minor, o.subtotal_minor
     from o join lateral (select id, product_id, title from product_listings
       where tenant_id = $1 and store_id = $2 offset (o.order_seq % 500) limit 1) l on true`,
    [s.tenantId, s.storeId, N],
  );
  await db.query(
    `insert into store_order_counters (tenant_id, store_id, last_number) values ($1, $2, $3)
     on conflict (tenant_id, store_id) do update set last_number = excluded.last_number`,
    [s.tenantId, s.storeId, N],
  );
  await db.query('commit');
}

type Scenario = { name: string; api: () => string; sql: () => [string, unknown[]][] };
const page = () => PAGE * Math.floor(Math.random() * (N / PAGE));
const early = () => PAGE * Math.floor(Math.random() * 20);

function scenarios(s: BenchStore): Scenario[] {
  const orders = `/api/stores/${s.storeId}/orders`;
  const o = `from orders where tenant_id = $1 and store_id = $2`;
  const p = `from products where tenant_id = $1`;
  const ids = [s.tenantId, s.storeId];
  return [
    {
      name: 'orders, newest first, any page',
      api: () => `${orders}?limit=${PAGE}&offset=${page()}&sort=-createdAt`,
      sql: () => [
        [`select * ${o} order by created_at desc, id limit ${PAGE} offset ${page()}`, ids],
        [`select count(*) ${o}`, ids],
      ],
    },
    {
      name: 'orders, status + payment filter',
      api: () =>
        `${orders}?limit=${PAGE}&offset=${early()}&sort=-createdAt&status=PROCESSING&paymentStatus=PAID`,
      sql: () => [
        [
          `select * ${o} and status = 'PROCESSING' and payment_status = 'PAID' order by created_at desc, id limit ${PAGE} offset ${early()}`,
          ids,
        ],
        [`select count(*) ${o} and status = 'PROCESSING' and payment_status = 'PAID'`, ids],
      ],
    },
    {
      // The admin's date range and channel: a range scan of (tenant, store, created_at desc).
      name: 'orders, last 7 days + channel',
      api: () => {
        const from = new Date(Date.now() - 7 * 86_400_000).toISOString();
        return `${orders}?limit=${PAGE}&offset=${early()}&sort=-createdAt&source=MANUAL&createdFrom=${from}`;
      },
      sql: () => {
        const where = `${o} and source = 'MANUAL' and created_at >= now() - interval '7 days'`;
        return [
          [`select * ${where} order by created_at desc, id limit ${PAGE} offset ${early()}`, ids],
          [`select count(*) ${where}`, ids],
        ];
      },
    },
    {
      name: 'orders, search by email',
      api: () => `${orders}?limit=${PAGE}&sort=-createdAt&q=shopper${Math.floor(Math.random() * 2000)}@`,
      sql: () => {
        const q = `%shopper${Math.floor(Math.random() * 2000)}@%`;
        const where = `${o} and (order_number ilike $3 or customer_email ilike $3 or customer_name ilike $3)`;
        return [
          [`select * ${where} order by created_at desc, id limit ${PAGE}`, [...ids, q]],
          [`select count(*) ${where}`, [...ids, q]],
        ];
      },
    },
    {
      name: 'products, any page',
      api: () => `/api/inventory/products?limit=${PAGE}&offset=${page()}`,
      sql: () => [
        [`select * ${p} order by created_at desc, id limit ${PAGE} offset ${page()}`, [s.tenantId]],
        [`select count(*) ${p}`, [s.tenantId]],
      ],
    },
    {
      name: 'products, search by name',
      api: () => `/api/inventory/products?limit=${PAGE}&q=copper`,
      sql: () => [
        [`select * ${p} and name ilike '%copper%' order by created_at desc, id limit ${PAGE}`, [s.tenantId]],
        [`select count(*) ${p} and name ilike '%copper%'`, [s.tenantId]],
      ],
    },
  ];
}

async function viaApi(base: string, token: string, path: () => string) {
  const r = await autocannon({
    url: base,
    connections: 1,
    duration: DURATION,
    headers: { authorization: `Bearer ${token}` },
    requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, path: path() }) }],
  });
  return {
    p50: r.latency.p50,
    p99: r.latency.p99,
    rps: Math.round(r.requests.average),
    errors: r.errors + r.non2xx,
  };
}

/** The ceiling: the page's queries one after the other on one connection, for the same time. */
async function viaSql(db: pg.Client, queries: () => [string, unknown[]][]) {
  const times: number[] = [];
  const end = Date.now() + DURATION * 1000;
  while (Date.now() < end) {
    const t = process.hrtime.bigint();
    for (const [text, values] of queries()) await db.query(text, values);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round((times[Math.floor(q * (times.length - 1))] ?? 0) * 10) / 10;
  return { p50: at(0.5), p99: at(0.99) };
}

const database = await createTestDatabase();
const api = await start(
  'bench/storefront/api-server.mts',
  apiEnv(database.url, { RUN_JOBS: '0' }),
  /API_URL=(\S+)/,
);
const db = new pg.Client({ connectionString: database.url });
try {
  await db.connect();
  console.log('loading 10,000 products and 10,000 orders…');
  const store = await newStore(api.url, 'Admin Bench', 'bench-admin.localhost');
  await fill(db, store, N);
  await loadOrders(db, store);
  await settleFresh(database.url);
  const rows = [];
  for (const s of scenarios(store)) {
    console.log(`→ ${s.name}`);
    const raw = await viaSql(db, s.sql);
    const apiR = await viaApi(api.url, store.token, s.api);
    rows.push({ name: s.name, raw, api: apiR });
    console.log(JSON.stringify(rows.at(-1)));
  }
  const x = (a: number, b: number) => (b === 0 ? '–' : (a / b).toFixed(1));
  console.log(
    [
      '',
      '| scenario | SQL p50 ms | SQL p99 ms | API p50 ms (× SQL) | API p99 ms | API pages/s | errors |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map(
        (r) =>
          `| ${r.name} | ${r.raw.p50} | ${r.raw.p99} | ${r.api.p50} (${x(r.api.p50, r.raw.p50)}) | ${r.api.p99} | ${r.api.rps} | ${r.api.errors} |`,
      ),
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(here, 'lists-results.json'),
    JSON.stringify({ at: new Date().toISOString(), duration: DURATION, rows }, null, 2),
  );
} finally {
  await db.end().catch(() => {});
  api.child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1500));
  await database.drop().catch(() => {});
}
