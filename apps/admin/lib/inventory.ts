'use client';
// Stock per variant and location, the ledger, low-stock alerts and reconciliation, over the SDK.
// The API lists stock per product (`/products/:id/stock`), so a page of products is loaded and each
// product's per-location rows are fetched beside it; the rows below are variant × location.
import { keepPreviousData, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InventoryLocation, InventoryProduct, ProductVariant, Stock } from '@ventory/sdk';
import { useEffect, useMemo } from 'react';
import { useSession } from './session';

export type StockRow = Stock & {
  key: string;
  product: InventoryProduct;
  variant: ProductVariant;
  location: InventoryLocation | undefined;
  locationId: string;
  threshold: number | null;
  /** The variant's availability over every location is at or below its threshold. */
  low: boolean;
};

/** How often stock figures are re-read when no live update has arrived (the stream is primary). */
export const STOCK_POLL_MS = 15_000;

export const thresholdOf = (p: InventoryProduct, v: ProductVariant) =>
  v.lowStockThreshold ?? p.lowStockThreshold ?? null;

export const isLow = (p: InventoryProduct, v: ProductVariant) => {
  const t = thresholdOf(p, v);
  return t !== null && v.stock.available <= t;
};

export function useLocations() {
  const { client } = useSession();
  return useQuery({
    queryKey: ['locations'],
    queryFn: () => client.inventory.locations.list(),
    staleTime: 60_000,
  });
}

/** One page of physical products and, per product, its stock at each location. */
export function useStockPage(query: string) {
  const { client } = useSession();
  const products = useQuery({
    queryKey: ['inventory', 'products', query],
    queryFn: () => client.inventory.products.list(`?${query}`),
    placeholderData: keepPreviousData,
    refetchInterval: STOCK_POLL_MS,
  });
  const ids = products.data?.data.map((p) => p.id) ?? [];
  const levels = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['inventory', 'stock', id],
      queryFn: () => client.inventory.stockByLocation(id),
      refetchInterval: STOCK_POLL_MS,
    })),
  });
  const pending = products.isPending || levels.some((l) => l.isPending);
  const error = products.error ?? levels.find((l) => l.error)?.error ?? null;
  const byProduct = new Map(ids.map((id, i) => [id, levels[i]?.data?.data ?? []]));
  return { products, byProduct, pending, error };
}

/** Flattens products and their per-location levels into rows, then applies the screen's filters. */
export function stockRows(
  products: InventoryProduct[],
  byProduct: Map<string, Array<Stock & { variantId: string; locationId: string }>>,
  locations: InventoryLocation[],
  filter: { location?: string; lowOnly?: boolean; sku?: string },
): StockRow[] {
  const rows: StockRow[] = [];
  const sku = filter.sku?.trim().toLowerCase() ?? '';
  for (const product of products) {
    for (const variant of product.variants) {
      if (filter.lowOnly && !isLow(product, variant)) continue;
      if (sku && ![variant.sku, product.sku, product.name].some((s) => s.toLowerCase().includes(sku)))
        continue;
      let levels = (byProduct.get(product.id) ?? []).filter((l) => l.variantId === variant.id);
      if (filter.location) levels = levels.filter((l) => l.locationId === filter.location);
      // A variant with no stock row (there) yet still gets one, at zero, so stock can be received.
      const home = filter.location || locations.find((l) => l.isDefault)?.id || locations[0]?.id;
      if (levels.length === 0 && home)
        levels = [
          { variantId: variant.id, locationId: home, onHand: 0, reserved: 0, allocated: 0, available: 0 },
        ];
      const order = (id: string) => locations.findIndex((l) => l.id === id);
      levels = [...levels].sort((a, b) => order(a.locationId) - order(b.locationId));
      for (const level of levels) {
        rows.push({
          ...level,
          key: `${variant.id}:${level.locationId}`,
          product,
          variant,
          location: locations.find((l) => l.id === level.locationId),
          threshold: thresholdOf(product, variant),
          low: isLow(product, variant),
        });
      }
    }
  }
  return rows;
}

/**
 * Live figures: the API's availability stream (Server-Sent Events, the storefront's stream, through
 * the same-origin proxy) for the products on screen. When a product's availability differs from what
 * is shown, its rows are read again. Without a store (the stream is per store domain) the poll stays.
 */
export function useLiveStock(domain: string | undefined, products: InventoryProduct[]) {
  const queries = useQueryClient();
  const ids = products.map((p) => p.id).join(',');
  const shown = useMemo(
    () => new Map(products.map((p) => [p.id, Math.max(0, p.stock.available)])),
    [products],
  );
  useEffect(() => {
    if (!domain || !ids || typeof EventSource === 'undefined') return;
    const source = new EventSource(
      `/api/storefront/${encodeURIComponent(domain)}/stock/stream?products=${ids}`,
    );
    source.addEventListener('stock', (e) => {
      const m = JSON.parse((e as MessageEvent<string>).data) as { productId: string; available: number };
      if (shown.get(m.productId) === m.available) return;
      void queries.invalidateQueries({ queryKey: ['inventory'] });
    });
    return () => source.close();
  }, [domain, ids, shown, queries]);
}

/** After a stock change: every stock figure, ledger and alert list is read again. */
export function useStockRefresh() {
  const queries = useQueryClient();
  return () =>
    Promise.all([
      queries.invalidateQueries({ queryKey: ['inventory'] }),
      queries.invalidateQueries({ queryKey: ['products'] }),
      queries.invalidateQueries({ queryKey: ['product'] }),
    ]);
}
