import { sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { notFound } from '../../platform/errors.ts';
import { fromMinor, minorDigits, toMinor } from '../../platform/money.ts';
import { storeCurrency } from '../tenancy/index.ts';
import type { StorefrontProductQuery } from './catalog.validators.ts';
import { visibleSubtreeIds } from './categories.service.ts';
import { collectionFilter, collectionService } from './collections.service.ts';
import { toStorefrontListing } from './listings.dto.ts';
import * as repo from './listings.repository.ts';
import type { ListingService } from './listings.service.ts';
import { correctedTsquery, correctWords } from './spelling.repository.ts';
import { storefrontProductReply, storefrontReply } from './storefront-reply.repository.ts';

/** Normalised search text and a prefix tsquery of its words ("copper ket" → "copper:* & ket:*"). */
export function searchTerms(q: string | undefined) {
  const text = (q ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  if (!text) return { text: null, tsquery: null };
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return { text, tsquery: words.length > 0 ? words.map((w) => `${w}:*`).join(' & ') : null };
}

/** Price bands for the facet, in whole currency units. */
const BANDS = [0, 10, 25, 50, 100, 250, 500];

/** Everything a shopper browses: product lists with filters, sorting and facets, search, suggest. */
export function createStorefrontService(listings: ListingService) {
  async function filterOf(tx: TenantTx, storeId: string, q: StorefrontProductQuery) {
    // Only a price range or a collection's price rules need the currency before the page; else
    // the store is read with the page (`products`) and '' is never used.
    const priced = q.collection !== undefined || q.minPrice !== undefined || q.maxPrice !== undefined;
    const currency = priced ? await storeCurrency(tx, storeId) : '';
    const terms = searchTerms(q.q);
    const collection = q.collection
      ? await collectionService.visibleBySlug(tx, storeId, q.collection)
      : undefined;
    const filter: repo.StorefrontFilter = {
      storeId,
      ...terms,
      categories: q.category ? visibleSubtreeIds(storeId, q.category) : null,
      collection: q.collection
        ? collection
          ? collectionFilter(collection, currency)
          : sql<boolean>`false`
        : null,
      minPriceMinor: q.minPrice !== undefined ? toMinor(q.minPrice, currency) : undefined,
      maxPriceMinor: q.maxPrice !== undefined ? toMinor(q.maxPrice, currency) : undefined,
      inStock: q.available === undefined ? undefined : q.available === 'true',
      minRating: q.minRating,
      tag: q.tag,
      options: q.option
        ? q.option
            .split(',')
            .map((o) => o.trim())
            .filter(Boolean)
        : [],
      promoted: q.promoted === undefined ? undefined : q.promoted === 'true',
      attributes: q.attr
        ? Object.fromEntries(
            q.attr
              .split(',')
              .map((pair) => pair.split(':').map((x) => x.trim()))
              .filter((kv): kv is [string, string] => kv.length === 2 && !!kv[0] && !!kv[1]),
          )
        : undefined,
    };
    return filter;
  }

  async function facets(tx: TenantTx, filter: repo.StorefrontFilter, currency: string) {
    const unit = 10 ** minorDigits(currency);
    const rows = await repo.storefrontFacets(
      tx,
      filter,
      BANDS.map((b) => b * unit),
    );
    const pick = (kind: string) => rows.filter((r) => r.kind === kind);
    return {
      categories: pick('c').map((r) => ({ id: r.key, count: r.n })),
      options: pick('o').map((r) => {
        const [name = '', ...value] = r.key.split(':');
        return { name, value: value.join(':'), count: r.n };
      }),
      priceBands: pick('p')
        .map((r) => {
          const i = BANDS.indexOf(Number(r.key) / unit);
          const max = BANDS[i + 1];
          return {
            min: fromMinor(Number(r.key), currency),
            max: max === undefined ? null : fromMinor(max * unit, currency),
            count: r.n,
          };
        })
        .sort((a, b) => Number(a.min) - Number(b.min)),
    };
  }

  const productReply = storefrontProductReply(listings.storefrontStockSql);

  return {
    /**
     * Visible listings of a store, filtered, sorted and paged, as the reply's JSON text, built by
     * one statement (`storefrontReply`). A search: full text first; when it finds nothing, the
     * words spelled as the store's titles spell them (typo tolerance); then trigram similarity
     * over whole titles.
     */
    async products(tx: TenantTx, storeId: string, q: StorefrontProductQuery): Promise<StorefrontProducts> {
      const filter = await filterOf(tx, storeId, q);
      const sort = q.sort ?? (filter.text ? 'relevance' : 'featured');
      const reply = (f: repo.StorefrontFilter) =>
        storefrontReply(tx, f, sort, q, listings.storefrontStockSql);
      filter.match = 'fts';
      let page = await reply(filter);
      if (filter.text && page.total === 0) {
        const candidates = await correctWords(tx, storeId, filter.text.match(/[\p{L}\p{N}]+/gu) ?? []);
        if (candidates) page = await reply({ ...filter, tsquery: correctedTsquery(candidates) });
      }
      if (filter.text && page.total === 0) {
        filter.match = 'fuzzy';
        page = await reply(filter);
      }
      // The store's currency came with the reply; a search that found nothing reads it apart.
      const facetData =
        q.facets === 'true'
          ? await facets(tx, filter, page.currency ?? (await storeCurrency(tx, storeId)))
          : undefined;
      // The envelope of `listEnvelope`, around the page's text as it came.
      const json = `{"data":${page.data},"total":${page.total},"limit":${q.limit},"offset":${q.offset}${
        facetData ? `,"facets":${JSON.stringify(facetData)}` : ''
      }}`;
      return { json, total: page.total, variantIds: page.variantIds };
    },

    /**
     * The product page as JSON text, built whole in SQL in one statement (`storefrontProductReply`):
     * the listing as a list page shows it, with its visible categories (breadcrumbs, "more like
     * this"), and the variants whose stock it shows (for the cache).
     */
    async product(tx: TenantTx, storeId: string, slug: string): Promise<StorefrontProduct> {
      const page = await productReply(tx, storeId, slug);
      if (!page) throw notFound('Product');
      return { json: page.data, variantIds: page.variantIds };
    },

    async suggest(tx: TenantTx, storeId: string, q: string, limit: number) {
      const terms = searchTerms(q);
      if (!terms.text) return { query: q, suggestions: [] };
      const rows = await repo.suggestTitles(tx, storeId, terms.text, terms.tsquery, limit);
      return {
        query: q,
        suggestions: rows.map((r) => ({ slug: r.slug, title: r.title, image: r.images[0] ?? null })),
      };
    },

    /**
     * Recommendations: listings bought in the same orders first, then the same categories, then
     * the store's best sellers (each reason is named in the answer).
     */
    async recommendations(tx: TenantTx, storeId: string, slug: string, limit = 8) {
      const row = await repo.visibleBySlug(tx, storeId, slug);
      if (!row) throw notFound('Product');
      const cols = repo.LISTING_COLUMNS.map((c) =>
        sql.ref(`l.${c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`)}`),
      );
      const sameCategory = sql`l.category_ids && ${row.categoryIds}::uuid[]`;
      const { rows } = await sql<repo.Listing & { reason: string }>`
        select ${sql.join(cols)},
          case when cp.orders > 0 then 'BOUGHT_TOGETHER' when ${sameCategory} then 'SAME_CATEGORY' else 'BEST_SELLER' end as reason
        from product_listings l
        left join listing_copurchases cp on cp.listing_id = ${row.id} and cp.other_listing_id = l.id
        where l.store_id = ${storeId} and l.is_visible and not l.product_missing and l.id <> ${row.id}
        order by coalesce(cp.orders, 0) desc, (${sameCategory}) desc, l.sales_count desc, l.rating_avg desc,
          l.is_promoted desc, l.id
        limit ${limit}`.execute(tx);
      const [products, currency] = await Promise.all([
        listings.hydrate(tx, rows),
        storeCurrency(tx, storeId),
      ]);
      return {
        data: rows.map((r) => ({
          ...toStorefrontListing(r, products.get(r.productId), currency),
          reason: r.reason,
        })),
      };
    },

    /** Search analytics: volume, top queries and the queries that found nothing. */
    async searchAnalytics(tx: TenantTx, storeId: string, days: number, limit: number) {
      const since = sql`now() - make_interval(days => ${days})`;
      const [totals, top, zero] = await Promise.all([
        sql<{ searches: number; zeroResults: number }>`
          select count(*)::int as searches, count(*) filter (where result_count = 0)::int as zero_results
          from search_queries where store_id = ${storeId} and created_at >= ${since}`.execute(tx),
        sql<{ query: string; count: number; avgResults: number }>`
          select query, count(*)::int as count, round(avg(result_count), 1)::float8 as avg_results
          from search_queries where store_id = ${storeId} and created_at >= ${since}
          group by query order by count(*) desc, query limit ${limit}`.execute(tx),
        sql<{ query: string; count: number; lastSearchedAt: Date }>`
          select query, count(*)::int as count, max(created_at) as last_searched_at
          from search_queries where store_id = ${storeId} and created_at >= ${since} and result_count = 0
          group by query order by count(*) desc, query limit ${limit}`.execute(tx),
      ]);
      const t = totals.rows[0] ?? { searches: 0, zeroResults: 0 };
      return {
        days,
        searches: t.searches,
        zeroResultSearches: t.zeroResults,
        zeroResultRate: t.searches === 0 ? 0 : Math.round((t.zeroResults / t.searches) * 1000) / 1000,
        topQueries: top.rows,
        zeroResultQueries: zero.rows.map((r) => ({ ...r, lastSearchedAt: r.lastSearchedAt.toISOString() })),
      };
    },
  };
}
export type StorefrontService = ReturnType<typeof createStorefrontService>;
/** A list page's reply as JSON text, its total, and the variants whose stock it shows (for the cache). */
export type StorefrontProducts = { json: string; total: number; variantIds: string[] };
/** A product page's reply as JSON text, and the variants whose stock it shows. */
export type StorefrontProduct = { json: string; variantIds: string[] };
