import type { Request } from 'express';
import { z } from 'zod';
import { ImportReportResponse } from '../../platform/csv-import.ts';
import type { TenantTx } from '../../platform/db/pool.ts';
import { invalid } from '../../platform/errors.ts';
import {
  adminRoute,
  created,
  noContent,
  type ResolvedStore,
  type RouteDef,
  type ShopperAuth,
  storefrontRoute,
} from '../../platform/http/route.ts';
import { ListEnvelopeOf, StoreIdParams, StoreParams } from '../../platform/http/schemas.ts';
import type { CatalogInventory } from './catalog.ports.ts';
import {
  BulkEditListingsResponse,
  ListingResponse,
  PublicCollectionList,
  PublicCollectionResponse,
  RecommendationsResponse,
  SearchAnalyticsResponse,
  StorefrontListingList,
  StorefrontProductPage,
  StorefrontProductResponse,
  SuggestResponse,
} from './catalog.responses.ts';
import {
  BulkEditListingsBody,
  CreateListingBody,
  ListingList,
  ListingRef,
  SearchAnalyticsQuery,
  StorefrontProductQuery,
  SuggestQuery,
  UpdateListingBody,
} from './catalog.validators.ts';
import { collectionService as collections } from './collections.service.ts';
import { type createListingImport, exportListingsCsv } from './listings.import.ts';
import type { ListingService } from './listings.service.ts';
import type { SearchLog } from './search-log.ts';
import type { ShopperService } from './shopper.service.ts';
import type { StorefrontService } from './storefront.service.ts';
import { builtPageReply } from './storefront-cache.ts';

const SF = ['storefront'];
const DomainSlug = z.object({ domain: z.string(), slug: z.string().trim().min(1).max(200) });
const DomainListing = z.object({ domain: z.string(), listingId: z.uuid() });
const SlugBody = z.object({ slug: z.string().trim().min(1).max(200) });
const ImportQuery = z.object({ dryRun: z.enum(['true', 'false', '1', '0']).default('false') });
const RecQuery = z.object({ limit: z.coerce.number().int().min(1).max(24).default(8) });

/** The shopper's own key: a customer token, else an `X-Session-Id` (anonymous session). */
function ownerKey(req: Request, shopper: ShopperAuth | null): string {
  if (shopper) return `c:${shopper.customerId}`;
  const session = req.header('x-session-id');
  if (session && /^[A-Za-z0-9_-]{8,100}$/.test(session)) return `s:${session}`;
  throw invalid('A customer token or an X-Session-Id header is required', [
    { path: 'headers.x-session-id', message: 'is required for anonymous shoppers' },
  ]);
}

type Services = {
  listings: ListingService;
  storefront: StorefrontService;
  shopper: ShopperService;
  searchLog: SearchLog;
  importCsv: ReturnType<typeof createListingImport>;
  inventory: CatalogInventory;
};

/** Product listings, collections and search analytics (admin) and the shopper's browsing (storefront). */
export function listingRoutes({
  listings,
  storefront,
  shopper,
  searchLog,
  importCsv,
  inventory,
}: Services): RouteDef[] {
  /** The storefront's product list: a search (with `q`) is logged for the merchant's report. */
  const productList = async (c: { tx: TenantTx; store: ResolvedStore; query: StorefrontProductQuery }) => {
    const page = await storefront.products(c.tx, c.store.storeId, c.query);
    searchLog.record(c.store, c.query.q, c.query.offset, page.total);
    return builtPageReply(page);
  };
  const lp = '/api/stores/:storeId/products';
  const lt = ['product listings'];
  const sf = '/api/storefront/:domain';
  return [
    adminRoute(
      {
        method: 'get',
        path: lp,
        summary: 'List product listings',
        response: ListEnvelopeOf(ListingResponse),
        tags: lt,
        params: StoreParams,
        query: ListingList,
      },
      ({ tx, params, query }) => listings.list(tx, params.storeId, query),
    ),
    adminRoute(
      {
        method: 'post',
        path: lp,
        summary: 'Create a product listing',
        response: ListingResponse,
        tags: lt,
        params: StoreParams,
        body: CreateListingBody,
        requirePermission: 'catalog.write',
      },
      async ({ tx, params, body }) => {
        const listing = await listings.create(tx, params.storeId, body);
        return created(`/api/stores/${params.storeId}/products/${listing.id}`, listing);
      },
    ),
    adminRoute(
      {
        method: 'post',
        path: `${lp}/bulk`,
        status: 200,
        summary: 'Bulk edit listings: price, visibility or a category, all or nothing',
        response: BulkEditListingsResponse,
        tags: lt,
        params: StoreParams,
        body: BulkEditListingsBody,
        requirePermission: 'catalog.write',
      },
      ({ tx, params, body }) => listings.bulkEdit(tx, params.storeId, body.listingIds, body.action),
    ),
    adminRoute(
      {
        method: 'get',
        path: `${lp}/export`,
        summary: "A store's listings as CSV (the import's columns)",
        produces: 'text/csv',
        tags: lt,
        params: StoreParams,
      },
      async ({ tx, params, res }) => {
        const rows = exportListingsCsv(tx, params.storeId, inventory);
        const first = await rows.next(); // an unknown store is a 404 before the headers go out
        res.type('text/csv').setHeader('Content-Disposition', 'attachment; filename="listings.csv"');
        if (!first.done) res.write(first.value);
        for await (const chunk of rows) res.write(chunk);
        res.end();
      },
    ),
    adminRoute(
      {
        method: 'post',
        path: `${lp}/import`,
        status: 200,
        summary:
          "Import listings from CSV (text/csv body, matched on the product's SKU; ?dryRun=true writes nothing)",
        response: ImportReportResponse,
        tags: lt,
        params: StoreParams,
        query: ImportQuery,
        requirePermission: 'catalog.write',
      },
      ({ tx, params, query, req }) => {
        if (!/^text\/csv\b/.test(req.headers['content-type'] ?? ''))
          throw invalid('Send the CSV as the body with Content-Type: text/csv');
        return importCsv(tx, params.storeId, req, query.dryRun === 'true' || query.dryRun === '1');
      },
    ),
    adminRoute(
      {
        method: 'get',
        path: `${lp}/:id`,
        summary: 'Get a product listing',
        response: ListingResponse,
        tags: lt,
        params: StoreIdParams,
      },
      ({ tx, params }) => listings.get(tx, params.storeId, params.id),
    ),
    adminRoute(
      {
        method: 'put',
        path: `${lp}/:id`,
        summary: 'Update a product listing',
        response: ListingResponse,
        tags: lt,
        params: StoreIdParams,
        body: UpdateListingBody,
        requirePermission: 'catalog.write',
      },
      ({ tx, params, body }) => listings.update(tx, params.storeId, params.id, body),
    ),
    adminRoute(
      {
        method: 'delete',
        path: `${lp}/:id`,
        summary: 'Delete a product listing',
        tags: lt,
        params: StoreIdParams,
        requirePermission: 'catalog.write',
      },
      async ({ tx, params }) => {
        await listings.remove(tx, params.storeId, params.id);
        return noContent();
      },
    ),
    adminRoute(
      {
        method: 'get',
        path: '/api/stores/:storeId/analytics/search',
        summary: 'Search analytics (top and zero-result queries)',
        response: SearchAnalyticsResponse,
        tags: ['analytics'],
        params: StoreParams,
        query: SearchAnalyticsQuery,
      },
      ({ tx, params, query }) => storefront.searchAnalytics(tx, params.storeId, query.days, query.limit),
    ),

    storefrontRoute(
      {
        method: 'get',
        path: `${sf}/products`,
        summary: 'Visible listings: filter, sort, page, facets',
        response: StorefrontProductPage,
        tags: SF,
        cache: 'storefront',
        query: StorefrontProductQuery,
      },
      productList,
    ),
    storefrontRoute(
      {
        method: 'get',
        path: `${sf}/search`,
        summary: 'Search visible listings (same query as /products)',
        response: StorefrontProductPage,
        tags: SF,
        cache: 'storefront',
        query: StorefrontProductQuery,
      },
      productList,
    ),
    storefrontRoute(
      {
        method: 'get',
        path: `${sf}/search/suggest`,
        summary: 'Search-as-you-type title suggestions',
        response: SuggestResponse,
        tags: SF,
        cache: 'storefront',
        query: SuggestQuery,
      },
      ({ tx, store, query }) => storefront.suggest(tx, store.storeId, query.q, query.limit),
    ),
    storefrontRoute(
      {
        method: 'get',
        path: `${sf}/products/:slug`,
        summary: 'A visible listing with variants and availability',
        response: StorefrontProductResponse,
        tags: SF,
        cache: 'storefront',
        params: DomainSlug,
      },
      async ({ tx, store, params }) =>
        builtPageReply(await storefront.product(tx, store.storeId, params.slug)),
    ),
    storefrontRoute(
      {
        method: 'get',
        path: `${sf}/products/:slug/recommendations`,
        summary: 'Recommendations: same category, then best sellers',
        response: RecommendationsResponse,
        tags: SF,
        cache: 'storefront',
        params: DomainSlug,
        query: RecQuery,
      },
      ({ tx, store, params, query }) =>
        storefront.recommendations(tx, store.storeId, params.slug, query.limit),
    ),
    storefrontRoute(
      {
        method: 'get',
        path: `${sf}/collections`,
        summary: 'Visible collections, featured first',
        cache: 'storefront',
        response: PublicCollectionList,
        tags: SF,
      },
      async ({ tx, store }) => ({
        data: await collections.visible(tx, store.storeId),
      }),
    ),
    storefrontRoute(
      {
        method: 'get',
        path: `${sf}/collections/:slug`,
        summary: 'A visible collection (its products: /products?collection=slug)',
        response: PublicCollectionResponse,
        tags: SF,
        cache: 'storefront',
        params: DomainSlug,
      },
      ({ tx, store, params }) => collections.publicBySlug(tx, store.storeId, params.slug),
    ),
    storefrontRoute(
      {
        method: 'get',
        path: `${sf}/recently-viewed`,
        summary: "The shopper's recently viewed products",
        response: StorefrontListingList,
        tags: SF,
      },
      ({ tx, store, shopper: who, req }) => shopper.recentlyViewed(tx, store.storeId, ownerKey(req, who)),
    ),
    storefrontRoute(
      {
        method: 'post',
        path: `${sf}/recently-viewed`,
        status: 204,
        summary: 'Record a product view',
        tags: SF,
        body: SlugBody,
      },
      async ({ tx, store, shopper: who, req, body }) => {
        await shopper.recordView(tx, store.storeId, ownerKey(req, who), body.slug);
        return noContent();
      },
    ),
    storefrontRoute(
      {
        method: 'get',
        path: `${sf}/wishlist`,
        summary: "The shopper's wish list",
        response: StorefrontListingList,
        tags: SF,
      },
      ({ tx, store, shopper: who, req }) => shopper.wishlist(tx, store.storeId, ownerKey(req, who)),
    ),
    storefrontRoute(
      {
        method: 'post',
        path: `${sf}/wishlist`,
        status: 200,
        summary: 'Save a product to the wish list',
        response: StorefrontListingList,
        tags: SF,
        body: ListingRef,
      },
      ({ tx, store, shopper: who, req, body }) =>
        shopper.addToWishlist(tx, store.storeId, ownerKey(req, who), body.listingId),
    ),
    storefrontRoute(
      {
        method: 'delete',
        path: `${sf}/wishlist/:listingId`,
        summary: 'Remove a product from the wish list',
        tags: SF,
        params: DomainListing,
      },
      async ({ tx, store, shopper: who, req, params }) => {
        await shopper.removeFromWishlist(tx, store.storeId, ownerKey(req, who), params.listingId);
        return noContent();
      },
    ),
    storefrontRoute(
      {
        method: 'post',
        path: `${sf}/wishlist/merge`,
        status: 200,
        summary: "Merge the anonymous session's wish list into the signed-in customer's",
        response: StorefrontListingList,
        tags: SF,
      },
      ({ tx, store, shopper: who, req }) => {
        if (!who) throw invalid('A customer token is required to merge', []);
        const session = ownerKey({ header: (n: string) => req.header(n) } as Request, null);
        return shopper.mergeSession(tx, store.storeId, session, `c:${who.customerId}`);
      },
    ),
  ];
}
