import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { VentoryClient } from '@ventory/sdk';
import { newMerchantWithStore } from './fixtures.ts';
import type { ApiServer } from './server.ts';

export type Json = Record<string, unknown> & { id: string };
export type CartBody = Json & {
  items: Array<Json & { quantity: number; lineTotal: string; unitPrice: string; variantId: string }>;
  savedItems: Json[];
  subtotal: string;
  discountAmount: string;
  shippingAmount: string;
  taxAmount: string;
  totalAmount: string;
  status: string;
  couponCodes: string[];
};

export const address = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  line1: '1 Market St',
  city: 'San Francisco',
  region: 'CA',
  postalCode: '94103',
  country: 'US',
};

/** Creates an inventory product with stock and lists it in the store; returns the listing. */
export async function listProduct(
  client: VentoryClient,
  storeId: string,
  p: {
    price: string;
    stock: number;
    weight?: number;
    taxCategory?: string;
    categoryIds?: string[];
    name?: string;
  },
) {
  const sku = `SKU-${randomBytes(4).toString('hex')}`;
  const product = await client.call<Json>('POST', '/api/inventory/products', {
    sku,
    name: p.name ?? `Kettle ${sku}`,
    price: p.price,
    initialStock: p.stock,
    ...(p.weight !== undefined ? { weight: p.weight } : {}),
  });
  const listing = await client.call<Json>('POST', `/api/stores/${storeId}/products`, {
    productId: product.id,
    ...(p.taxCategory ? { taxCategory: p.taxCategory } : {}),
    ...(p.categoryIds ? { categoryIds: p.categoryIds } : {}),
  });
  return { product, listing };
}

/** A merchant with a store, one listed product, and a storefront path prefix. */
export async function shop(
  server: ApiServer,
  p: { price: string; stock: number; weight?: number } = { price: '19.99', stock: 10 },
) {
  const merchant = await newMerchantWithStore(server);
  const { product, listing } = await listProduct(merchant.client, merchant.store.id, p);
  const sf = `/api/storefront/${merchant.store.domain}`;
  const admin = `/api/stores/${merchant.store.id}`;
  return { ...merchant, product, listing, sf, admin };
}

/** The product's stock as the inventory API reports it. */
export async function stockOf(client: VentoryClient, productId: string) {
  const p = await client.call<{
    stock: { onHand: number; reserved: number; allocated: number; available: number };
  }>('GET', `/api/inventory/products/${productId}`);
  return p.stock;
}

export function assertProblem(res: { status: number; body: unknown }, status: number, code?: string) {
  assert.equal(res.status, status, JSON.stringify(res.body));
  if (code) assert.equal((res.body as { code: string }).code, code);
}
