// What a search engine shows for a page: a title cut near 60 characters and a description near
// 160, each cut at a word and ended with an ellipsis, as Google does (it measures pixels; characters
// are the usual stand-in).
export const TITLE_LIMIT = 60;
export const DESCRIPTION_LIMIT = 160;

export function truncate(text: string, limit: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= limit) return clean;
  const cut = clean.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  // Cut at the last word break unless that throws away most of the line.
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** Minor units of a decimal amount ("12.5" → 1250). */
const minor = (amount: string) => Math.round(Number(amount) * 100);

export type PriceTerms = {
  inventoryPrice: string;
  priceMarkup: string;
  priceOverride: string;
  salePrice: string;
  saleStartsAt: string;
  saleEndsAt: string;
};

/**
 * What a shopper pays under the listing's terms, the API's rule (catalog/pricing.ts): the override,
 * else the inventory price plus the markup (half-up); a scheduled sale below that applies in its
 * window (start inclusive, end exclusive).
 */
export function effectivePrice(t: PriceTerms, now = new Date()) {
  const regular = t.priceOverride.trim()
    ? minor(t.priceOverride)
    : Math.round((minor(t.inventoryPrice) * (100 + Number(t.priceMarkup || 0))) / 100);
  const sale = t.salePrice.trim() ? minor(t.salePrice) : null;
  const started = !t.saleStartsAt || new Date(t.saleStartsAt) <= now;
  const notEnded = !t.saleEndsAt || new Date(t.saleEndsAt) > now;
  const onSale = sale !== null && started && notEnded && sale < regular;
  return {
    regular: regular / 100,
    pays: (onSale && sale !== null ? sale : regular) / 100,
    onSale,
    saleLater: sale !== null && sale < regular && !started,
  };
}
