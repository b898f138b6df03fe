/** Inventory: the shared inventory of a tenant. Other modules import only this file. */

export type { BundleItemDto, ProductDto, StockDto, VariantDto } from './inventory.dto.ts';
export { UNLIMITED_STOCK } from './inventory.dto.ts';
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
