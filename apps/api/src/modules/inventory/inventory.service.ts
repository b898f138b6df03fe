import { sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { notFound } from '../../platform/errors.ts';
import type { ProductDto } from './inventory.dto.ts';
import { UNLIMITED_STOCK } from './inventory.dto.ts';
import type { ProductType } from './inventory.schema.ts';
import { loadProducts, productReads, productsFromRead, variantStock } from './product-reads.ts';
import * as products from './products.repository.ts';
import { safetyBufferInForce } from './stock.repository.ts';
import { releaseExpired, type StockLine, stockOps } from './stock.service.ts';
import { storefrontStockSql } from './storefront-stock.ts';

export type { StockLine } from './stock.service.ts';
export type AvailabilityItem = { productId: string; variantId?: string };
/** The key of an item in the map `availability` answers: the variant id, else the product id. */
export const availabilityKey = (item: AvailabilityItem) => item.variantId ?? item.productId;

/**
 * The inventory as the rest of the platform sees it. Every method runs in the caller's tenant
 * transaction, so a caller composes several (e.g. allocate + create order) atomically. Stock moves
 * are single guarded statements: under any concurrency `available` never goes below zero.
 */
export type InventoryService = {
  /** Products with variants and stock, in the order of `ids` (unknown/deleted ids left out). */
  getProducts(tx: TenantTx, ids: readonly string[]): Promise<ProductDto[]>;
  /** The ids of the (not deleted) products with these SKUs; unknown SKUs are left out. */
  productIdsBySku(tx: TenantTx, skus: readonly string[]): Promise<Array<{ id: string; sku: string }>>;
  /**
   * `getProducts`' reads for products a subquery selects (`readTogether`, sent with the caller's
   * own reads), and the products made of what they read.
   */
  productReads: typeof productReads;
  productsFromRead: typeof productsFromRead;
  /** The same products, variants and stock as named queries, for a reply built in SQL. */
  storefrontStockSql: typeof storefrontStockSql;
  /** The variants of the bundles made of these variants (whose stock moves when theirs does). */
  bundleVariantsOf(tx: TenantTx, variantIds: readonly string[]): Promise<string[]>;
  /** Available units per item, keyed by `availabilityKey` (variant id, else product id). */
  availability(tx: TenantTx, items: AvailabilityItem[]): Promise<Map<string, number>>;
  /**
   * Holds stock for a cart. Idempotent per reference + variant: the held quantity is SET to the
   * line's quantity (0 releases it). All holds of the reference get the new expiry. Throws
   * `409 INSUFFICIENT_STOCK` ({ variantId, available }) when a line cannot be held.
   */
  reserve(
    tx: TenantTx,
    input: {
      reference: string;
      lines: StockLine[];
      expiresAt?: Date;
      /** The reference was created in this transaction (a new cart): it holds nothing yet. */
      fresh?: boolean;
    },
  ): Promise<void>;
  /** Releases a cart's holds (all, or those of the given line variants). Returns how many. */
  release(tx: TenantTx, reference: string, variantIds?: string[]): Promise<number>;
  /**
   * Allocates an order's lines, turning the cart's (`reference`) holds into allocations, or
   * allocating directly where there is no hold; the cart's other holds are released. Idempotent
   * per order reference + variant.
   */
  allocate(
    tx: TenantTx,
    input: { reference?: string; orderReference: string; lines: StockLine[] },
  ): Promise<void>;
  /** Releases an order's allocations (cancellation): all of them, or `lines` (line quantities). */
  releaseAllocation(tx: TenantTx, orderReference: string, lines?: StockLine[]): Promise<void>;
  /**
   * Ships lines: on-hand and allocated go down (on-hand alone for anything not allocated).
   * With a `reference` (e.g. the fulfilment id) a repeat is a no-op.
   */
  fulfil(
    tx: TenantTx,
    input: { orderReference: string; lines: StockLine[]; locationId?: string; reference?: string },
  ): Promise<void>;
  /** Puts returned stock back on hand (default location). Idempotent per reference. */
  restock(
    tx: TenantTx,
    input: { reference: string; lines: StockLine[]; reason: string; locationId?: string },
  ): Promise<void>;
  /** The default variant of a product (404 when there is no such product). */
  defaultVariantId(tx: TenantTx, productId: string): Promise<string>;
  /**
   * When the tenant's next cart hold lapses (null: none pending). Shopper-facing stock ignores
   * lapsed holds at read time, so a cached read must not outlive the next lapse.
   */
  nextHoldExpiry(tx: TenantTx): Promise<Date | null>;
  /** Frees holds past their expiry (the scheduled sweep calls this per tenant). */
  releaseExpired(tx: TenantTx, opts?: { limit?: number }): Promise<number>;
};

async function availability(tx: TenantTx, items: AvailabilityItem[]) {
  const variantIds = items.flatMap((i) => (i.variantId ? [i.variantId] : []));
  const productIds = items.filter((i) => !i.variantId).map((i) => i.productId);
  const [found, ofProducts, productRows] = await Promise.all([
    products.findVariants(tx, variantIds),
    products.variantsOf(tx, productIds),
    products.findProducts(tx, productIds),
  ]);
  const typeOf = new Map<string, ProductType>(productRows.map((p) => [p.id, p.type]));
  const keys = [
    ...found.map((v) => ({ id: v.id, type: v.type })),
    ...ofProducts.map((v) => ({ id: v.id, type: typeOf.get(v.productId) ?? ('PHYSICAL' as const) })),
  ];
  const [{ stock }, buffer] = await Promise.all([variantStock(tx, keys), safetyBufferInForce(tx)]);
  // While the external inventory is unreachable, shoppers see what is left after the buffer.
  const sellable = (n: number) => (n >= UNLIMITED_STOCK ? n : Math.max(0, n - buffer));
  const result = new Map<string, number>();
  for (const item of items) {
    if (item.variantId) {
      result.set(item.variantId, sellable(Math.max(0, stock.get(item.variantId)?.available ?? 0)));
      continue;
    }
    const sum = ofProducts
      .filter((v) => v.productId === item.productId)
      .reduce((n, v) => n + sellable(Math.max(0, stock.get(v.id)?.available ?? 0)), 0);
    result.set(item.productId, Math.min(sum, UNLIMITED_STOCK));
  }
  return result;
}

export function createInventoryService(deps: { reservationTtlSeconds: number }): InventoryService {
  return {
    getProducts: loadProducts,
    productIdsBySku: async (tx, skus) =>
      (await products.findBySkus(tx, skus)).map((p) => ({ id: p.id, sku: p.sku })),
    productReads,
    productsFromRead,
    storefrontStockSql,
    bundleVariantsOf: async (tx, variantIds) =>
      (await products.bundlesContaining(tx, variantIds)).map((b) => b.bundleVariantId),
    availability,
    async nextHoldExpiry(tx) {
      const row = await tx
        .selectFrom('reservations')
        .select((eb) => eb.fn.min('expiresAt').as('next'))
        .where('expiresAt', '>', sql<Date>`now()`)
        .executeTakeFirst();
      return row?.next ?? null;
    },
    reserve: (tx, input) =>
      stockOps.reserve(tx, {
        ...input,
        expiresAt: input.expiresAt ?? new Date(Date.now() + deps.reservationTtlSeconds * 1000),
      }),
    release: stockOps.release,
    allocate: stockOps.allocate,
    releaseAllocation: stockOps.releaseAllocation,
    fulfil: stockOps.fulfil,
    restock: stockOps.restock,
    async defaultVariantId(tx, productId) {
      const [row] = await products.defaultVariants(tx, [productId]);
      if (!row) throw notFound('Product');
      return row.id;
    },
    releaseExpired: (tx, opts) => releaseExpired(tx, opts),
  };
}
