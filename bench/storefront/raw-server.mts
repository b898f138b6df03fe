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

/**
 * The API's whole reply to a list or category page (`GET /api/storefront/:domain/products`), built
 * by ONE statement as JSON text: the page, each listing's live product, variants and stock, the
 * prices after markup and sale, the total. What a reply built in SQL could reach (bench/README.md,
 * 2026-12-07). Checked to equal the API's reply on this data (`sameReply` in storefront.ts); priced in the
 * bench stores' currency (USD, two decimals); no bundles (the data has none).
 */
const money = (minor: string) => `(round((${minor})::numeric / 100, 2))::text`;
const SALE = `(l.sale_price_minor is not null and (l.sale_starts_at is null or l.sale_starts_at <= now())
  and (l.sale_ends_at is null or l.sale_ends_at > now()))`;
const regular = (base: string) =>
  `coalesce(l.price_override_minor, div((${base})::numeric * round((100 + l.price_markup) * 10000) + 500000, 1000000))`;
const onSale = (base: string) => `(${SALE} and l.sale_price_minor < ${regular(base)})`;
const prices = (
  base: string,
) => `'price', ${money(`case when ${onSale(base)} then l.sale_price_minor else ${regular(base)} end`)},
  'compareAtPrice', case when ${onSale(base)} then ${money(regular(base))} end`;
const BASE = 'coalesce(p.price_minor, l.base_price_minor)';
const FEATURED = 'l.is_promoted desc, l.sort_order asc, l.created_at desc, l.id asc';
const reply = (where: string) => `
with page as (
  select l.*, row_number() over (order by ${FEATURED}) as ord from product_listings l
  where ${where} order by ${FEATURED} limit 20 offset $2
), vs as (
  select v.product_id, v.id, v.sku, v.name, v.options, v.is_default, v.position, v.created_at,
    coalesce(v.price_minor, p.price_minor) as price_minor, coalesce(v.weight_grams, p.weight_grams)::float8 as weight,
    case when p.type = 'DIGITAL' then 1000000 else coalesce(s.on_hand - s.reserved - s.allocated, 0)
      + coalesce((select sum(r.quantity) from reservations r where r.variant_id = v.id and r.expires_at <= now()), 0) end as available
  from page join products p on p.id = page.product_id and p.deleted_at is null
  join product_variants v on v.product_id = p.id and v.deleted_at is null
  left join lateral (select sum(on_hand) on_hand, sum(reserved) reserved, sum(allocated) allocated
    from stock_levels s where s.variant_id = v.id) s on true
)
select json_build_object('data', coalesce((select json_agg(item order by ord) from (
  select l.ord, json_build_object(
    'id', l.id, 'slug', l.slug, 'title', coalesce(l.custom_title, p.name, l.title),
    'description', coalesce(l.custom_description, case when p.id is null then l.description else p.description end),
    ${prices(BASE)}, 'onSale', ${onSale(BASE)}, 'currency', (select currency from stores where id = $1),
    'available', greatest(0, coalesce(a.available, 0)), 'inStock', coalesce(a.available, 0) > 0,
    'sku', case when p.id is not null then coalesce((select sku from vs where vs.product_id = p.id
      order by is_default desc, position, created_at limit 1), p.sku) end,
    'variants', coalesce((select json_agg(json_build_object('id', vs.id, 'sku', vs.sku, 'name', vs.name,
      'options', vs.options, 'isDefault', vs.is_default, ${prices('vs.price_minor')},
      'available', greatest(0, vs.available), 'weight', vs.weight) order by vs.position, vs.created_at)
      from vs where vs.product_id = p.id), '[]'::json),
    'images', l.images, 'rating', l.rating_avg::float8, 'ratingCount', l.rating_count, 'isPromoted', l.is_promoted,
    'productType', l.product_type, 'isDigital', l.product_type = 'DIGITAL',
    'isGiftCard', l.product_type = 'DIGITAL' and coalesce(p.attributes->'giftCard' = 'true'::jsonb, false),
    'categoryIds', l.category_ids, 'tags', l.tags, 'attributes', l.attributes,
    'metaTitle', coalesce(l.meta_title, l.title), 'metaDescription', coalesce(l.meta_description, left(l.description, 160)),
    'createdAt', to_char(l.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) as item
  from page l left join products p on p.id = l.product_id and p.deleted_at is null
  left join lateral (select sum(available) as available from vs where vs.product_id = p.id) a on true) x), '[]'::json),
  'total', (select count(*) from product_listings l where ${where}), 'limit', 20, 'offset', $2::int)::text as body`;
const VISIBLE = 'l.store_id = $1 and l.is_visible and not l.product_missing';
const REPLIES = {
  list: reply(VISIBLE),
  category: reply(`${VISIBLE} and l.category_ids && array(select id from categories
    where store_id = $1 and slug = $3 and is_visible)`),
};

type Query = (text: string, values: unknown[], name?: string) => Promise<pg.QueryResult>;

const inTenantTransaction = <T,>(tenantId: string, run: (query: Query) => Promise<T>) =>
  inRawTransaction(
    pool,
    `begin; select set_config('app.tenant_id', '${tenantId}', true), set_config('role', 'ventory_app', true)`,
    (client) => run((text, values, name) => client.query({ text, values, name })),
  );

function read(
  query: Query,
  kind: string,
  store: { tenantId: string; storeId: string },
  u: URL,
  slug?: string,
) {
  const offset = Number(u.searchParams.get('offset') ?? 0);
  // Prepared, as the API prepares its statements; only in a tenant transaction (row-level security
  // scopes its joins to the tenant).
  if (kind === 'reply-list') return query(REPLIES.list, [store.storeId, offset], 'reply-list');
  if (kind === 'reply-category')
    return query(REPLIES.category, [store.storeId, offset, slug], 'reply-category');
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
    if (!store || (kind.startsWith('reply-') && !inTransaction)) {
      res.writeHead(404).end();
      return;
    }
    const result = inTransaction
      ? await inTenantTransaction(store.tenantId, (query) => read(query, kind, store, u, slug))
      : await read((text, values) => pool.query(text, values), kind, store, u, slug);
    const body = kind.startsWith('reply-')
      ? (result.rows[0] as { body: string }).body
      : JSON.stringify(
          kind === 'detail' ? result.rows[0] : { data: result.rows, total: result.rows[0]?.total ?? 0 },
        );
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  } catch (err) {
    res.writeHead(500).end(String(err));
  }
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`RAW_URL=http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
});
