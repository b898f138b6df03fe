import type { Expression, RawBuilder } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import type { TogetherRead } from '../../platform/db/read-together.ts';

/**
 * What the catalog needs from the inventory module: a structural slice of InventoryService, so the
 * catalog depends on the face it uses and the composition root passes the real service in.
 */
export type InventoryVariant = {
  id: string;
  sku: string;
  name: string;
  options: Record<string, string>;
  price: string;
  weight: number | null;
  isDefault: boolean;
  stock: { available: number };
};
export type InventoryProduct = {
  id: string;
  sku: string;
  name: string;
  description: string | null;
  price: string;
  currency: string;
  weight: number | null;
  type: 'PHYSICAL' | 'DIGITAL' | 'BUNDLE';
  images: string[];
  attributes: Record<string, unknown>;
  variants: InventoryVariant[];
  stock: { available: number };
};
export type CatalogInventory = {
  getProducts(tx: TenantTx, ids: readonly string[]): Promise<InventoryProduct[]>;
  /** Product ids by SKU (the listings CSV import matches rows on the product's SKU). */
  productIdsBySku(tx: TenantTx, skus: readonly string[]): Promise<Array<{ id: string; sku: string }>>;
  /** The variants of the bundles made of these variants (whose stock moves when theirs does). */
  bundleVariantsOf(tx: TenantTx, variantIds: readonly string[]): Promise<string[]>;
  /** `getProducts`' reads for products a subquery selects, to send with the catalog's own. */
  productReads?(tx: TenantTx, ids: Expression<unknown>): Record<'products' | 'variants', TogetherRead>;
  /**
   * The products `ids` selects, with variants and stock, as the named queries `inventory_variants`
   * and `inventory_products` (columns in the inventory's storefront-stock.ts), for the `with` list
   * of a statement that builds a whole storefront reply.
   */
  storefrontStockSql(ids: Expression<unknown>): RawBuilder<unknown>;
  /** The products made of what `productReads` read. */
  productsFromRead?(
    tx: TenantTx,
    read: Record<'products' | 'variants', Record<string, unknown>[]>,
  ): Promise<InventoryProduct[]>;
};
