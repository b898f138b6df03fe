// Loads the benchmark data: one store with 10,000 listings, one with 1,000, and 50 tenants with one store of 200
// listings each. Tenants and stores are created through the API (signup, stores); products,
// stock and listings are bulk-inserted in SQL (as the real tables and triggers define them),
// because 20,000 HTTP round trips would take longer than the benchmark itself.
import pg from 'pg';
import { settleFresh } from '../checkout/harness.mts';

/** Words of the generated product names (the benchmark's queries and slugs use them too). */
export const ADJ = [
  'copper',
  'linen',
  'oak',
  'steel',
  'alpine',
  'merino',
  'cast',
  'walnut',
  'enamel',
  'glass',
  'stone',
  'wool',
  'canvas',
  'brass',
  'cedar',
  'clay',
  'silk',
  'iron',
  'bamboo',
  'cotton',
];
export const NOUN = [
  'kettle',
  'pan',
  'mug',
  'jacket',
  'tent',
  'boot',
  'bowl',
  'knife',
  'towel',
  'lamp',
  'bottle',
  'pack',
  'chair',
  'board',
  'spoon',
  'plate',
  'scarf',
  'sock',
  'pot',
  'tray',
  'vase',
  'rug',
  'hat',
  'glove',
  'belt',
];

export type BenchStore = { tenantId: string; storeId: string; domain: string; token: string };

async function post<T>(api: string, path: string, body: unknown, token?: string): Promise<T> {
  const res = await fetch(api + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export async function newStore(api: string, name: string, domain: string): Promise<BenchStore> {
  const session = await post<{ accessToken: string; tenant: { id: string } }>(api, '/api/auth/signup', {
    tenantName: name,
    email: `owner@${domain}`,
    password: 'bench-password-1',
  });
  const store = await post<{ id: string }>(api, '/api/stores', { name, domain }, session.accessToken);
  return { tenantId: session.tenant.id, storeId: store.id, domain, token: session.accessToken };
}

/** Inserts `n` products (one default variant, stock at one location), categories and listings. */
export async function fill(db: pg.Client, s: BenchStore, n: number) {
  await db.query('begin');
  const loc = await db.query<{ id: string }>(
    `insert into locations (tenant_id, name, code, is_default) values ($1, 'Main', 'MAIN', true) returning id`,
    [s.tenantId],
  );
  const cats = await db.query<{ id: string }>(
    `insert into categories (tenant_id, store_id, name, slug, sort_order)
     select $1, $2, initcap(w), w, i from unnest($3::text[]) with ordinality as t(w, i) returning id`,
    [s.tenantId, s.storeId, NOUN.slice(0, 10).map((w) => `${w}s`)],
  );
  await db.query(
    `with p as (
       insert into products (tenant_id, sku, name, description, price_minor, images)
       select $1, 'SKU-' || g, initcap(($3::text[])[1 + g % 20]) || ' ' || initcap(($4::text[])[1 + (g / 20) % 25]) || ' ' || g,
         'A ' || ($3::text[])[1 + g % 20] || ' ' || ($4::text[])[1 + (g / 20) % 25] || ' made to last, number ' || g,
         500 + (g * 7919) % 30000, jsonb_build_array('/api/media/placeholder.svg?label=' || g)
       from generate_series(1, $2::int) g returning id, sku),
     v as (insert into product_variants (tenant_id, product_id, sku, name, is_default)
       select $1, id, sku, 'Default', true from p returning id)
     insert into stock_levels (tenant_id, variant_id, location_id, on_hand)
     select $1, id, $5, (random() * 40)::int from v`,
    [s.tenantId, n, ADJ, NOUN, loc.rows[0]?.id],
  );
  await db.query(
    `insert into product_listings (tenant_id, store_id, product_id, slug, title, description, base_price_minor,
       images, category_ids, tags, in_stock, is_promoted, sort_order, rating_avg, rating_count)
     select p.tenant_id, $2, p.id, lower(regexp_replace(p.name, '[^a-zA-Z0-9]+', '-', 'g')), p.name, p.description,
       p.price_minor, p.images, array[($3::uuid[])[1 + (row_number() over (order by p.sku))::int % 10]],
       array[split_part(lower(p.name), ' ', 1)], true, random() < 0.05, (random() * 100)::int,
       round((1 + random() * 4)::numeric, 2), (random() * 50)::int
     from products p where p.tenant_id = $1`,
    [s.tenantId, s.storeId, cats.rows.map((r) => r.id)],
  );
  await db.query('commit');
}

export async function loadBenchData(api: string, databaseUrl: string) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  // Under the platform domain (localhost): a custom domain would need its DNS proof first.
  const big = await newStore(api, 'Big Store', 'bench-big.localhost');
  await fill(db, big, 10_000);
  const mid = await newStore(api, 'Mid Store', 'bench-mid.localhost');
  await fill(db, mid, 1_000);
  const small: BenchStore[] = [];
  for (let i = 0; i < 50; i++) {
    const s = await newStore(api, `Small Store ${i}`, `bench-small-${i}.localhost`);
    await fill(db, s, 200);
    small.push(s);
  }
  await db.end();
  await settleFresh(databaseUrl);
  return { big, mid, small };
}
