'use client';
// Bundles (kits): a BUNDLE product sells whole kits of other products' variants; the API computes
// its stock from theirs (the fewest kits any component makes). These helpers hold the editor's lines.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { BundleItem, InventoryProduct } from '@ventory/sdk';
import { useSession } from './session';

/** One component line of the editor; `quantity` is the input's text until saved. */
export type KitLine = { variantId: string; sku: string; name: string; quantity: string; available: number };

/** Kits the lines make from their components' current availability (the API's rule, for a preview). */
export const kitsFrom = (lines: KitLine[]) => {
  const counts = lines.map((l) => {
    const q = Number(l.quantity);
    return Number.isInteger(q) && q > 0 ? Math.floor(Math.max(0, l.available) / q) : 0;
  });
  return counts.length ? Math.min(...counts) : 0;
};

/** The lines of a saved bundle, with each component's availability from the products read beside it. */
export const linesOf = (items: BundleItem[], components: InventoryProduct[]): KitLine[] =>
  items.map((i) => {
    const product = components.find((p) => p.variants.some((v) => v.id === i.variantId));
    const variant = product?.variants.find((v) => v.id === i.variantId);
    return {
      variantId: i.variantId,
      sku: i.sku,
      // As the picker names it: the product, and the variant when it has several.
      name:
        product && product.variants.length > 1 ? `${product.name} – ${i.name}` : (product?.name ?? i.name),
      quantity: String(i.quantity),
      available: variant?.stock.available ?? 0,
    };
  });

/** The errors left once the kit is edited: its own (`bundleItems…`) are stale. */
export const withoutKitErrors = (errors: Record<string, string>) =>
  Object.fromEntries(Object.entries(errors).filter(([path]) => !path.startsWith('bundleItems')));

/** As the API takes them: the quantity as typed (a bad one comes back as a field error beside it). */
export const itemsOf = (lines: KitLine[]) =>
  lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity.trim() === '' ? 0 : Number(l.quantity) }));

/** Products that can be components (not bundles) matching a name or SKU, for the picker. */
export function useComponentSearch(text: string) {
  const { client } = useSession();
  const q = new URLSearchParams({ limit: '10', sort: 'name', ...(text.trim() ? { q: text.trim() } : {}) });
  return useQuery({
    queryKey: ['products', 'components', q.toString()],
    queryFn: async () =>
      (await client.inventory.products.list(`?${q}`)).data.filter((p) => p.type !== 'BUNDLE'),
    placeholderData: keepPreviousData,
  });
}

/** The component products of a saved bundle (for their live availability). */
export function useComponents(items: BundleItem[], refetchInterval: number | false) {
  const { client } = useSession();
  const ids = [...new Set(items.map((i) => i.productId))].sort();
  return useQuery({
    queryKey: ['products', 'kit-components', ids.join(',')],
    queryFn: () => Promise.all(ids.map((id) => client.inventory.products.get(id))),
    enabled: ids.length > 0,
    refetchInterval,
  });
}
