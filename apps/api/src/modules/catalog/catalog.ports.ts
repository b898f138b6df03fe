import type { TenantTx } from '../../platform/db/pool.ts';

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
};
