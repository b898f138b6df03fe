import { type RawBuilder, sql, type Updateable } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import type { InventoryProduct } from './catalog.ports.ts';
import { catalogWrites, type ListingRow, type ProductListingsTable } from './catalog.schema.ts';

/** Columns of a listing row as read by every query (the search vector stays in the database). */
export const LISTING_COLUMNS = [
  'id',
  'storeId',
  'productId',
  'slug',
  'isVisible',
  'isPromoted',
  'sortOrder',
  'customTitle',
  'customDescription',
  'customImages',
  'metaTitle',
  'metaDescription',
  'priceMarkup',
  'priceOverrideMinor',
  'salePriceMinor',
  'saleStartsAt',
  'saleEndsAt',
  'taxCategory',
  'categoryIds',
  'tags',
  'attributes',
  'title',
  'description',
  'productType',
  'basePriceMinor',
  'priceMinor',
  'inStock',
  'productMissing',
  'optionValues',
  'images',
  'ratingAvg',
  'ratingCount',
  'salesCount',
  'createdAt',
  'updatedAt',
] as const;
export type Listing = Omit<ListingRow, 'searchVector' | 'tenantId'>;

const snake = (c: string) => c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);
/** A listing's columns in a storefront page's SQL, built once (not for every request). */
const PAGE_COLUMNS = sql.join(LISTING_COLUMNS.map((c) => sql.ref(snake(c))));

/** The price a shopper pays now, in SQL (regular price, or a running sale price below it). */
export const EFFECTIVE_PRICE = sql<number>`(case when sale_price_minor is not null and sale_price_minor < price_minor
  and (sale_starts_at is null or sale_starts_at <= now()) and (sale_ends_at is null or sale_ends_at > now())
  then sale_price_minor else price_minor end)`;

export const listingById = (tx: TenantTx, storeId: string, id: string) =>
  tx
    .selectFrom('productListings')
    .select(LISTING_COLUMNS)
    .where('storeId', '=', storeId)
    .where('id', '=', id)
    .executeTakeFirst();

export const listingsByIdsQuery = (tx: TenantTx, storeId: string, ids: readonly string[]) =>
  tx
    .selectFrom('productListings')
    .select(LISTING_COLUMNS)
    .where('storeId', '=', storeId)
    .where('id', 'in', [...ids]);

export const listingsByIds = (tx: TenantTx, storeId: string, ids: readonly string[]) =>
  ids.length === 0 ? Promise.resolve([] as Listing[]) : listingsByIdsQuery(tx, storeId, ids).execute();

/** A store's listings of these inventory products. */
export const listingsOfProducts = (tx: TenantTx, storeId: string, productIds: readonly string[]) =>
  productIds.length === 0
    ? Promise.resolve([] as Listing[])
    : tx
        .selectFrom('productListings')
        .select(LISTING_COLUMNS)
        .where('storeId', '=', storeId)
        .where('productId', 'in', [...productIds])
        .execute();

/** Columns of a listing row to revive when it is read as JSON (`readTogether`). */
export const LISTING_JSON = {
  dates: ['saleStartsAt', 'saleEndsAt', 'createdAt', 'updatedAt'],
  numerics: ['priceMarkup', 'ratingAvg'],
} as const;

export const visibleBySlugQuery = (tx: TenantTx, storeId: string, slug: string) =>
  tx
    .selectFrom('productListings')
    .select(LISTING_COLUMNS)
    .where('storeId', '=', storeId)
    .where('slug', '=', slug)
    .where('isVisible', '=', true)
    .where('productMissing', '=', false);

export const visibleBySlug = (tx: TenantTx, storeId: string, slug: string) =>
  visibleBySlugQuery(tx, storeId, slug).executeTakeFirst();

export const insertListing = (
  tx: TenantTx,
  values: Updateable<ProductListingsTable> & {
    storeId: string;
    productId: string;
    slug: string;
    title: string;
  },
) =>
  catalogWrites(tx)
    .insertInto('productListings')
    .values(values)
    .returning(LISTING_COLUMNS)
    .executeTakeFirstOrThrow();

export const updateListing = (
  tx: TenantTx,
  storeId: string,
  id: string,
  patch: Updateable<ProductListingsTable>,
) =>
  catalogWrites(tx)
    .updateTable('productListings')
    .set(patch)
    .where('storeId', '=', storeId)
    .where('id', '=', id)
    .returning(LISTING_COLUMNS)
    .executeTakeFirst();

export const deleteListing = (tx: TenantTx, storeId: string, id: string) =>
  catalogWrites(tx)
    .deleteFrom('productListings')
    .where('storeId', '=', storeId)
    .where('id', '=', id)
    .returning(['id', 'productId'])
    .executeTakeFirst();

/**
 * Copies what the storefront searches, filters and sorts on from inventory products into every
 * listing of those products (in every store of the tenant), in one statement.
 */
/** Marks the listings of products the inventory no longer has (deleted), or has again. */
export async function markMissing(tx: TenantTx, requested: string[], found: string[]) {
  if (requested.length === 0) return;
  await sql`
    update product_listings set product_missing = not (product_id = any(${found}::uuid[]))
    where product_id = any(${requested}::uuid[])
      and product_missing is distinct from not (product_id = any(${found}::uuid[]))`.execute(tx);
}

export async function syncFromInventory(
  tx: TenantTx,
  products: InventoryProduct[],
  minor: (p: InventoryProduct) => number,
) {
  if (products.length === 0) return;
  const data = products.map((p) => ({
    product_id: p.id,
    name: p.name,
    description: p.description,
    price: minor(p),
    type: p.type,
    in_stock: p.stock.available > 0,
    options: [
      ...new Set(p.variants.flatMap((v) => Object.entries(v.options).map(([k, val]) => `${k}:${val}`))),
    ],
    images: p.images,
  }));
  await sql`
    update product_listings l set
      title = coalesce(l.custom_title, v.name),
      description = coalesce(l.custom_description, v.description),
      base_price_minor = v.price,
      product_type = v.type,
      in_stock = v.in_stock,
      option_values = v.options,
      images = case when jsonb_array_length(l.custom_images) > 0 then l.custom_images else v.images end
    from jsonb_to_recordset(${JSON.stringify(data)}::jsonb)
      as v(product_id uuid, name text, description text, price bigint, type text, in_stock boolean, options text[], images jsonb)
    where l.product_id = v.product_id
      and (l.title, l.description, l.base_price_minor, l.product_type, l.in_stock, l.option_values, l.images)
        is distinct from
          (coalesce(l.custom_title, v.name), coalesce(l.custom_description, v.description), v.price, v.type,
           v.in_stock, v.options, case when jsonb_array_length(l.custom_images) > 0 then l.custom_images else v.images end)`.execute(
    tx,
  );
}

export type StorefrontFilter = {
  storeId: string;
  tsquery: string | null;
  text: string | null;
  /** `fts`: full text only; `fuzzy`: trigram similarity only (the typo fallback); `both`. */
  match?: 'fts' | 'fuzzy' | 'both';
  /** The category's ids (`visibleSubtreeIds`): the listing must be in one of them. */
  categories: RawBuilder<string[]> | null;
  collection: RawBuilder<boolean> | null;
  minPriceMinor?: number;
  maxPriceMinor?: number;
  inStock?: boolean;
  minRating?: number;
  tag?: string;
  options: string[];
  attributes?: Record<string, string>;
  promoted?: boolean;
};

/** The WHERE clause of a storefront product query: visible listings only, then each filter. */
export function storefrontWhere(f: StorefrontFilter): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = [
    sql`store_id = ${f.storeId}`,
    sql`is_visible`,
    sql`not product_missing`,
  ];
  if (f.text !== null) {
    // Full text (weighted, prefix) or, for typos, trigram word similarity on the title.
    const fts = f.tsquery ? sql`search_vector @@ to_tsquery('english', ${f.tsquery})` : sql`false`;
    const fuzzy = sql`${f.text} <% lower(title)`;
    const match = f.match ?? 'both';
    parts.push(match === 'fts' ? fts : match === 'fuzzy' ? fuzzy : sql`(${fts} or ${fuzzy})`);
  }
  if (f.categories) parts.push(sql`category_ids && ${f.categories}`);
  if (f.collection) parts.push(f.collection);
  if (f.minPriceMinor !== undefined) parts.push(sql`${EFFECTIVE_PRICE} >= ${f.minPriceMinor}`);
  if (f.maxPriceMinor !== undefined) parts.push(sql`${EFFECTIVE_PRICE} <= ${f.maxPriceMinor}`);
  if (f.inStock !== undefined) parts.push(sql`in_stock = ${f.inStock}`);
  if (f.minRating !== undefined) parts.push(sql`rating_avg >= ${f.minRating}`);
  if (f.tag) parts.push(sql`tags @> array[${f.tag}]::text[]`);
  if (f.options.length > 0) parts.push(sql`option_values @> ${f.options}::text[]`);
  if (f.promoted !== undefined) parts.push(sql`is_promoted = ${f.promoted}`);
  if (f.attributes && Object.keys(f.attributes).length > 0)
    parts.push(sql`attributes @> ${JSON.stringify(f.attributes)}::jsonb`);
  return sql<boolean>`${sql.join(parts, sql` and `)}`;
}

const SORTS = {
  price: sql`${EFFECTIVE_PRICE} asc, id`,
  '-price': sql`${EFFECTIVE_PRICE} desc, id`,
  newest: sql`created_at desc, id`,
  title: sql`lower(title) asc, id`,
  '-rating': sql`rating_avg desc, rating_count desc, id`,
  featured: sql`is_promoted desc, sort_order asc, created_at desc, id asc`,
} as const;
export type StorefrontSort = keyof typeof SORTS | 'relevance';

/**
 * One page of visible listings as a named query (`page`: the listing's columns, `ord` its place
 * among the matches, and `matches` when `counted`), and the count of every match.
 * - Browsing a whole store: the page stops after `limit` rows of an index walk instead of ranking
 *   every match for a window count. It reads one row past its end: without that row it is the last
 *   page, and `storefrontReply` need not run the count.
 * - A search or a category: no index holds that order, so every match is ranked anyway, and the same
 *   pass counts them (`count(*) over ()`) instead of a second walk over every match (a 10,000-listing
 *   store's category page walked its 1,000 listings twice). The ranking holds each match's sort keys
 *   only (`ranked`): a window over whole rows spilled to disk on a category as big as its store.
 *   The page's whole rows are then read back by their place in the table (`ctid`, the same version
 *   in the same statement's snapshot), without an index probe each. A page past the last match has
 *   no row to carry the count, and counts apart.
 */
export function storefrontPageSql(
  f: StorefrontFilter,
  sort: StorefrontSort,
  page: { limit: number; offset: number },
) {
  const where = storefrontWhere(f);
  const order =
    sort === 'relevance' && f.text !== null
      ? sql`(${f.tsquery && f.match !== 'fuzzy' ? sql`ts_rank(search_vector, to_tsquery('english', ${f.tsquery}))` : sql`0`}
          + word_similarity(${f.text}, lower(title))) desc, id`
      : SORTS[sort === 'relevance' ? 'featured' : sort];
  const onePass = f.text !== null;
  const counted = onePass || f.categories !== null;
  const limit = onePass ? page.limit : page.limit + 1;
  const ranked = sql`select id, ctid, row_number() over (order by ${order}) as ord, count(*) over () as matches
    from product_listings where ${where} order by ${order} limit ${limit} offset ${page.offset}`;
  return {
    onePass,
    counted,
    /** The page's ids, places and the count of matches (what a search reads first). */
    ranked,
    page: counted
      ? sql`select l.*, r.ord, r.matches from (${ranked}) r
          cross join lateral (select ${PAGE_COLUMNS} from product_listings where ctid = r.ctid) l`
      : sql`select ${PAGE_COLUMNS}, row_number() over (order by ${order}) as ord
          from product_listings where ${where} order by ${order} limit ${limit} offset ${page.offset}`,
    count: sql<{ n: number }>`select count(*)::int as n from product_listings where ${where}`,
  };
}

/**
 * The listings `ids` names, in that order (`ord`), as the named query `page` (a search's page,
 * found first). The ids travel as one JSON array: the planner cannot count its elements, so the
 * statement's plan is the same for 1 id or 20 and PostgreSQL keeps one generic plan (a uuid[]
 * parameter, counted in each custom plan, kept it planning on every run: 10–70 % more of its CPU).
 * Each listing is looked up by its key (`limit 1` keeps the look-up apart): joined, the generic
 * plan hashed the store's every listing, 2.6 of 3.8 ms on a store of 10,000.
 */
export const listingsInOrderSql = (storeId: string, ids: readonly string[]) =>
  sql`select l.*, u.ord
    from (select id::uuid, ord from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)
      with ordinality as ids(id, ord) offset 0) u
    cross join lateral (select ${PAGE_COLUMNS} from product_listings
      where id = u.id and store_id = ${storeId} limit 1) l`;

/** The visible listing `slug` of a store, as the named query `page` of one row (a product page). */
export const listingBySlugSql = (storeId: string, slug: string) =>
  sql`select ${PAGE_COLUMNS} from product_listings
    where store_id = ${storeId} and slug = ${slug} and is_visible and not product_missing`;

/** Facet counts over the filtered set: per category, per option value, per price band. */
export async function storefrontFacets(tx: TenantTx, f: StorefrontFilter, bandEdgesMinor: number[]) {
  const band = sql.join(
    bandEdgesMinor.map(
      (edge, i) => sql`when p < ${bandEdgesMinor[i + 1] ?? Number.MAX_SAFE_INTEGER} then ${String(edge)}`,
    ),
    sql` `,
  );
  const { rows } = await sql<{ kind: 'c' | 'o' | 'p'; key: string; n: number }>`
    with f as (select category_ids, option_values, ${EFFECTIVE_PRICE} as p from product_listings where ${storefrontWhere(f)})
    select 'c' as kind, c::text as key, count(*)::int as n from f, unnest(f.category_ids) c group by 2
    union all
    select 'o', o, count(*)::int from f, unnest(f.option_values) o group by 2
    union all
    select 'p', case ${band} end, count(*)::int from f group by 2`.execute(tx);
  return rows;
}

/** Title suggestions for search-as-you-type: prefix matches first, then close (typo) matches. */
export async function suggestTitles(
  tx: TenantTx,
  storeId: string,
  text: string,
  tsquery: string | null,
  limit: number,
) {
  const fts = tsquery ? sql`search_vector @@ to_tsquery('english', ${tsquery})` : sql`false`;
  const { rows } = await sql<{ slug: string; title: string; images: string[] }>`
    select slug, title, images from product_listings
    where store_id = ${storeId} and is_visible and not product_missing
      and (lower(title) like ${`${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} or ${fts} or ${text} <% lower(title))
    order by (lower(title) like ${`${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}) desc,
      word_similarity(${text}, lower(title)) desc, is_promoted desc, title
    limit ${limit}`.execute(tx);
  return rows;
}

/** The inventory product behind each visible listing of a store (for the live stock stream). */
export const visibleListingProducts = (tx: TenantTx, storeId: string, ids: readonly string[]) =>
  tx
    .selectFrom('productListings')
    .select(['id as listingId', 'productId'])
    .where('storeId', '=', storeId)
    .where('id', 'in', ids)
    .where('isVisible', '=', true)
    .execute();
