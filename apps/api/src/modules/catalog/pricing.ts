import { type RawBuilder, sql } from 'kysely';
import { toMinor } from '../../platform/money.ts';

/** The pricing fields of a listing that decide what a shopper pays. */
export type PricingTerms = {
  priceMarkup: string;
  priceOverrideMinor: number | null;
  salePriceMinor: number | null;
  saleStartsAt: Date | null;
  saleEndsAt: Date | null;
};

/** Regular price: `priceOverride`, else the inventory price × (1 + priceMarkup/100), half-up. */
export function regularPriceMinor(terms: PricingTerms, inventoryPrice: string, currency: string): number {
  if (terms.priceOverrideMinor !== null) return terms.priceOverrideMinor;
  // base × (100 + markup) / 100 in exact integers (markup has at most 4 decimals), half-up: the
  // same figure the database computes for `price_minor`, which sorting and filtering use.
  const base = BigInt(toMinor(inventoryPrice, currency));
  const factor = BigInt(Math.round((100 + Number(terms.priceMarkup)) * 10_000));
  return Number((base * factor + 500_000n) / 1_000_000n);
}

/** Whether a scheduled sale price applies at `now` (start inclusive, end exclusive). */
export function saleActive(terms: PricingTerms, now: Date): boolean {
  if (terms.salePriceMinor === null) return false;
  if (terms.saleStartsAt && terms.saleStartsAt > now) return false;
  if (terms.saleEndsAt && terms.saleEndsAt <= now) return false;
  return true;
}

/** What a shopper pays now and, during a sale, the regular price to show struck through. */
export function effectivePrice(
  terms: PricingTerms,
  inventoryPrice: string,
  currency: string,
  now = new Date(),
) {
  const regular = regularPriceMinor(terms, inventoryPrice, currency);
  if (saleActive(terms, now) && terms.salePriceMinor !== null && terms.salePriceMinor < regular)
    return { priceMinor: terms.salePriceMinor, compareAtMinor: regular };
  return { priceMinor: regular, compareAtMinor: null };
}

/** `regularPriceMinor` in SQL, for the listing row `l` and a base price in the store's minor units. */
export const regularPriceSql = (base: RawBuilder<unknown>) =>
  sql<number>`coalesce(l.price_override_minor,
    div((${base})::numeric * round((100 + l.price_markup) * 10000) + 500000, 1000000))`;

/** `effectivePrice`'s sale in SQL: the listing row `l`'s sale price applies now and is below `regular`. */
export const onSaleSql = (regular: RawBuilder<number>) =>
  sql<boolean>`(l.sale_price_minor is not null and (l.sale_starts_at is null or l.sale_starts_at <= now())
    and (l.sale_ends_at is null or l.sale_ends_at > now()) and l.sale_price_minor < ${regular})`;
