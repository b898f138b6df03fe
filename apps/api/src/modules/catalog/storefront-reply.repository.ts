import { CompiledQuery, type RawBuilder, sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { READ_ALONE } from '../../platform/db/prepared-statements.ts';
import { statementTemplate } from '../../platform/db/statement-template.ts';
import { convertMinorSql, fromMinorSql, minorDigitsSql } from '../../platform/money.ts';
import type { StorefrontFilter, StorefrontSort } from './listings.repository.ts';
import { listingBySlugSql, listingsInOrderSql, storefrontPageSql } from './listings.repository.ts';
import { onSaleSql, regularPriceSql } from './pricing.ts';

/**
 * Prices of a listing `l` over a base price in its currency's minor units (`effectivePrice`,
 * `priced`). `from` is a subquery named `alias` that computes the regular price and whether the
 * sale applies once; the columns read it. `offset 0` keeps the planner from copying those
 * expressions back into every use, since PostgreSQL sets up each copy on every run.
 */
function prices(minor: RawBuilder<unknown>, currency: RawBuilder<unknown>, alias: string) {
  const base = sql`(case when ${currency} = s.currency then ${minor}
    else ${convertMinorSql(minor, minorDigitsSql(sql`${currency}`), sql`s.digits`)} end)`;
  const m = sql.table(alias);
  return {
    from: sql`(select r.regular, ${onSaleSql(sql`r.regular`)} as on_sale
      from (select ${regularPriceSql(base)} as regular offset 0) r offset 0) ${m}`,
    price: fromMinorSql(
      sql`case when ${m}.on_sale then l.sale_price_minor else ${m}.regular end`,
      sql`s.digits`,
    ),
    compareAtPrice: sql`case when ${m}.on_sale then ${fromMinorSql(sql`${m}.regular`, sql`s.digits`)} end`,
    onSale: sql`${m}.on_sale`,
  };
}

/**
 * One listing of the page as `toStorefrontListing` makes it, over `p` (`inventory_products`) and
 * the store `s`: a row whose columns are the JSON's keys, in their order (a row's JSON is compact,
 * `json_build_object`'s is not).
 */
function listingRow() {
  const main = prices(
    sql`coalesce(p.price_minor, l.base_price_minor)`,
    sql`coalesce(p.currency, s.currency)`,
    'm',
  );
  const variant = prices(sql`iv.price_minor`, sql`iv.currency`, 'vm');
  const variants = sql`(select json_agg(v order by iv.position, iv.created_at)
    from inventory_variants iv cross join lateral ${variant.from} cross join lateral (select iv.id, iv.sku,
      iv.name, iv.options, iv.is_default as "isDefault", ${variant.price} as price,
      ${variant.compareAtPrice} as "compareAtPrice", greatest(0, iv.available) as available, iv.weight) v
    where iv.product_id = p.id)`;
  return sql`(select l.id, l.slug, coalesce(l.custom_title, p.name, l.title) as title,
    case when l.custom_description is not null then l.custom_description
         when p.id is null then l.description else p.description end as description,
    ${main.price} as price, ${main.compareAtPrice} as "compareAtPrice", ${main.onSale} as "onSale",
    s.currency, greatest(0, coalesce(p.available, 0)) as available, coalesce(p.available, 0) > 0 as "inStock",
    p.sku, coalesce(${variants}, '[]'::json) as variants, l.images, l.rating_avg::float8 as rating,
    l.rating_count as "ratingCount", l.is_promoted as "isPromoted", l.product_type as "productType",
    l.product_type = 'DIGITAL' as "isDigital",
    l.product_type = 'DIGITAL' and coalesce(p.attributes -> 'giftCard' = 'true'::jsonb, false) as "isGiftCard",
    l.category_ids as "categoryIds", l.tags, l.attributes, coalesce(l.meta_title, l.title) as "metaTitle",
    coalesce(l.meta_description, left(l.description, 160)) as "metaDescription",
    to_char(l.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt"
    from ${main.from})`;
}

/**
 * A page of the storefront's listings as JSON text, its total, the variants whose stock it shows,
 * and the store's currency (null when no reply was built: a search that found nothing).
 */
export type StorefrontReplyPage = {
  data: string;
  total: number;
  variantIds: string[];
  currency: string | null;
};

type StockSql = (ids: RawBuilder<unknown>) => RawBuilder<unknown>;

/** Runs one SELECT alone (`READ_ALONE`: a transaction of its own when it is the first statement). */
async function readAlone<T>(tx: TenantTx, query: RawBuilder<unknown>): Promise<T[]> {
  const compiled = query.compile(tx);
  const { rows } = await tx.executeQuery(
    CompiledQuery.raw(READ_ALONE + compiled.sql, [...compiled.parameters]),
  );
  return rows as T[];
}

type FixedParts = Record<'listing' | 'stock' | 'digits', RawBuilder<unknown>>;
/**
 * The reply's parts that hold no values (each listing's row, the inventory's named queries, the
 * store currency's digits), built and compiled once, not on every request.
 */
const fixedParts = new WeakMap<StockSql, FixedParts>();
function fixed(tx: TenantTx, stockSql: StockSql): FixedParts {
  let parts = fixedParts.get(stockSql);
  if (!parts) {
    const built = {
      listing: listingRow(),
      stock: stockSql(sql`(select product_id from page)`),
      digits: minorDigitsSql(sql`rtrim(currency)`),
    };
    const compiled = Object.entries(built).map(([name, part]) => [name, part.compile(tx)] as const);
    if (compiled.some(([, c]) => c.parameters.length > 0))
      throw new Error('storefrontReply: a fixed part of the reply holds values');
    parts = Object.fromEntries(compiled.map(([name, c]) => [name, sql.raw(c.sql)])) as FixedParts;
    fixedParts.set(stockSql, parts);
  }
  return parts;
}

/**
 * The named queries every reply reads: `page` (its listings), the inventory's stock, the store
 * `store`; after `before`, named queries that `page` reads.
 */
function withPageStockStore(
  tx: TenantTx,
  storeId: string,
  page: RawBuilder<unknown>,
  stockSql: StockSql,
  before?: RawBuilder<unknown>,
) {
  const { stock, digits } = fixed(tx, stockSql);
  return sql`with ${before ? sql`${before}, ` : sql``}page as (${page}), ${stock},
    store as (select rtrim(currency) as currency, ${digits} as digits from stores where id = ${storeId})`;
}

/** The variants the reply shows, as one text of ids and commas (pg's array parser cost more, on a list page). */
const VARIANTS_SHOWN = sql`(select coalesce(string_agg(iv.id::text, ','), '') from inventory_variants iv)`;
const variantsOf = (shown: string) => (shown === '' ? [] : shown.split(','));

/** The reply over the named query `page` (`ord` its order): the listings' JSON, `total`, the variants shown. */
async function replyOf(
  tx: TenantTx,
  storeId: string,
  page: RawBuilder<unknown>,
  total: RawBuilder<unknown>,
  stockSql: StockSql,
  before?: RawBuilder<unknown>,
) {
  const [row] = await readAlone<{
    data: string;
    total: number | null;
    variantIds: string;
    currency: string;
  }>(
    tx,
    sql`${withPageStockStore(tx, storeId, page, stockSql, before)}
      select coalesce(json_agg(item order by l.ord) filter (where l.id is not null), '[]')::text as data,
        ${total} as total, ${VARIANTS_SHOWN} as variant_ids, min(s.currency) as currency
      from store s left join page l on true left join inventory_products p on p.id = l.product_id
        left join lateral ${fixed(tx, stockSql).listing} item on true`,
  );
  if (!row) throw new Error('storefrontReply: the store is not visible in this transaction');
  return row;
}

/** A listing's visible categories, in their order (breadcrumbs, "more like this"). */
const CATEGORIES = sql`coalesce((select json_agg(c order by k.sort_order, k.id)
  from categories k cross join lateral (select k.id, k.name, k.slug, k.parent_id as "parentId") c
  where k.store_id = l.store_id and k.is_visible and k.id = any(l.category_ids)), '[]')`;

/**
 * A product page as JSON text, built whole in SQL in ONE statement: the visible listing `slug`,
 * as a list page shows it, with its visible categories; and the variants whose stock it shows.
 * Null when the store shows no such listing. The statement is built and compiled once.
 */
export function storefrontProductReply(stockSql: StockSql) {
  // Read alone like the others, its text the same string on every run (looked up once, prepared once).
  const statement = statementTemplate(['storeId', 'slug'], (tx, { storeId, slug }) => {
    const page = listingBySlugSql(storeId, slug);
    return sql`${sql.raw(READ_ALONE)}${withPageStockStore(tx, storeId, page, stockSql)}
      select row_to_json(d)::text as data, ${VARIANTS_SHOWN} as variant_ids
      from store s cross join page l left join inventory_products p on p.id = l.product_id
        cross join lateral ${fixed(tx, stockSql).listing} item
        cross join lateral (select item.*, ${CATEGORIES} as categories) d`;
  });
  return async (tx: TenantTx, storeId: string, slug: string) => {
    const { rows } = await tx.executeQuery<{ data: string; variantIds: string }>(
      statement(tx, { storeId, slug }),
    );
    const row = rows[0];
    return row ? { data: row.data, variantIds: variantsOf(row.variantIds) } : null;
  };
}

/**
 * One page of a storefront list (`storefrontPageSql`) with each listing's live product, variants,
 * stock and prices, built whole in SQL as JSON text: the API sends it as it comes, with nothing
 * parsed, renamed or serialised on the way (an uncached list read spent most of its CPU there,
 * issue 17). The listing's JSON is `toStorefrontListing`'s, pinned by storefront-reply.e2e.test.ts;
 * the inventory gives its products and stock as named queries (`stockSql`). Browsing: ONE
 * statement, planned once. A search: its page first, planned for its words on every run (never
 * prepared, prepared-statements.ts), then the reply over those listings in a statement planned
 * once; the whole reply planned on every run cost 35 ms of PostgreSQL's CPU a search.
 */
export async function storefrontReply(
  tx: TenantTx,
  f: StorefrontFilter,
  sort: StorefrontSort,
  page: { limit: number; offset: number },
  stockSql: StockSql,
): Promise<StorefrontReplyPage> {
  const { page: pageSql, count, onePass, counted, ranked } = storefrontPageSql(f, sort, page);
  if (!onePass) {
    // Browsing reads one row past the page (`page_and_next`). A category's rows carry the total
    // (`counted`): the count (a second walk over every match) runs only past its last match. Else,
    // without that row the page is the last, and its total is what it holds; the pages before count.
    const total = counted
      ? sql`coalesce((select max(matches) from page_and_next),
          case when ${page.offset}::bigint = 0 then 0 else (${count}) end)::int`
      : sql`(select (case
        when k.n <= ${page.limit}::int and (k.n > 0 or ${page.offset}::bigint = 0) then ${page.offset}::bigint + k.n
        else (${count}) end)::int
      from (select count(*) as n from page_and_next) k)`;
    const row = await replyOf(
      tx,
      f.storeId,
      sql`select * from page_and_next where ord <= ${page.offset}::bigint + ${page.limit}::int`,
      total,
      stockSql,
      sql`page_and_next as (${pageSql})`,
    );
    return {
      data: row.data,
      total: row.total ?? 0,
      variantIds: variantsOf(row.variantIds),
      currency: row.currency,
    };
  }
  const found = await readAlone<{ id: string; matches: number }>(
    tx,
    sql`select id, matches::int from (${ranked}) p order by ord`,
  );
  // A search past its last match has no row to carry the count.
  const total = found[0]?.matches ?? (page.offset > 0 ? ((await count.execute(tx)).rows[0]?.n ?? 0) : 0);
  if (found.length === 0) return { data: '[]', total, variantIds: [], currency: null };
  const ids = found.map((r) => r.id);
  const row = await replyOf(tx, f.storeId, listingsInOrderSql(f.storeId, ids), sql`null::int`, stockSql);
  return { data: row.data, total, variantIds: variantsOf(row.variantIds), currency: row.currency };
}
