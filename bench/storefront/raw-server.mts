// The baseline: a bare node:http + pg server answering the storefront reads with one hand-written
// SQL statement each (no framework, no validation, no tenant transaction, no cache). The API's
// figures are reported as ratios to this server's, measured in the same run on the same data.
// Under `/tx/…` it runs the same statement the way the API must: in a transaction that sets the
// tenant and drops to the app role (row-level security on), sent with its BEGIN, then COMMIT: three
// round trips. That prices the tenant transaction apart from the API's own work.
import http from 'node:http';
import pg from 'pg';
import { inRawTransaction } from '../raw-transaction.mts';

const url = process.env.DATABASE_URL ?? '';
const stores = JSON.parse(process.env.BENCH_STORES ?? '{}') as Record<
  string,
  { tenantId: string; storeId: string }
>;
const pool = new pg.Pool({ connectionString: url, max: 20 });

const AVAILABLE = `coalesce((select sum(s.on_hand - s.reserved - s.allocated) from product_variants v
  join stock_levels s on s.tenant_id = v.tenant_id and s.variant_id = v.id
  where v.tenant_id = l.tenant_id and v.product_id = l.product_id), 0) as available`;
const COLUMNS = `l.id, l.slug, l.title, l.description, l.price_minor, l.images, l.rating_avg, ${AVAILABLE}`;

const QUERIES = {
  list: `select ${COLUMNS}, count(*) over () as total from product_listings l
    where l.tenant_id = $1 and l.store_id = $2 and l.is_visible
    order by l.is_promoted desc, l.sort_order, l.created_at desc, l.id limit 20 offset $3`,
  category: `select ${COLUMNS}, count(*) over () as total from product_listings l
    where l.tenant_id = $1 and l.store_id = $2 and l.is_visible
      and l.category_ids && (select array_agg(id) from categories where tenant_id = $1 and store_id = $2 and slug = $4)
    order by l.is_promoted desc, l.sort_order, l.created_at desc, l.id limit 20 offset $3`,
  detail: `select ${COLUMNS}, (select json_agg(json_build_object('id', v.id, 'sku', v.sku, 'options', v.options))
      from product_variants v where v.tenant_id = l.tenant_id and v.product_id = l.product_id) as variants
    from product_listings l where l.tenant_id = $1 and l.store_id = $2 and l.slug = $3 and l.is_visible`,
  search: `select ${COLUMNS}, count(*) over () as total from product_listings l
    where l.tenant_id = $1 and l.store_id = $2 and l.is_visible and l.search_vector @@ to_tsquery('english', $3)
    order by ts_rank(l.search_vector, to_tsquery('english', $3)) desc, l.id limit 20`,
};

type Query = (text: string, values: unknown[]) => Promise<pg.QueryResult>;

const inTenantTransaction = <T,>(tenantId: string, run: (query: Query) => Promise<T>) =>
  inRawTransaction(
    pool,
    `begin; select set_config('app.tenant_id', '${tenantId}', true), set_config('role', 'ventory_app', true)`,
    (client) => run((text, values) => client.query(text, values)),
  );

function read(
  query: Query,
  kind: string,
  store: { tenantId: string; storeId: string },
  u: URL,
  slug?: string,
) {
  const offset = Number(u.searchParams.get('offset') ?? 0);
  if (kind === 'list') return query(QUERIES.list, [store.tenantId, store.storeId, offset]);
  if (kind === 'category') return query(QUERIES.category, [store.tenantId, store.storeId, offset, slug]);
  if (kind === 'detail') return query(QUERIES.detail, [store.tenantId, store.storeId, slug]);
  const words = (u.searchParams.get('q') ?? '').toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return query(QUERIES.search, [store.tenantId, store.storeId, words.map((w) => `${w}:*`).join(' & ')]);
}

const server = http.createServer(async (req, res) => {
  try {
    const u = new URL(req.url ?? '/', 'http://x');
    const inTransaction = u.pathname.startsWith('/tx/');
    const [, kind = '', domain, slug] = u.pathname.slice(inTransaction ? 3 : 0).split('/');
    const store = stores[domain ?? ''];
    if (!store) {
      res.writeHead(404).end();
      return;
    }
    const result = inTransaction
      ? await inTenantTransaction(store.tenantId, (query) => read(query, kind, store, u, slug))
      : await read((text, values) => pool.query(text, values), kind, store, u, slug);
    const body =
      kind === 'detail' ? result.rows[0] : { data: result.rows, total: result.rows[0]?.total ?? 0 };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  } catch (err) {
    res.writeHead(500).end(String(err));
  }
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`RAW_URL=http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
});
