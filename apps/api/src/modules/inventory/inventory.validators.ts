import { z } from 'zod';
import { listQuery, Money, Quantity, Uuid } from '../../platform/http/schemas.ts';

const Sku = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._\-/]*$/, 'must be letters, digits, ".", "_", "-" or "/"');
/** Weight in grams; fractions to the milligram. */
const Weight = z
  .number()
  .min(0)
  .max(100_000_000)
  .refine((w) => Math.abs(Math.round(w * 1000) - w * 1000) < 1e-6, 'at most 3 decimals');
const Threshold = z.number().int().min(0).max(1_000_000);
const StockCount = z.number().int('must be a whole number').min(0).max(1_000_000);
const Options = z.record(z.string().trim().min(1).max(60), z.string().trim().max(200));
const ImageUrl = z
  .string()
  .max(2048)
  .refine((v) => /^(https?:\/\/|\/)/.test(v), 'must be an http(s) URL or a path');

const VariantFields = {
  id: Uuid.optional(),
  sku: Sku,
  name: z.string().trim().min(1).max(300).optional(),
  options: Options.optional(),
  price: Money.nullable().optional(),
  weight: Weight.nullable().optional(),
  lowStockThreshold: Threshold.nullable().optional(),
};
export const VariantInput = z.strictObject({ ...VariantFields, initialStock: StockCount.optional() });

/** A bundle component: a variant, or a product (its default variant), and how many per bundle. */
export const BundleItemInput = z
  .strictObject({ variantId: Uuid.optional(), productId: Uuid.optional(), quantity: Quantity })
  .refine((b) => (b.variantId ? 1 : 0) + (b.productId ? 1 : 0) === 1, 'give either variantId or productId');

const ProductFields = {
  sku: Sku,
  name: z.string().trim().min(1).max(300),
  description: z.string().max(20_000).nullable(),
  price: Money,
  cost: Money.nullable(),
  weight: Weight.nullable(),
  type: z.enum(['PHYSICAL', 'DIGITAL', 'BUNDLE']),
  images: z.array(ImageUrl).max(50),
  attributes: z.record(z.string().max(100), z.unknown()),
  lowStockThreshold: Threshold.nullable(),
  variants: z.array(VariantInput).max(100),
  bundleItems: z.array(BundleItemInput).min(1).max(50),
};

export const CreateProductBody = z.strictObject({
  ...ProductFields,
  description: ProductFields.description.optional(),
  price: ProductFields.price.optional(),
  cost: ProductFields.cost.optional(),
  weight: ProductFields.weight.optional(),
  type: ProductFields.type.optional(),
  images: ProductFields.images.optional(),
  attributes: ProductFields.attributes.optional(),
  lowStockThreshold: ProductFields.lowStockThreshold.optional(),
  variants: ProductFields.variants.optional(),
  bundleItems: ProductFields.bundleItems.optional(),
  initialStock: StockCount.optional(),
});
export const UpdateProductBody = z.strictObject(ProductFields).partial();
export type CreateProductInput = z.output<typeof CreateProductBody>;
export type UpdateProductInput = z.output<typeof UpdateProductBody>;
export type VariantInputT = z.output<typeof VariantInput>;
export type BundleItemInputT = z.output<typeof BundleItemInput>;

export const AdjustmentBody = z.strictObject({
  quantity: z
    .number()
    .int('must be a whole number')
    .min(-1_000_000)
    .max(1_000_000)
    .refine((q) => q !== 0, 'must not be zero'),
  reason: z.string().trim().min(1).max(500),
  variantId: Uuid.optional(),
  locationId: Uuid.optional(),
});
export type AdjustmentInput = z.output<typeof AdjustmentBody>;

/** Goods received (a delivery from a supplier): always an increase, with its paperwork's number. */
export const ReceiptBody = z.strictObject({
  quantity: z.number().int('must be a whole number').min(1).max(1_000_000),
  /** The purchase order or delivery note it arrived with. */
  reference: z.string().trim().min(1).max(100).optional(),
  note: z.string().trim().min(1).max(500).optional(),
  variantId: Uuid.optional(),
  locationId: Uuid.optional(),
});
export type ReceiptInput = z.output<typeof ReceiptBody>;

export const ProductListQuery = listQuery(['name', 'sku', 'createdAt', 'price']).extend({
  type: z.enum(['PHYSICAL', 'DIGITAL', 'BUNDLE']).optional(),
});
export const TransactionListQuery = listQuery(['createdAt']);

export const CreateLocationBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  code: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .regex(/^[A-Za-z0-9._-]+$/, 'must be letters, digits, ".", "_" or "-"')
    .optional(),
  address: z.record(z.string().max(60), z.string().max(500)).optional(),
  isDefault: z.boolean().optional(),
});
export type CreateLocationInput = z.output<typeof CreateLocationBody>;

export const TransferBody = z.strictObject({
  fromLocationId: Uuid,
  toLocationId: Uuid,
  variantId: Uuid.optional(),
  productId: Uuid.optional(),
  quantity: Quantity,
  reason: z.string().trim().max(500).optional(),
});
export type TransferInput = z.output<typeof TransferBody>;
