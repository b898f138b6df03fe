import { CompiledQuery, type RawBuilder, sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { READ_ALONE } from '../../platform/db/prepared-statements.ts';
import { convertMinorSql, fromMinorSql, minorDigitsSql } from '../../platform/money.ts';
import type { StorefrontFilter, StorefrontSort } from './listings.repository.ts';
import { storefrontPageSql } from './listings.repository.ts';
import { onSaleSql, regularPriceSql } from './pricing.ts';

/** Prices of a listing `l` over a base price in its currency's minor units (`effectivePrice`, `priced`). */
function prices(minor: RawBuilder<unknown>, currency: RawBuilder<unknown>) {
  const base = sql`(case when ${currency} = s.currency then ${minor}
    else ${convertMinorSql(minor, minorDigitsSql(sql`${currency}`), sql`s.digits`)} end)`;
  const regular = regularPriceSql(base);
  const onSale = onSaleSql(regular);
  return {
    price: fromMinorSql(sql`case when ${onSale} then l.sale_price_minor else ${regular} end`, sql`s.digits`),
    compareAtPrice: sql`case when ${onSale} then ${fromMinorSql(regular, sql`s.digits`)} end`,
    onSale,
  };
}

/** One listing of the page as `toStorefrontListing` makes it, over `p` (`inventory_products`) and the store `s`. */
function listingJson() {
  const main = prices(
    sql`coalesce(p.price_minor, l.base_price_minor)`,
    sql`coalesce(p.currency, s.currency)`,
  );
  const variant = prices(sql`iv.price_minor`, sql`iv.currency`);
  const variants = sql`(select json_agg(json_build_object('id', iv.id, 'sku', iv.sku, 'name', iv.name,
      'options', iv.options, 'isDefault', iv.is_default, 'price', ${variant.price},
      'compareAtPrice', ${variant.compareAtPrice}, 'available', greatest(0, iv.available), 'weight', iv.weight)
      order by iv.position, iv.created_at)
    from inventory_variants iv where iv.product_id = p.id)`;
  return sql`json_build_object('id', l.id, 'slug', l.slug, 'title', coalesce(l.custom_title, p.name, l.title),
    'description', case when l.custom_description is not null then l.custom_description
                        when p.id is null then l.description else p.description end,
    'price', ${main.price}, 'compareAtPrice', ${main.compareAtPrice}, 'onSale', ${main.onSale},
    'currency', s.currency, 'available', greatest(0, coalesce(p.available, 0)),
    'inStock', coalesce(p.available, 0) > 0, 'sku', p.sku, 'variants', coalesce(${variants}, '[]'::json),
    'images', l.images, 'rating', l.rating_avg::float8, 'ratingCount', l.rating_count,
    'isPromoted', l.is_promoted, 'productType', l.product_type, 'isDigital', l.product_type = 'DIGITAL',
    'isGiftCard', l.product_type = 'DIGITAL' and coalesce(p.attributes -> 'giftCard' = 'true'::jsonb, false),
    'categoryIds', l.category_ids, 'tags', l.tags, 'attributes', l.attributes,
    'metaTitle', coalesce(l.meta_title, l.title),
    'metaDescription', coalesce(l.meta_description, left(l.description, 160)),
    'createdAt', to_char(l.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`;
}

/** A page of the storefront's listings as JSON text, its total, and the variants whose stock it shows. */
export type StorefrontReplyPage = { data: string; total: number; variantIds: string[] };

/**
 * One page of a storefront list (`storefrontPageSql`) with each listing's live product, variants,
 * stock and prices, built whole by ONE statement as JSON text: the API sends it as it comes, with
 * nothing parsed, renamed or serialised on the way (an uncached list read spent most of its CPU
 * there, issue 17). The listing's JSON is `toStorefrontListing`'s, pinned by
 * storefront-reply.int.test.ts; the inventory gives its products and stock as named queries
 * (`stockSql`). Run alone (`READ_ALONE`): a transaction of its own when it is the first statement.
 */
export async function storefrontReply(
  tx: TenantTx,
  f: StorefrontFilter,
  sort: StorefrontSort,
  page: { limit: number; offset: number },
  stockSql: (ids: RawBuilder<unknown>) => RawBuilder<unknown>,
): Promise<StorefrontReplyPage> {
  const { page: pageSql, count, onePass } = storefrontPageSql(f, sort, page);
  const statement = sql<{ data: string; total: number | null; variantIds: string[] }>`
    with page as (${pageSql}), ${stockSql(sql`(select product_id from page)`)},
    store as (select rtrim(currency) as currency, ${minorDigitsSql(sql`rtrim(currency)`)} as digits
                from stores where id = ${f.storeId})
    select coalesce(json_agg(${listingJson()} order by l.ord) filter (where l.id is not null), '[]')::text as data,
      ${onePass ? sql`max(l.matches)::int` : sql`(${count})`} as total,
      (select coalesce(array_agg(iv.id), '{}') from inventory_variants iv) as variant_ids
    from store s left join page l on true left join inventory_products p on p.id = l.product_id`.compile(tx);
  const { rows } = await tx.executeQuery(
    CompiledQuery.raw(READ_ALONE + statement.sql, [...statement.parameters]),
  );
  const row = rows[0] as { data: string; total: number | null; variantIds: string[] } | undefined;
  if (!row) throw new Error('storefrontReply: the store is not visible in this transaction');
  // A search past its last match has no row to carry the count.
  const total = row.total ?? (page.offset > 0 ? ((await count.execute(tx)).rows[0]?.n ?? 0) : 0);
  return { data: row.data, total, variantIds: row.variantIds };
}
