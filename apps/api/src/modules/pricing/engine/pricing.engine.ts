import { allocateProportionally, applyPpm, divHalfUp, percentPpm } from './allocate.ts';
import type {
  AppliedCoupon,
  CouponRule,
  PricingInput,
  PricingLine,
  PricingResult,
  ShippingRule,
  TaxAddress,
  TaxRateRule,
} from './pricing.types.ts';

const PPM = 1_000_000n;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** A line is eligible for a coupon when it is in its applicable set (if any) and not excluded. */
export function isEligible(line: PricingLine, coupon: CouponRule): boolean {
  const inCategory = (ids: readonly string[]) => line.categoryIds.some((id) => ids.includes(id));
  if (coupon.excludedProductIds.includes(line.productId) || inCategory(coupon.excludedCategoryIds))
    return false;
  const restricted = coupon.applicableProductIds.length > 0 || coupon.applicableCategoryIds.length > 0;
  return (
    !restricted ||
    coupon.applicableProductIds.includes(line.productId) ||
    inCategory(coupon.applicableCategoryIds)
  );
}

/** Applies the coupons in order, each on what the earlier ones left; returns per-line discounts. */
function applyCoupons(input: PricingInput, subtotals: number[]) {
  const remaining = [...subtotals];
  const discounts = subtotals.map(() => 0);
  const subtotal = sum(subtotals);
  const applied: AppliedCoupon[] = [];
  for (const coupon of input.coupons) {
    const eligible = input.lines.map((line) => isEligible(line, coupon));
    const minimumMet = coupon.minimumOrderMinor === null || subtotal >= coupon.minimumOrderMinor;
    if (!minimumMet || !eligible.some(Boolean)) {
      applied.push({ code: coupon.code, discountMinor: 0, applied: false, freeShipping: false });
      continue;
    }
    const weights = remaining.map((r, i) => (eligible[i] ? r : 0));
    const base = sum(weights);
    let amount = 0;
    if (coupon.discountType === 'PERCENTAGE') amount = applyPpm(base, percentPpm(coupon.percent ?? '0'));
    else if (coupon.discountType === 'FIXED') amount = Math.min(coupon.amountMinor ?? 0, base);
    const parts = allocateProportionally(amount, weights);
    parts.forEach((part, i) => {
      remaining[i] = (remaining[i] ?? 0) - part;
      discounts[i] = (discounts[i] ?? 0) + part;
    });
    applied.push({
      code: coupon.code,
      discountMinor: amount,
      applied: true,
      freeShipping: coupon.discountType === 'FREE_SHIPPING',
    });
  }
  return { discounts, applied };
}

const same = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? '').trim().toUpperCase() === (b ?? '').trim().toUpperCase();
const postal = (p: string | null | undefined) => (p ?? '').replace(/\s+/g, '').toUpperCase();

/** Rates whose location matches the address (country, then region and postal prefix when set). */
export function ratesForAddress(rates: readonly TaxRateRule[], address: TaxAddress): TaxRateRule[] {
  return rates
    .filter(
      (r) =>
        same(r.country, address.country) &&
        (!r.region || same(r.region, address.region)) &&
        (!r.postalPrefix || postal(address.postalCode).startsWith(postal(r.postalPrefix))),
    )
    .sort((a, b) => a.priority - b.priority);
}

/** Rates for a tax category: the category's own rates when it has any, else the general ones. */
export function ratesForCategory(located: readonly TaxRateRule[], category: string | null): TaxRateRule[] {
  const own = category ? located.filter((r) => r.taxCategory === category) : [];
  return own.length > 0 ? own : located.filter((r) => !r.taxCategory);
}

/**
 * Tax on an amount. Exclusive: rates apply to the amount, compound rates to the amount plus the
 * taxes before them. Inclusive: the amount already holds the tax, which is extracted.
 */
export function taxOn(amount: number, rates: readonly TaxRateRule[], inclusive: boolean): number {
  if (amount <= 0 || rates.length === 0) return 0;
  const simple = rates.filter((r) => !r.compound);
  const compound = rates.filter((r) => r.compound);
  if (!inclusive) {
    const simpleTax = sum(simple.map((r) => applyPpm(amount, percentPpm(r.rate))));
    let base = amount + simpleTax;
    let tax = simpleTax;
    for (const r of compound) {
      const t = applyPpm(base, percentPpm(r.rate));
      tax += t;
      base += t;
    }
    return tax;
  }
  let numerator = BigInt(amount) * PPM;
  let denominator = PPM + simple.reduce((a, r) => a + percentPpm(r.rate), 0n);
  for (const r of compound) {
    numerator *= PPM;
    denominator *= PPM + percentPpm(r.rate);
  }
  return amount - Number(divHalfUp(numerator, denominator));
}

/** What one shipping method costs for a cart, or null when it does not apply (zone, no band). */
export function shippingCost(
  rule: ShippingRule,
  cart: { goodsMinor: number; weightGrams: number; items: number; address: TaxAddress | null },
): number | null {
  const { address } = cart;
  if (address && rule.countries.length > 0 && !rule.countries.some((c) => same(c, address.country)))
    return null;
  if (address && rule.regions.length > 0 && !rule.regions.some((r) => same(r, address.region))) return null;
  let price: number | null = rule.priceMinor;
  if (rule.rateCalculationType === 'ITEM') price = rule.priceMinor * cart.items;
  if (rule.rateCalculationType === 'WEIGHT') {
    const bands = [...rule.bands].sort((a, b) => (a.upToGrams ?? Infinity) - (b.upToGrams ?? Infinity));
    price = bands.find((b) => b.upToGrams === null || cart.weightGrams <= b.upToGrams)?.priceMinor ?? null;
  }
  if (rule.rateCalculationType === 'CUSTOM') {
    const within = (v: number, min?: number | null, max?: number | null) =>
      (min == null || v >= min) && (max == null || v <= max);
    const match = rule.rules.find(
      (r) =>
        within(cart.goodsMinor, r.minSubtotalMinor, r.maxSubtotalMinor) &&
        within(cart.weightGrams, r.minWeightGrams, r.maxWeightGrams) &&
        within(cart.items, r.minItems, r.maxItems),
    );
    price = match ? match.priceMinor : null;
  }
  if (price === null) return null;
  if (rule.freeAboveMinor !== null && cart.goodsMinor >= rule.freeAboveMinor) return 0;
  return price;
}

/**
 * Prices a cart: line subtotals, coupon discounts (on the eligible lines), shipping, and tax on
 * the amounts after discounts; every amount in minor units, rounded half-up.
 */
export function priceCart(input: PricingInput): PricingResult {
  const subtotals = input.lines.map((l) => l.unitPriceMinor * l.quantity);
  const subtotalMinor = sum(subtotals);
  const { discounts, applied } = applyCoupons(input, subtotals);
  const discountMinor = sum(discounts);
  const goodsMinor = subtotalMinor - discountMinor;
  const freeShipping = applied.some((c) => c.freeShipping);

  let shippingMinor = 0;
  let shippingAvailable = true;
  if (input.shipping) {
    const cost = shippingCost(input.shipping, {
      goodsMinor,
      weightGrams: sum(input.lines.map((l) => l.weightGrams * l.quantity)),
      items: sum(input.lines.map((l) => l.quantity)),
      address: input.address,
    });
    shippingAvailable = cost !== null;
    shippingMinor = freeShipping ? 0 : (cost ?? 0);
  }

  const located = input.address ? ratesForAddress(input.taxRates, input.address) : [];
  const inclusive = input.pricesIncludeTax;
  const lines = input.lines.map((line, i) => {
    const subtotal = subtotals[i] ?? 0;
    const discount = discounts[i] ?? 0;
    const tax = taxOn(subtotal - discount, ratesForCategory(located, line.taxCategory), inclusive);
    return {
      id: line.id,
      subtotalMinor: subtotal,
      discountMinor: discount,
      taxMinor: tax,
      totalMinor: subtotal - discount + (inclusive ? 0 : tax),
    };
  });
  const shippingRates = input.shipping?.taxable
    ? located.filter((r) => r.appliesToShipping && !r.taxCategory)
    : [];
  const shippingTaxMinor = taxOn(shippingMinor, shippingRates, inclusive);
  const taxMinor = sum(lines.map((l) => l.taxMinor)) + shippingTaxMinor;
  const totalMinor = goodsMinor + shippingMinor + (inclusive ? 0 : taxMinor);
  return {
    lines,
    subtotalMinor,
    discountMinor,
    shippingMinor,
    shippingTaxMinor,
    taxMinor,
    totalMinor,
    coupons: applied,
    shippingAvailable,
  };
}
