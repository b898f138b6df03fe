import type { Call } from './call.ts';
import type { RequestBody, ResponseBody } from './contract.ts';
import type { List } from './types.ts';

/**
 * Inventory shapes (shared/API-CONTRACT.md, "Inventory"), as the API's OpenAPI document gives them
 * (contract.ts): regenerated with the document, never written out here.
 */
type Products = '/api/inventory/products';
type Product = '/api/inventory/products/{id}';
export type InventoryProduct = ResponseBody<Product, 'get'>;
export type ProductType = InventoryProduct['type'];
export type Stock = InventoryProduct['stock'];
export type ProductVariant = InventoryProduct['variants'][number];
export type BundleItem = InventoryProduct['bundleItems'][number];
export type ProductInput = RequestBody<Product, 'put'>;
export type VariantInput = NonNullable<ProductInput['variants']>[number];
export type CreateProductInput = RequestBody<Products, 'post'>;
export type AdjustmentInput = RequestBody<'/api/inventory/products/{id}/adjustments', 'post'>;
/** Goods received: a positive quantity, the purchase order or delivery note as `reference`. */
export type ReceiptInput = RequestBody<'/api/inventory/products/{id}/receipts', 'post'>;
export type InventoryTransaction = ResponseBody<
  '/api/inventory/products/{id}/transactions',
  'get'
>['data'][number];
export type InventoryLocation = ResponseBody<'/api/inventory/locations', 'post'>;
export type InventoryAlert = ResponseBody<'/api/inventory/alerts/{id}/acknowledge', 'post'>;
export type TransferInput = RequestBody<'/api/inventory/transfers', 'post'>;
export type ReconciliationReport = ResponseBody<'/api/inventory/reconciliation', 'get'>;
export type StockDrift = ReconciliationReport['drift'][number];
export type InventoryIntegration = ResponseBody<'/api/inventory/integration', 'get'>;

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
