import { z } from 'zod';

/** What the pricing CRUD routes answer (checked in tests with VALIDATE_RESPONSES=1; see platform/http). */
const str = z.string();
const strOrNull = z.string().nullable();
const int = z.number().int();

export const ShippingMethodResponse = z.strictObject({
  id: str,
  storeId: str,
  name: str,
  description: strOrNull,
  /** Decimal strings in the store currency. */
  price: str,
  freeAboveAmount: strOrNull,
  estimatedDeliveryDays: int.nullable(),
  isActive: z.boolean(),
  taxable: z.boolean(),
  rateCalculationType: str,
  settings: z.unknown(),
  createdAt: str,
  updatedAt: str,
});

export const TaxRateResponse = z.strictObject({
  id: str,
  storeId: str,
  name: str,
  country: str,
  region: strOrNull,
  postalPrefix: strOrNull,
  taxCategory: strOrNull,
  /** A decimal string, e.g. "0.2". */
  rate: str,
  appliesToShipping: z.boolean(),
  compound: z.boolean(),
  priority: int,
  createdAt: str,
  updatedAt: str,
});

export const CouponResponse = z.strictObject({
  id: str,
  storeId: str,
  code: str,
  description: strOrNull,
  discountType: str,
  discountValue: str,
  minimumOrderAmount: strOrNull,
  startsAt: strOrNull,
  expiresAt: strOrNull,
  usageLimit: int.nullable(),
  usageCount: int,
  perCustomerLimit: int.nullable(),
  applicableProductIds: z.array(str).nullable(),
  applicableCategoryIds: z.array(str).nullable(),
  excludedProductIds: z.array(str).nullable(),
  excludedCategoryIds: z.array(str).nullable(),
  isActive: z.boolean(),
  isAutomatic: z.boolean(),
  createdAt: str,
  updatedAt: str,
});
