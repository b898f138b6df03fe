/** Money as the Expo app shows it (the shared logic of @ventory/shop-core). */
export { money } from '@ventory/shop-core';

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
