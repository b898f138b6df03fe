/** Catalog: listings, categories, collections, search, reviews, CMS pages and blog, wish lists. */

import type { TokenService } from '../../platform/auth/tokens.ts';
import { afterCommit, type TenantTx } from '../../platform/db/pool.ts';
import type { RouteDef } from '../../platform/http/route.ts';
import type { JobRegistry } from '../../platform/jobs/index.ts';
import { catalogGraphQL } from './catalog.graphql.ts';
import type { CatalogInventory } from './catalog.ports.ts';
import { collectionRoutes } from './collections.routes.ts';
import { contentRoutes } from './content.routes.ts';
import { contentPreviewRoutes } from './content-preview.routes.ts';
import { createDownloads, type Downloads } from './downloads.ts';
import { createListingImport } from './listings.import.ts';
import { visibleListingProducts } from './listings.repository.ts';
import { listingRoutes } from './listings.routes.ts';
import { createListingService, type PricedLine } from './listings.service.ts';
import { mediaRoutes } from './media.routes.ts';
import type { MediaObjects } from './media.storage.ts';
import { createMediaStore } from './media.uploads.ts';
import { menuRoutes } from './menus.routes.ts';
import { type CatalogOrders, recordOrder } from './order-facts.service.ts';
import { reviewRoutes } from './reviews.routes.ts';
import { createSearchLog } from './search-log.ts';
import { createShopperService } from './shopper.service.ts';
import { createStorefrontService } from './storefront.service.ts';
import { createStorefrontCache } from './storefront-cache.ts';

export type { CatalogInventory, InventoryProduct } from './catalog.ports.ts';
export type { CatalogTables } from './catalog.schema.ts';
export type { PricedLine, PricingLine, PricingRead } from './listings.service.ts';
export { type MediaS3Settings, mediaObjects } from './media.storage.ts';
export type { CatalogOrders, PlacedOrder } from './order-facts.service.ts';
export { contentRoutes };

/** What other modules may call: pricing of cart lines, and the inventory-sync hook. */
export type CatalogService = {
  priceLines: ReturnType<typeof createListingService>['priceLines'];
  /** `priceLines` in two halves: its reads, to send with the caller's own, then the pricing. */
  pricingReads: ReturnType<typeof createListingService>['pricingReads'];
  priceFromRead: ReturnType<typeof createListingService>['priceFromRead'];
  syncProducts: ReturnType<typeof createListingService>['syncProducts'];
  /** A signed, expiring link to a digital listing's file, for an order (after purchase). */
  downloadLink: Downloads['link'];
};

type CatalogDeps = {
  inventory: CatalogInventory;
  cache: Omit<Parameters<typeof createStorefrontCache>[0], 'searchLog'>;
  /** Outbox subscriptions (platform.jobs); absent in tests that build the catalog by hand. */
  jobs?: Pick<JobRegistry, 'subscribe' | 'subscribeBatch'>;
  /** OrderService (orders module), read when `order.placed` arrives; or later via `connectOrders`. */
  orders?: CatalogOrders;
  /** Signs download links of digital products (the platform's JWT secret). */
  downloadSecret?: string;
  /** Where uploaded images are kept (DATA_DIR/media, or a bucket); uploads are off without it. */
  media?: MediaObjects;
  /** Signs and checks preview tokens of unpublished pages; previews are off without it. */
  tokens?: TokenService;
};

/** Inventory topics that report a stock movement and nothing else (the listings' copies stay). */
const STOCK_ONLY = new Set(['inventory.stock.changed', 'inventory.stock.low']);

/** Builds the catalog over the tenant's inventory; the composition root mounts its routes and cache. */
export function createCatalog(deps: CatalogDeps) {
  const listings = createListingService(deps.inventory);
  const storefront = createStorefrontService(listings);
  const shopper = createShopperService(listings);
  const searchLog = createSearchLog(deps.cache.db);
  let orders: CatalogOrders | undefined = deps.orders;
  // A download link is honoured only while its order still entitles the shopper (orders arrive late).
  const downloads = createDownloads(deps.downloadSecret, (tx, orderId, listingId) =>
    orders ? orders.entitledListings(tx, orderId).then((ids) => ids.has(listingId)) : Promise.resolve(false),
  );
  const service: CatalogService = {
    priceLines: (tx, storeId, lines) => listings.priceLines(tx, storeId, lines),
    pricingReads: (tx, storeId, lines) => listings.pricingReads(tx, storeId, lines),
    priceFromRead: (tx, storeId, lines, read) => listings.priceFromRead(tx, storeId, lines, read),
    syncProducts: (tx, productIds) => listings.syncProducts(tx, productIds),
    downloadLink: (tx, input) => downloads.link(tx, input),
  };
  const routes: RouteDef[] = [
    ...contentRoutes(),
    ...menuRoutes(),
    ...(deps.tokens ? contentPreviewRoutes({ tokens: deps.tokens }) : []),
    ...reviewRoutes(),
    ...listingRoutes({
      listings,
      storefront,
      shopper,
      searchLog,
      importCsv: createListingImport(listings, deps.inventory),
      inventory: deps.inventory,
    }),
    ...collectionRoutes(),
    ...mediaRoutes(deps.media ? createMediaStore(deps.media) : undefined),
    ...downloads.routes(),
  ];
  const graphql = catalogGraphQL({ listings, storefront, searchLog });
  // Inventory changes invalidate the tenant's storefront cache (pages show live stock); so do
  // catalog events written outside an HTTP request. A batch of plain stock movements (carts,
  // checkout, receipts, lapsed holds) drops only the entries that show a variant it moved, or a
  // bundle made of one: in a sale, the rest of the store stays cached. Any other inventory event
  // (a product edit, an item selling out or coming back, which the listings' in-stock flag and
  // lists filtered by it follow) refreshes the listings' copies of the products it names (name,
  // price, options, the in-stock flag) in the delivery's transaction, and drops the tenant's
  // entries once it commits (before, a read could cache the old page again).
  const bumpAfterCommit = (tx: TenantTx, tenantId: string) =>
    afterCommit(tx, () => cache.invalidateTenant(tenantId));
  deps.jobs?.subscribeBatch(
    { consumer: 'catalog.inventory-sync', topics: ['inventory.*'] },
    async (events, tx) => {
      const tenantId = events[0].tenantId;
      if (events.every((e) => STOCK_ONLY.has(e.topic))) {
        const moved = [
          ...new Set(events.map((e) => e.payload.variantId).filter((v) => typeof v === 'string')),
        ];
        const shown = [...moved, ...(await deps.inventory.bundleVariantsOf(tx, moved))];
        afterCommit(tx, () => cache.invalidateStock(tenantId, shown));
        return;
      }
      const productIds = new Set<string>();
      for (const { topic, payload } of events)
        if (typeof payload.productId === 'string' && !STOCK_ONLY.has(topic))
          productIds.add(payload.productId);
      if (productIds.size > 0) await listings.syncProducts(tx, [...productIds]);
      bumpAfterCommit(tx, tenantId);
    },
  );
  deps.jobs?.subscribeBatch(
    { consumer: 'catalog.cache-invalidate', topics: ['catalog.*'] },
    async (events) => {
      await cache.invalidateTenant(events[0].tenantId);
    },
  );
  // Placed orders feed best sellers, bought-together pairs and verified purchases. Orders are built
  // after the catalog (carts and checkout need its prices), so OrderService may arrive later
  // through `connectOrders`; an event that comes before it fails and is retried by the relay.
  deps.jobs?.subscribeBatch(
    { consumer: 'catalog.order-facts', topics: ['order.placed'] },
    async (events, tx) => {
      const source = orders;
      if (!source) throw new Error('catalog: order.placed arrived before OrderService was connected');
      // In the delivery's transaction: the facts commit with "delivered", so a retry adds none twice.
      for (const { payload } of events) {
        const { orderId, storeId } = payload;
        const order = await source.get(tx, storeId, orderId);
        await recordOrder(tx, { storeId, orderId, customerId: order.customerId, items: order.items });
      }
      // Only the recommendations rank by sales: the other pages stay cached.
      afterCommit(tx, () => cache.invalidateSalesRanking(events[0].tenantId));
    },
  );
  /** Gives the catalog OrderService (for when it is built after the catalog). */
  const connectOrders = (service: CatalogOrders) => {
    orders = service;
  };
  // Listings keep copies of inventory facts for search and sorting: refresh them when a product changes.
  const cache = createStorefrontCache({
    ...deps.cache,
    searchLog,
    onProductWrite: (tenantId, productId) =>
      deps.cache.db.withTenant(tenantId, (tx) => listings.syncProducts(tx, [productId])),
  });
  /** Maps storefront listing ids to their inventory products (the stock stream's `listings=`). */
  const listingTargets = (tx: TenantTx, storeId: string, ids: string[]) =>
    ids.length === 0 ? Promise.resolve([]) : visibleListingProducts(tx, storeId, ids);
  return {
    service,
    routes,
    graphql,
    cache,
    listings,
    storefront,
    shopper,
    recordOrder,
    connectOrders,
    listingTargets,
    /** Writes the searches still waiting for their batch (on shutdown). */
    flushSearches: () => searchLog.flush(),
  };
}
export type Catalog = ReturnType<typeof createCatalog>;
export type { PricedLine as CatalogPricedLine };
