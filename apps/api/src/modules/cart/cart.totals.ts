import { sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { readTogether, type TogetherRead } from '../../platform/db/read-together.ts';
import type { CatalogPricedLine, CatalogService, PricingLine, PricingRead } from '../catalog/index.ts';
import type { Address } from '../orders/index.ts';
import {
  COUPON_JSON,
  type CouponRow,
  couponProblem,
  couponService,
  type PricingResult,
  priceCart,
  primeStoreContext,
  type ShippingMethodRow,
  type StoreContext,
  shippingMethodService,
  storeContext,
  storeContextQuery,
  type TaxRateRow,
  taxRateService,
  toCouponRule,
  toShippingRule,
  toTaxRule,
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

type TotalsCart = {
  storeId: string;
  couponCodes: string[];
  shippingMethodId: string | null;
  shippingAddress: Address | null;
};

/** What a cart's totals are computed from: the store's configuration that applies to the cart. */
export type TotalsInputs = {
  ctx: StoreContext;
  couponRows: CouponRow[];
  automatic: CouponRow[];
  shipping: ShippingMethodRow | undefined;
  taxRules: ReturnType<typeof toTaxRule>[];
};

/**
 * The totals' inputs in ONE statement (store, coupons entered, automatic promotions, shipping
 * method, tax rates), plus the caller's own reads (`also`, e.g. checkout's payment methods). It
 * also primes the transaction's store context, so the catalog's pricing does not read it again.
 */
export async function readTotalsInputs<K extends string = never>(
  tx: TenantTx,
  cart: TotalsCart,
  also: Record<K, TogetherRead> = {} as Record<K, TogetherRead>,
): Promise<{ inputs: TotalsInputs; also: Record<K, Record<string, unknown>[]> }> {
  const country = cart.shippingAddress?.country;
  // A read that does not apply still takes its place, as one that finds nothing.
  const no = sql<boolean>`false`;
  const NIL = '00000000-0000-0000-0000-000000000000';
  const rows = await readTogether(tx, {
    ...also,
    store: { query: storeContextQuery(tx, cart.storeId) },
    automatic: { query: couponService.automaticQuery(tx, cart.storeId), ...COUPON_JSON },
    entered: {
      query:
        cart.couponCodes.length > 0
          ? couponService.byCodesQuery(tx, cart.storeId, cart.couponCodes)
          : couponService.byCodesQuery(tx, cart.storeId, ['']).where(no),
      ...COUPON_JSON,
    },
    shipping: {
      query: cart.shippingMethodId
        ? shippingMethodService.findQuery(tx, cart.storeId, cart.shippingMethodId)
        : shippingMethodService.findQuery(tx, cart.storeId, NIL).where(no),
      dates: ['createdAt', 'updatedAt'],
    },
    taxes: {
      query: taxRateService
        .ratesQuery(tx, cart.storeId, country ?? '')
        .where(country ? sql<boolean>`true` : no),
      dates: ['createdAt', 'updatedAt'],
      numerics: ['rate'],
    },
  } as Record<K | 'store' | 'automatic' | 'entered' | 'shipping' | 'taxes', TogetherRead>);
  const store = rows.store[0] as Parameters<typeof primeStoreContext>[2];
  primeStoreContext(tx, cart.storeId, store);
  const inputs: TotalsInputs = {
    ctx: await storeContext(tx, cart.storeId),
    couponRows: rows.entered as unknown as CouponRow[],
    automatic: rows.automatic as unknown as CouponRow[],
    shipping: rows.shipping[0] as unknown as ShippingMethodRow | undefined,
    taxRules: (rows.taxes as unknown as TaxRateRow[]).map(toTaxRule),
  };
  return { inputs, also: rows };
}

/** What carts and checkout price with: `priceLines`, or its two halves to send its reads along. */
export type CartCatalog = Pick<CatalogService, 'priceLines'> &
  Partial<Pick<CatalogService, 'pricingReads' | 'priceFromRead'>>;

/**
 * A cart change's reads in ONE statement: the totals' inputs and (when the catalog offers them)
 * the lines' pricing reads; then the lines priced, and `also` as the caller asked.
 */
export async function readChange<K extends string = never>(
  tx: TenantTx,
  catalog: CartCatalog,
  cart: TotalsCart,
  lines: PricingLine[],
  also: Record<K, TogetherRead> = {} as Record<K, TogetherRead>,
): Promise<{
  inputs: TotalsInputs;
  priced: CatalogPricedLine[];
  also: Record<K, Record<string, unknown>[]>;
}> {
  const pricing = lines.length > 0 ? (catalog.pricingReads?.(tx, cart.storeId, lines) ?? null) : null;
  const read = await readTotalsInputs<K | PricingRead>(tx, cart, {
    ...also,
    ...(pricing ?? {}),
  } as Record<K | PricingRead, TogetherRead>);
  const priced =
    lines.length === 0
      ? []
      : pricing && catalog.priceFromRead
        ? await catalog.priceFromRead(tx, cart.storeId, lines, read.also)
        : await catalog.priceLines(tx, cart.storeId, lines);
  return { inputs: read.inputs, priced, also: read.also };
}

/**
 * Totals of a cart, computed by the pricing engine from the store's current configuration:
 * usable coupons, the chosen shipping method (when set and some line is not DIGITAL), tax rates
 * for the shipping address (when set). Called on every cart change and again at checkout.
 */
export async function computeTotals(
  tx: TenantTx,
  cart: TotalsCart,
  lines: PricedCartLine[],
  known?: TotalsInputs,
): Promise<CartPricing> {
  const { ctx, couponRows, automatic, taxRules, ...read } =
    known ?? (await readTotalsInputs(tx, cart)).inputs;
  // A cart of DIGITAL lines only ships nothing, whatever method it names.
  const shipping = needsShipping(lines) ? read.shipping : undefined;
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
