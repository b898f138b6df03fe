/** Inputs and outputs of the pure pricing engine: minor units everywhere, no I/O. */

export type PricingLine = {
  id: string;
  productId: string;
  categoryIds: readonly string[];
  taxCategory: string | null;
  unitPriceMinor: number;
  quantity: number;
  /** Weight of one unit, in grams. */
  weightGrams: number;
};

export type CouponRule = {
  code: string;
  discountType: 'PERCENTAGE' | 'FIXED' | 'FREE_SHIPPING';
  /** Percent as a decimal string, for PERCENTAGE. */
  percent?: string;
  /** Amount in minor units, for FIXED. */
  amountMinor?: number;
  minimumOrderMinor: number | null;
  applicableProductIds: readonly string[];
  applicableCategoryIds: readonly string[];
  excludedProductIds: readonly string[];
  excludedCategoryIds: readonly string[];
};

export type WeightBand = { upToGrams: number | null; priceMinor: number };
export type CustomRule = {
  minSubtotalMinor?: number | null;
  maxSubtotalMinor?: number | null;
  minWeightGrams?: number | null;
  maxWeightGrams?: number | null;
  minItems?: number | null;
  maxItems?: number | null;
  priceMinor: number;
};

export type ShippingRule = {
  id: string;
  name: string;
  rateCalculationType: 'FLAT' | 'WEIGHT' | 'ITEM' | 'CUSTOM';
  priceMinor: number;
  freeAboveMinor: number | null;
  taxable: boolean;
  bands: readonly WeightBand[];
  rules: readonly CustomRule[];
  /** Zones: empty means everywhere. */
  countries: readonly string[];
  regions: readonly string[];
};

export type TaxAddress = { country: string; region?: string | null; postalCode?: string | null };

export type TaxRateRule = {
  id: string;
  name: string;
  country: string;
  region: string | null;
  postalPrefix: string | null;
  taxCategory: string | null;
  /** Percent as a decimal string ("8.875"). */
  rate: string;
  appliesToShipping: boolean;
  compound: boolean;
  priority: number;
};

export type PricingInput = {
  pricesIncludeTax: boolean;
  lines: readonly PricingLine[];
  coupons: readonly CouponRule[];
  shipping: ShippingRule | null;
  address: TaxAddress | null;
  taxRates: readonly TaxRateRule[];
};

export type PricedLine = {
  id: string;
  subtotalMinor: number;
  discountMinor: number;
  taxMinor: number;
  /** What the line costs after discount, tax included (exclusive pricing adds the tax). */
  totalMinor: number;
};

export type AppliedCoupon = { code: string; discountMinor: number; applied: boolean; freeShipping: boolean };

export type PricingResult = {
  lines: PricedLine[];
  subtotalMinor: number;
  discountMinor: number;
  shippingMinor: number;
  shippingTaxMinor: number;
  taxMinor: number;
  totalMinor: number;
  coupons: AppliedCoupon[];
  /** False when a shipping method was given but does not apply to the cart (zone, weight band). */
  shippingAvailable: boolean;
};
