import { fromMinor, toMinor } from '../../platform/money.ts';
import type { InventoryProduct } from './catalog.ports.ts';
import type { BulkListingAction, ListingInput } from './catalog.validators.ts';
import type { Listing } from './listings.repository.ts';
import { effectivePrice } from './pricing.ts';

/** `minor × (100 + percent) / 100`, half-up to the currency's minor unit (percent: ≤ 2 decimals). */
export function adjustMinor(minor: number, percent: number): number {
  const factor = BigInt(Math.round((100 + percent) * 100));
  return Number((BigInt(minor) * factor + 5_000n) / 10_000n);
}

/**
 * The markup that changes a marked-up price by `percent`: (100 + m') = (100 + m)(100 + p) / 100,
 * half-up to the column's 4 decimals. The listing keeps following its inventory price, and each
 * variant's price changes by the same percentage (an override would give every variant one price).
 */
export function adjustMarkup(markup: string, percent: number): string {
  const m = BigInt(Math.round((100 + Number(markup)) * 10_000));
  const p = BigInt(Math.round((100 + percent) * 100));
  const next = (m * p + 5_000n) / 10_000n - 1_000_000n;
  const sign = next < 0n ? '-' : '';
  const abs = next < 0n ? -next : next;
  return `${sign}${abs / 10_000n}.${String(abs % 10_000n).padStart(4, '0')}`;
}

const NO_SALE = { salePrice: null, saleStartsAt: null, saleEndsAt: null } as const;

/**
 * What a bulk action changes on one listing, as the input of a single listing update (so the same
 * validation applies). Prices change what the shopper pays now:
 * - during a running sale with `compareAt: 'keep'`, the sale price changes and the regular price
 *   stays struck through beside it;
 * - otherwise the regular price changes (an override is set or scaled; a marked-up price gets a new
 *   markup), and `compareAt: 'clear'` also ends any sale, running or scheduled.
 */
export function bulkInput(
  listing: Listing,
  product: InventoryProduct | undefined,
  action: BulkListingAction,
  currency: string,
  now = new Date(),
): ListingInput {
  switch (action.type) {
    case 'setVisibility':
      return { isVisible: action.isVisible };
    case 'addToCategory':
      return listing.categoryIds.includes(action.categoryId)
        ? {}
        : { categoryIds: [...listing.categoryIds, action.categoryId] };
    case 'removeFromCategory':
      return listing.categoryIds.includes(action.categoryId)
        ? { categoryIds: listing.categoryIds.filter((id) => id !== action.categoryId) }
        : {};
    case 'setPrice':
    case 'adjustPrice': {
      const base = product ? product.price : fromMinor(listing.basePriceMinor, currency);
      const onSale = effectivePrice(listing, base, currency, now).compareAtMinor !== null;
      const money = (minor: number) => fromMinor(minor, currency);
      if (onSale && action.compareAt === 'keep' && listing.salePriceMinor !== null)
        return {
          salePrice:
            action.type === 'setPrice'
              ? action.amount
              : money(adjustMinor(listing.salePriceMinor, action.percent)),
        };
      const sale = action.compareAt === 'clear' ? NO_SALE : {};
      if (action.type === 'setPrice')
        return { priceOverride: money(toMinor(action.amount, currency)), ...sale };
      if (listing.priceOverrideMinor !== null)
        return { priceOverride: money(adjustMinor(listing.priceOverrideMinor, action.percent)), ...sale };
      return { priceMarkup: adjustMarkup(listing.priceMarkup, action.percent), ...sale };
    }
  }
}
