/** Money from the API is a decimal string in the store currency; display it in that currency. */
export function money(amount: string | number | null | undefined, currency: string): string {
  const n = typeof amount === 'string' ? Number.parseFloat(amount) : (amount ?? 0);
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(Number.isFinite(n) ? n : 0);
  } catch {
    return `${n.toFixed(2)} ${currency}`;
  }
}

export function stars(rating: number | null): string {
  if (!rating) return '';
  const full = Math.round(rating);
  return '★'.repeat(full) + '☆'.repeat(Math.max(0, 5 - full));
}

/** JSON for a <script type="application/ld+json">: `<` escaped so content cannot close the tag. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028|\u2029/g, '');
}
