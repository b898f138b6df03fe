export type StockTone = 'ok' | 'low' | 'out';
export type StockState = { tone: StockTone; label: string };

/** Below this much stock is "low" (the web storefront uses the same threshold). */
export const LOW_STOCK = 5;

export function stockState(available: number): StockState {
  if (available <= 0) return { tone: 'out', label: 'Out of stock' };
  if (available < LOW_STOCK) return { tone: 'low', label: `Only ${available} left` };
  return { tone: 'ok', label: 'In stock' };
}

/** A rating from the API (number, decimal string or null) as a number from 0 to 5. */
export function ratingValue(rating: number | string | null | undefined): number {
  const n = typeof rating === 'string' ? Number.parseFloat(rating) : (rating ?? 0);
  return Number.isFinite(n) ? Math.min(5, Math.max(0, n)) : 0;
}
