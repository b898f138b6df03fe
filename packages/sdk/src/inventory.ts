import type { Call } from './call.ts';
import type { List } from './types.ts';

/** Inventory shapes (shared/API-CONTRACT.md, "Inventory"). */
export type ProductType = 'PHYSICAL' | 'DIGITAL' | 'BUNDLE';
export type Stock = { onHand: number; reserved: number; allocated: number; available: number };
export type ProductVariant = {
  id: string;
  sku: string;
  name: string;
  options: Record<string, string>;
  price: string;
  weight: number | null;
  lowStockThreshold: number | null;
  isDefault: boolean;
  stock: Stock;
};
export type BundleItem = {
  variantId: string;
  productId: string;
  sku: string;
  name: string;
  quantity: number;
};
export type InventoryProduct = {
  id: string;
  sku: string;
  name: string;
  description: string | null;
  price: string;
  cost: string | null;
  currency: string;
  weight: number | null;
  type: ProductType;
  images: string[];
  attributes: Record<string, unknown>;
  variants: ProductVariant[];
  bundleItems: BundleItem[];
  lowStockThreshold: number | null;
  stock: Stock;
  createdAt: string;
  updatedAt: string;
};
export type VariantInput = {
  id?: string;
  sku: string;
  name?: string;
  options?: Record<string, string>;
  price?: string | number | null;
  weight?: number | null;
  lowStockThreshold?: number | null;
  initialStock?: number;
};
export type ProductInput = {
  sku?: string;
  name?: string;
  description?: string | null;
  price?: string | number;
  cost?: string | number | null;
  weight?: number | null;
  type?: ProductType;
  images?: string[];
  attributes?: Record<string, unknown>;
  lowStockThreshold?: number | null;
  variants?: VariantInput[];
  bundleItems?: Array<{ variantId?: string; productId?: string; quantity: number }>;
};
export type CreateProductInput = ProductInput & { sku: string; name: string; initialStock?: number };
export type AdjustmentInput = { quantity: number; reason: string; variantId?: string; locationId?: string };
/** Goods received: a positive quantity, the purchase order or delivery note as `reference`. */
export type ReceiptInput = {
  quantity: number;
  reference?: string;
  note?: string;
  variantId?: string;
  locationId?: string;
};
export type InventoryTransaction = {
  id: string;
  type: string;
  quantity: number;
  reason: string | null;
  reference: string | null;
  variantId: string;
  locationId: string;
  onHandDelta: number;
  reservedDelta: number;
  allocatedDelta: number;
  actor: string | null;
  createdAt: string;
};
export type InventoryLocation = {
  id: string;
  name: string;
  code: string;
  address: Record<string, string>;
  isDefault: boolean;
  createdAt: string;
  updatedAt: string;
};
export type InventoryAlert = {
  id: string;
  kind: 'LOW_STOCK' | 'OUT_OF_STOCK';
  productId: string;
  variantId: string;
  available: number;
  threshold: number;
  acknowledged: boolean;
  createdAt: string;
};
export type TransferInput = {
  fromLocationId: string;
  toLocationId: string;
  variantId?: string;
  productId?: string;
  quantity: number;
  reason?: string;
};
export type StockDrift = {
  variantId: string;
  locationId: string;
  field: 'onHand' | 'reserved' | 'allocated';
  source: 'ledger' | 'holds';
  expected: number;
  actual: number;
};
export type ReconciliationReport = {
  id: string | null;
  checkedAt: string | null;
  rowsChecked: number;
  drift: StockDrift[];
};

export type InventoryIntegration = {
  tenantId: string;
  configured: boolean;
  secretHint: string | null;
  webhookPath: string;
  lastSyncAt: string | null;
  outboundUrl: string | null;
  safetyBuffer: number;
  degraded: boolean;
  degradedSince: string | null;
  lastPushAt: string | null;
};

/** The typed inventory endpoints, bound to a client's `call`. */
export function inventoryApi(call: Call) {
  const products = '/api/inventory/products';
  return {
    products: {
      list: (query = '') => call<List<InventoryProduct>>('GET', `${products}${query}`),
      get: (id: string) => call<InventoryProduct>('GET', `${products}/${id}`),
      create: (input: CreateProductInput) => call<InventoryProduct>('POST', products, input),
      update: (id: string, input: ProductInput) => call<InventoryProduct>('PUT', `${products}/${id}`, input),
      delete: (id: string) => call<void>('DELETE', `${products}/${id}`),
      adjust: (id: string, input: AdjustmentInput) =>
        call<InventoryProduct>('POST', `${products}/${id}/adjustments`, input),
      receive: (id: string, input: ReceiptInput) =>
        call<InventoryProduct>('POST', `${products}/${id}/receipts`, input),
      transactions: (id: string, query = '') =>
        call<List<InventoryTransaction>>('GET', `${products}/${id}/transactions${query}`),
    },
    locations: {
      list: () => call<List<InventoryLocation>>('GET', '/api/inventory/locations'),
      create: (input: {
        name: string;
        code?: string;
        address?: Record<string, string>;
        isDefault?: boolean;
      }) => call<InventoryLocation>('POST', '/api/inventory/locations', input),
    },
    transfer: (input: TransferInput) => call<InventoryProduct>('POST', '/api/inventory/transfers', input),
    alerts: (query = '') => call<List<InventoryAlert>>('GET', `/api/inventory/alerts${query}`),
    acknowledgeAlert: (id: string) => call<InventoryAlert>('POST', `/api/inventory/alerts/${id}/acknowledge`),
    reconciliation: () => call<ReconciliationReport>('GET', '/api/inventory/reconciliation'),
    reconcile: () => call<ReconciliationReport>('POST', '/api/inventory/reconciliation'),
    integration: {
      get: () => call<InventoryIntegration>('GET', '/api/inventory/integration'),
      update: (input: { outboundUrl?: string | null; safetyBuffer?: number }) =>
        call<{ outboundUrl?: string | null; safetyBuffer?: number }>(
          'PUT',
          '/api/inventory/integration',
          input,
        ),
      /** Creates or rotates the signing secret; the answer is the only time it is shown. */
      rotateSecret: () =>
        call<{ tenantId: string; secret: string; webhookPath: string }>(
          'POST',
          '/api/inventory/integration/secret',
        ),
    },
    stockByLocation: (productId: string) =>
      call<{ data: Array<Stock & { variantId: string; locationId: string }> }>(
        'GET',
        `/api/inventory/products/${productId}/stock`,
      ),
  };
}
