import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Json, TenantId, Timestamp } from '../../platform/db/platform-tables.ts';
import { type TenantTx, writesTo } from '../../platform/db/pool.ts';

export type ProductType = 'PHYSICAL' | 'DIGITAL' | 'BUNDLE';
export type TransactionType =
  | 'ADJUSTMENT'
  | 'RECEIPT'
  | 'RESERVE'
  | 'RELEASE'
  | 'EXPIRE'
  | 'ALLOCATE'
  | 'DEALLOCATE'
  | 'FULFIL'
  | 'RESTOCK'
  | 'TRANSFER_OUT'
  | 'TRANSFER_IN'
  | 'SYNC';

type Created = Generated<Date>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface ProductsTable {
  tenantId: TenantId;
  id: Generated<string>;
  sku: string;
  name: string;
  description: string | null;
  type: ProductType;
  priceMinor: number;
  costMinor: number | null;
  currency: Generated<string>;
  /** numeric: read as a decimal string, written as a number. */
  weightGrams: ColumnType<string | null, number | null | undefined, number | null>;
  images: Json<string[]>;
  attributes: Json<Record<string, unknown>>;
  lowStockThreshold: number | null;
  createdAt: Created;
  updatedAt: Created;
  deletedAt: NullableTimestamp;
}

export interface ProductVariantsTable {
  tenantId: TenantId;
  id: Generated<string>;
  productId: string;
  sku: string;
  name: string;
  options: Json<Record<string, string>>;
  priceMinor: number | null;
  /** numeric: read as a decimal string, written as a number. */
  weightGrams: ColumnType<string | null, number | null | undefined, number | null>;
  lowStockThreshold: number | null;
  isDefault: Generated<boolean>;
  position: Generated<number>;
  createdAt: Created;
  updatedAt: Created;
  deletedAt: NullableTimestamp;
}

export interface BundleItemsTable {
  tenantId: TenantId;
  bundleVariantId: string;
  componentVariantId: string;
  quantity: number;
}

export interface LocationsTable {
  tenantId: TenantId;
  id: Generated<string>;
  name: string;
  code: string;
  address: Json<Record<string, unknown>>;
  isDefault: Generated<boolean>;
  createdAt: Created;
  updatedAt: Created;
}

export interface StockLevelsTable {
  tenantId: TenantId;
  variantId: string;
  locationId: string;
  onHand: Generated<number>;
  reserved: Generated<number>;
  allocated: Generated<number>;
  updatedAt: Created;
}

export interface ReservationsTable {
  tenantId: TenantId;
  id: Generated<string>;
  reference: string;
  lineVariantId: string;
  variantId: string;
  locationId: string;
  lineQuantity: number;
  quantity: number;
  expiresAt: Timestamp;
  createdAt: Created;
  updatedAt: Created;
}

export interface AllocationsTable {
  tenantId: TenantId;
  id: Generated<string>;
  orderReference: string;
  lineVariantId: string;
  variantId: string;
  locationId: string;
  lineQuantity: number;
  quantity: number;
  createdAt: Created;
  updatedAt: Created;
}

export interface InventoryTransactionsTable {
  tenantId: TenantId;
  id: Generated<string>;
  seq: Generated<number>;
  productId: string;
  variantId: string;
  locationId: string;
  type: TransactionType;
  quantity: number;
  onHandDelta: Generated<number>;
  reservedDelta: Generated<number>;
  allocatedDelta: Generated<number>;
  reason: string | null;
  reference: string | null;
  actor: string | null;
  createdAt: Created;
}

export interface InventoryAlertsTable {
  tenantId: TenantId;
  id: Generated<string>;
  productId: string;
  variantId: string;
  kind: 'LOW_STOCK' | 'OUT_OF_STOCK';
  available: number;
  threshold: number;
  createdAt: Created;
  acknowledgedAt: NullableTimestamp;
}

export type StockDrift = {
  variantId: string;
  locationId: string;
  field: 'onHand' | 'reserved' | 'allocated';
  /** `ledger`: the sum of the ledger's deltas; `holds`: the sum of reservation/allocation rows. */
  source: 'ledger' | 'holds';
  expected: number;
  actual: number;
};

export interface InventoryReconciliationsTable {
  tenantId: TenantId;
  id: Generated<string>;
  checkedAt: Created;
  rowsChecked: number;
  drift: Json<StockDrift[]>;
}

export interface InventoryIntegrationsTable {
  tenantId: TenantId;
  secret: string;
  lastSyncAt: NullableTimestamp;
  outboundUrl: string | null;
  safetyBuffer: Generated<number>;
  /** Set while pushes to the external system fail: sales then keep `safetyBuffer` units back. */
  degradedSince: NullableTimestamp;
  lastPushAt: NullableTimestamp;
  createdAt: Created;
  updatedAt: Created;
}

export interface InventoryWebhookDeliveriesTable {
  tenantId: TenantId;
  deliveryId: string;
  receivedAt: Created;
}

export interface InventoryTables {
  products: ProductsTable;
  productVariants: ProductVariantsTable;
  bundleItems: BundleItemsTable;
  locations: LocationsTable;
  stockLevels: StockLevelsTable;
  reservations: ReservationsTable;
  allocations: AllocationsTable;
  inventoryTransactions: InventoryTransactionsTable;
  inventoryAlerts: InventoryAlertsTable;
  inventoryReconciliations: InventoryReconciliationsTable;
  inventoryIntegrations: InventoryIntegrationsTable;
  inventoryWebhookDeliveries: InventoryWebhookDeliveriesTable;
}

export type ProductRow = Selectable<ProductsTable>;
export type VariantRow = Selectable<ProductVariantsTable>;
export type LocationRow = Selectable<LocationsTable>;
export type TransactionRow = Selectable<InventoryTransactionsTable>;
export type AlertRow = Selectable<InventoryAlertsTable>;

/** Inventory writes its own tables only: its handle on the caller's tenant transaction. */
export const inventoryWrites = (tx: TenantTx) => writesTo<InventoryTables>(tx);

// Adds this module's tables to the database type (declared by the platform, which imports no module).
declare module '../../platform/db/database.ts' {
  interface Database extends InventoryTables {}
}
