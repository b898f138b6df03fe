/** Catalog: listings, categories, collections, search, reviews, CMS pages and blog, wish lists. */

import type { RouteDef } from '../../platform/http/route.ts';
import type { JobRegistry } from '../../platform/jobs/index.ts';
import { catalogGraphQL } from './catalog.graphql.ts';
import type { CatalogInventory } from './catalog.ports.ts';
import { contentRoutes } from './content.routes.ts';
import { listingRoutes } from './listings.routes.ts';
import { createListingService, type PricedLine } from './listings.service.ts';
import { mediaRoutes } from './media.routes.ts';
import { createShopperService } from './shopper.service.ts';
import { createStorefrontService } from './storefront.service.ts';
import { createStorefrontCache } from './storefront-cache.ts';

export type { CatalogInventory, InventoryProduct } from './catalog.ports.ts';
export type { CatalogTables } from './catalog.schema.ts';
export type { PricedLine } from './listings.service.ts';
export { contentRoutes };

/** What other modules may call: pricing of cart lines, and the inventory-sync hook. */
export type CatalogService = {
  priceLines: ReturnType<typeof createListingService>['priceLines'];
  syncProducts: ReturnType<typeof createListingService>['syncProducts'];
};

type CatalogDeps = {
  inventory: CatalogInventory;
  cache: Parameters<typeof createStorefrontCache>[0];
  /** Outbox subscriptions (platform.jobs); absent in tests that build the catalog by hand. */
  jobs?: Pick<JobRegistry, 'onEvent'>;
};

/** Builds the catalog over the tenant's inventory; the composition root mounts its routes and cache. */
export function createCatalog(deps: CatalogDeps) {
  const listings = createListingService(deps.inventory);
  const storefront = createStorefrontService(listings);
  const shopper = createShopperService(listings);
  const service: CatalogService = {
    priceLines: (tx, storeId, lines) => listings.priceLines(tx, storeId, lines),
    syncProducts: (tx, productIds) => listings.syncProducts(tx, productIds),
  };
  const routes: RouteDef[] = [
    ...contentRoutes(),
    ...listingRoutes({ listings, storefront, shopper }),
    ...mediaRoutes(),
  ];
  const graphql = catalogGraphQL({ listings, storefront });
  // Inventory changes (product edits, every stock movement, including those of carts, checkout and
  // jobs) refresh the listings' copies and invalidate the tenant's storefront cache; so do catalog
  // events written outside an HTTP request.
  deps.jobs?.onEvent(
    'inventory.*',
    async (event) => {
      const productId = event.payload.productId;
      if (typeof productId === 'string')
        await deps.cache.db.withTenant(event.tenantId, (tx) => listings.syncProducts(tx, [productId]));
      await cache.invalidateTenant(event.tenantId);
    },
    'catalog.inventory-sync',
  );
  deps.jobs?.onEvent(
    'catalog.*',
    (event) => cache.invalidateTenant(event.tenantId),
    'catalog.cache-invalidate',
  );
  // Listings keep copies of inventory facts for search and sorting: refresh them when a product changes.
  const cache = createStorefrontCache({
    ...deps.cache,
    onProductWrite: (tenantId, productId) =>
      deps.cache.db.withTenant(tenantId, (tx) => listings.syncProducts(tx, [productId])),
  });
  return { service, routes, graphql, cache, listings, storefront, shopper };
}
export type Catalog = ReturnType<typeof createCatalog>;
export type { PricedLine as CatalogPricedLine };
