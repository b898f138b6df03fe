import { fromMinor } from '../../platform/money.ts';
import type { AlertRow, LocationRow, ProductRow, TransactionRow, VariantRow } from './inventory.schema.ts';
import type { BundleItemRow } from './products.repository.ts';

/** What a DIGITAL product (no stock kept) reports as available: more than any order may ask for. */
export const UNLIMITED_STOCK = 1_000_000;

const toWeight = (w: string | null) => (w === null ? null : Number(w));

export type StockDto = { onHand: number; reserved: number; allocated: number; available: number };
export const NO_STOCK: StockDto = { onHand: 0, reserved: 0, allocated: 0, available: 0 };

export type VariantDto = {
  id: string;
  sku: string;
  name: string;
  options: Record<string, string>;
  price: string;
  weight: number | null;
  lowStockThreshold: number | null;
  isDefault: boolean;
  stock: StockDto;
};

export type BundleItemDto = {
  variantId: string;
  productId: string;
  sku: string;
  name: string;
  quantity: number;
};

export type ProductDto = {
  id: string;
  sku: string;
  name: string;
  description: string | null;
  price: string;
  cost: string | null;
  currency: string;
  weight: number | null;
  type: ProductRow['type'];
  images: string[];
  attributes: Record<string, unknown>;
  variants: VariantDto[];
  bundleItems: BundleItemDto[];
  lowStockThreshold: number | null;
  stock: StockDto;
  createdAt: string;
  updatedAt: string;
};

export const sumStock = (list: StockDto[]): StockDto =>
  list.reduce(
    (a, s) => ({
      onHand: a.onHand + s.onHand,
      reserved: a.reserved + s.reserved,
      allocated: a.allocated + s.allocated,
      available: a.available + s.available,
    }),
    NO_STOCK,
  );

export function toVariantDto(v: VariantRow, p: ProductRow, stock: StockDto): VariantDto {
  const currency = p.currency.trim();
  return {
    id: v.id,
    sku: v.sku,
    name: v.name,
    options: v.options,
    price: fromMinor(v.priceMinor ?? p.priceMinor, currency),
    weight: toWeight(v.weightGrams ?? p.weightGrams),
    lowStockThreshold: v.lowStockThreshold,
    isDefault: v.isDefault,
    stock,
  };
}

export function toProductDto(
  p: ProductRow,
  variants: VariantDto[],
  bundleItems: BundleItemRow[],
  stock: StockDto,
): ProductDto {
  const currency = p.currency.trim();
  return {
    id: p.id,
    sku: p.sku,
    name: p.name,
    description: p.description,
    price: fromMinor(p.priceMinor, currency),
    cost: p.costMinor === null ? null : fromMinor(p.costMinor, currency),
    currency,
    weight: toWeight(p.weightGrams),
    type: p.type,
    images: p.images,
    attributes: p.attributes,
    variants,
    bundleItems: bundleItems.map((b) => ({
      variantId: b.variantId,
      productId: b.productId,
      sku: b.sku,
      name: b.name,
      quantity: b.quantity,
    })),
    lowStockThreshold: p.lowStockThreshold,
    stock,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export const toTransactionDto = (t: TransactionRow) => ({
  id: t.id,
  type: t.type,
  quantity: t.quantity,
  reason: t.reason,
  reference: t.reference,
  variantId: t.variantId,
  locationId: t.locationId,
  onHandDelta: t.onHandDelta,
  reservedDelta: t.reservedDelta,
  allocatedDelta: t.allocatedDelta,
  actor: t.actor,
  createdAt: t.createdAt.toISOString(),
});

export const toLocationDto = (l: LocationRow) => ({
  id: l.id,
  name: l.name,
  code: l.code,
  address: l.address,
  isDefault: l.isDefault,
  createdAt: l.createdAt.toISOString(),
  updatedAt: l.updatedAt.toISOString(),
});

export const toAlertDto = (a: AlertRow) => ({
  id: a.id,
  kind: a.kind,
  productId: a.productId,
  variantId: a.variantId,
  available: a.available,
  threshold: a.threshold,
  acknowledged: a.acknowledgedAt !== null,
  createdAt: a.createdAt.toISOString(),
});
