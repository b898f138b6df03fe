/** Inventory: the shared inventory of a tenant. Other modules import only this file. */

export { externalPush, integrationRoutes } from './external-sync.ts';
export type { BundleItemDto, ProductDto, StockDto, VariantDto } from './inventory.dto.ts';
export { UNLIMITED_STOCK } from './inventory.dto.ts';
export { inventoryGraphQL } from './inventory.graphql.ts';
export { inventoryJobs, RECONCILE_JOB, registerInventoryJobs, SWEEP_JOB } from './inventory.jobs.ts';
export { productRoutes } from './inventory.routes.ts';
export type { InventoryTables, ProductType, TransactionType } from './inventory.schema.ts';
export {
  type AvailabilityItem,
  availabilityKey,
  createInventoryService,
  type InventoryService,
  type StockLine,
} from './inventory.service.ts';
export { createProductService, type ProductService } from './products.service.ts';
export {
  createStockStream,
  type ListingResolver,
  type ListingTarget,
  type StockStream,
  type StockUpdate,
} from './realtime.ts';
export { reconcile } from './reconciliation.ts';
export { stockRoutes } from './stock.routes.ts';
export { signWebhook, WEBHOOK_PATH, webhookRoutes } from './webhooks.ts';
