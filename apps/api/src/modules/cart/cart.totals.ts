import type { TenantTx } from '../../platform/db/pool.ts';
import type { CatalogPricedLine } from '../catalog/index.ts';
import type { Address } from '../orders/index.ts';
import {
  type CouponRow,
  couponProblem,
  couponService,
  type PricingResult,
  priceCart,
  type ShippingMethodRow,
  shippingMethodService,
  storeContext,
  taxRateService,
  toCouponRule,
  toShippingRule,
} from '../pricing/index.ts';

/** A cart line with its current catalog price. */
export type PricedCartLine = CatalogPricedLine & { id: string; quantity: number };

/** Whether the lines need shipping: any line not DIGITAL (downloads and gift cards ship nothing). */
export const needsShipping = (lines: Array<Pick<CatalogPricedLine, 'productType'>>) =>
  lines.some((l) => l.productType !== 'DIGITAL');

export type CartPricing = PricingResult & {
  currency: string;
  coupons: PricingResult['coupons'];
  couponRows: CouponRow[];
  shippingMethod: ShippingMethodRow | null;
};

/**
 * Totals of a cart, computed by the pricing engine from the store's current configuration:
 * usable coupons, the chosen shipping method (when set and some line is not DIGITAL), tax rates
 * for the shipping address (when set). Called on every cart change and again at checkout.
 */
export async function computeTotals(
  tx: TenantTx,
  cart: {
    storeId: string;
    couponCodes: string[];
    shippingMethodId: string | null;
    shippingAddress: Address | null;
  },
  lines: PricedCartLine[],
): Promise<CartPricing> {
  const [ctx, couponRows, automatic, shipping, taxRules] = await Promise.all([
    storeContext(tx, cart.storeId),
    couponService.byCodes(tx, cart.storeId, cart.couponCodes),
    couponService.automatic(tx, cart.storeId),
    cart.shippingMethodId && needsShipping(lines)
      ? shippingMethodService.find(tx, cart.storeId, cart.shippingMethodId)
      : Promise.resolve(undefined),
    taxRateService.rulesFor(tx, cart.storeId, cart.shippingAddress?.country),
  ]);
  const entered = cart.couponCodes.flatMap((code) => {
    const row = couponRows.find((c) => c.code === code);
    return row && couponProblem(row) === null ? [row] : [];
  });
  // Automatic promotions follow the entered codes, each at most once.
  const promotions = automatic.filter(
    (c) => couponProblem(c) === null && !entered.some((e) => e.id === c.id),
  );
  const usable = [...entered, ...promotions];
  const shippingMethod = shipping?.isActive ? shipping : null;
  const result = priceCart({
    pricesIncludeTax: ctx.pricesIncludeTax,
    lines: lines.map((l) => ({
      id: l.id,
      productId: l.productId,
      categoryIds: l.categoryIds,
      taxCategory: l.taxCategory,
      unitPriceMinor: l.unitPriceMinor,
      quantity: l.quantity,
      weightGrams: l.productType === 'DIGITAL' ? 0 : (l.weightGrams ?? 0),
    })),
    coupons: usable.map((c) => toCouponRule(c, ctx.currency)),
    shipping: shippingMethod ? toShippingRule(shippingMethod, ctx.currency) : null,
    address: cart.shippingAddress,
    taxRates: taxRules,
  });
  return { ...result, currency: ctx.currency, couponRows: usable, shippingMethod };
}
