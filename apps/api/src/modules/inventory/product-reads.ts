import type { TenantTx } from '../../platform/db/pool.ts';
import { readTogether } from '../../platform/db/read-together.ts';
import {
  NO_STOCK,
  type ProductDto,
  type StockDto,
  sumStock,
  toProductDto,
  toVariantDto,
  UNLIMITED_STOCK,
} from './inventory.dto.ts';
import type { ProductType } from './inventory.schema.ts';
import type { BundleItemRow } from './products.repository.ts';
import * as products from './products.repository.ts';
import { bundleHolds, type StockTotals, stockTotals } from './stock.repository.ts';

const UNLIMITED: StockDto = { onHand: 0, reserved: 0, allocated: 0, available: UNLIMITED_STOCK };

const fromTotals = (t: StockTotals | undefined): StockDto =>
  t
    ? {
        onHand: t.onHand,
        reserved: t.reserved,
        allocated: t.allocated,
        available: t.onHand - t.reserved - t.allocated,
      }
    : NO_STOCK;

/** A bundle's stock: how many whole kits its components make (the minimum over components). */
function bundleStock(
  items: BundleItemRow[],
  totals: Map<string, StockTotals>,
  held: { reserved: number; allocated: number } | undefined,
): StockDto {
  if (items.some((i) => i.gone))
    return { ...NO_STOCK, reserved: held?.reserved ?? 0, allocated: held?.allocated ?? 0 };
  const stocked = items.filter((i) => i.type !== 'DIGITAL');
  if (stocked.length === 0) return UNLIMITED;
  let onHand = Number.POSITIVE_INFINITY;
  let available = Number.POSITIVE_INFINITY;
  for (const item of stocked) {
    const s = fromTotals(totals.get(item.variantId));
    onHand = Math.min(onHand, Math.floor(s.onHand / item.quantity));
    available = Math.min(available, Math.floor(Math.max(0, s.available) / item.quantity));
  }
  return { onHand, reserved: held?.reserved ?? 0, allocated: held?.allocated ?? 0, available };
}

type VariantKey = { id: string; type: ProductType };

/**
 * Stock of each variant (physical: summed over locations; bundle: from its components). Totals
 * already read (`known`, e.g. with the variants) are not read again.
 */
export async function variantStock(
  tx: TenantTx,
  variants: VariantKey[],
  known: ReadonlyMap<string, StockTotals> = new Map(),
) {
  const bundleIds = variants.filter((v) => v.type === 'BUNDLE').map((v) => v.id);
  const items = await products.bundleItemsOf(tx, bundleIds);
  const stockIds = [
    ...variants.filter((v) => v.type === 'PHYSICAL').map((v) => v.id),
    ...items.map((i) => i.variantId),
  ].filter((id) => !known.has(id));
  const [read, holds] = await Promise.all([stockTotals(tx, stockIds), bundleHolds(tx, bundleIds)]);
  const totals = new Map([...known, ...read]);
  const result = new Map<string, StockDto>();
  for (const v of variants) {
    if (v.type === 'DIGITAL') result.set(v.id, UNLIMITED);
    else if (v.type === 'PHYSICAL') result.set(v.id, fromTotals(totals.get(v.id)));
    else
      result.set(
        v.id,
        bundleStock(
          items.filter((i) => i.bundleVariantId === v.id),
          totals,
          holds.get(v.id),
        ),
      );
  }
  return { stock: result, items };
}

/** Products with variants, bundle items and stock, in the order of `ids` (missing ids left out). */
export async function loadProducts(tx: TenantTx, ids: readonly string[]): Promise<ProductDto[]> {
  if (ids.length === 0) return [];
  // One statement: the products, and their variants with their stock (a product without a row
  // here is deleted or unknown, and left out below).
  // Alone: a storefront list's second read runs without a BEGIN (see readTogether).
  const read = await readTogether(tx, productReads(tx, ids), { alone: true });
  return productsFromRows(
    tx,
    ids,
    read.products as unknown as ProductRow[],
    read.variants as unknown as VariantWithStockRow[],
  );
}

type ProductRow = Awaited<ReturnType<typeof products.findProducts>>[number];
type VariantWithStockRow = Awaited<ReturnType<typeof products.variantsWithStockOf>>[number];
const ROW_JSON = { dates: ['createdAt', 'updatedAt', 'deletedAt'], numerics: ['weightGrams'] } as const;

/**
 * `loadProducts`' two reads for products a subquery selects, for a caller that sends them with
 * its own in one statement (`readTogether`); `productsFromRead` then makes the products of them.
 */
export const productReads = (tx: TenantTx, ids: products.ProductIds) => ({
  products: { query: products.findProductsQuery(tx, ids), ...ROW_JSON },
  variants: { query: products.variantsWithStockQuery(tx, ids), ...ROW_JSON },
});

/** The products of `productReads`' rows (as `readTogether` revived them), in the order of their ids. */
export function productsFromRead(
  tx: TenantTx,
  read: { products: Record<string, unknown>[]; variants: Record<string, unknown>[] },
) {
  const rows = read.products as unknown as ProductRow[];
  return productsFromRows(
    tx,
    rows.map((r) => r.id),
    rows,
    read.variants as unknown as VariantWithStockRow[],
  );
}

async function productsFromRows(
  tx: TenantTx,
  ids: readonly string[],
  rows: ProductRow[],
  variants: VariantWithStockRow[],
): Promise<ProductDto[]> {
  if (rows.length === 0) return [];
  const typeOf = new Map(rows.map((r) => [r.id, r.type]));
  const known = new Map(
    variants.flatMap((v) =>
      v.stockOnHand === null
        ? []
        : [
            [
              v.id,
              {
                variantId: v.id,
                onHand: v.stockOnHand,
                reserved: (v.stockReserved ?? 0) - v.stockLapsed,
                allocated: v.stockAllocated ?? 0,
              },
            ] as const,
          ],
    ),
  );
  const { stock, items } = await variantStock(
    tx,
    variants.map((v) => ({ id: v.id, type: typeOf.get(v.productId) ?? 'PHYSICAL' })),
    known,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const p = byId.get(id);
    if (!p) return [];
    const own = variants.filter((v) => v.productId === id);
    const dtos = own.map((v) => toVariantDto(v, p, stock.get(v.id) ?? NO_STOCK));
    const total = sumStock(dtos.map((d) => d.stock));
    if (p.type === 'DIGITAL') total.available = UNLIMITED_STOCK;
    const bundle = items.filter((i) => own.some((v) => v.id === i.bundleVariantId));
    return [toProductDto(p, dtos, bundle, total)];
  });
}
