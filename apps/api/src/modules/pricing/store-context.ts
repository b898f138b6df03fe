export { primeStoreContext, type StoreContext, storeContext, storeContextQuery } from '../tenancy/index.ts';

/** numeric text ("8.8750") as the shortest decimal string ("8.875"). */
export function trimDecimal(value: string | number): string {
  const text = String(value);
  if (!text.includes('.')) return text;
  return text.replace(/0+$/, '').replace(/\.$/, '');
}

export const iso = (d: Date | null) => (d ? d.toISOString() : null);
