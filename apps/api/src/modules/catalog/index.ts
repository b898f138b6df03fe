/** Catalog: listings, categories, collections, search, reviews, CMS pages and blog, wish lists. */

import type { RouteDef } from '../../platform/http/route.ts';
import type { CatalogInventory } from './catalog.ports.ts';
import { contentRoutes } from './content.routes.ts';
import { listingRoutes } from './listings.routes.ts';
import { createListingService, type PricedLine } from './listings.service.ts';
import { createShopperService } from './shopper.service.ts';
import { createStorefrontService } from './storefront.service.ts';

export type { CatalogInventory, InventoryProduct } from './catalog.ports.ts';
export type { CatalogTables } from './catalog.schema.ts';
export type { PricedLine } from './listings.service.ts';
export { contentRoutes };

/** What other modules may call: pricing of cart lines, and the inventory-sync hook. */
export type CatalogService = {
  priceLines: ReturnType<typeof createListingService>['priceLines'];
  syncProducts: ReturnType<typeof createListingService>['syncProducts'];
};

/** Builds the catalog over the tenant's inventory; the composition root mounts its routes. */
export function createCatalog(deps: { inventory: CatalogInventory }) {
  const listings = createListingService(deps.inventory);
  const storefront = createStorefrontService(listings);
  const shopper = createShopperService(listings);
  const service: CatalogService = {
    priceLines: (tx, storeId, lines) => listings.priceLines(tx, storeId, lines),
    syncProducts: (tx, productIds) => listings.syncProducts(tx, productIds),
  };
  const routes: RouteDef[] = [...contentRoutes(), ...listingRoutes({ listings, storefront, shopper })];
  return { service, routes, listings, storefront, shopper };
}
export type Catalog = ReturnType<typeof createCatalog>;
export type { PricedLine as CatalogPricedLine };
