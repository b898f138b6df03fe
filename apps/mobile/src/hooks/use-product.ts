import type { ShopListingDetail, StorefrontVariant } from '@ventory/sdk';
import { useEffect, useMemo, useState } from 'react';
import { config } from '../config.ts';
import { api } from '../state/api.ts';
import { type AddResult, addToCart } from '../state/cart-actions.ts';
import { useAppDispatch, useAppSelector } from '../state/hooks.ts';
import { type SavedListing, viewed, wishlistToggled } from '../state/slices.ts';

/** Live stock from the API's stream (SSE) where the platform has EventSource; polling otherwise. */
function useLiveAvailability(product: ShopListingDetail | undefined, domain: string) {
  const [live, setLive] = useState<Record<string, number>>({});
  const id = product?.id;
  useEffect(() => {
    if (!id || typeof EventSource === 'undefined') return;
    const url = `${config.apiUrl}/api/storefront/${encodeURIComponent(domain)}/stock/stream?listings=${id}`;
    const source = new EventSource(url);
    source.addEventListener('stock', (e) => {
      try {
        const m = JSON.parse((e as MessageEvent<string>).data) as {
          listingId?: string;
          variantId?: string;
          available: number;
        };
        if (m.listingId === id) setLive((prev) => ({ ...prev, [m.variantId ?? 'listing']: m.available }));
      } catch {}
    });
    return () => source.close();
  }, [id, domain]);
  return live;
}

const saved = (p: ShopListingDetail): SavedListing => ({
  listingId: p.id,
  slug: p.slug,
  title: p.title,
  price: p.price,
  compareAtPrice: p.compareAtPrice ?? null,
  image: p.images[0] ?? null,
  available: p.available,
});

/** Everything the product screen shows and does: variant choice, live stock, add, wish list. */
export function useProduct(slug: string) {
  const dispatch = useAppDispatch();
  const domain = useAppSelector((s) => s.session.storeDomain);
  const polling = typeof EventSource === 'undefined' ? 30_000 : 0;
  const product = api.useProductQuery(slug, { pollingInterval: polling });
  const reviews = api.useReviewsQuery(slug);
  const recommendations = api.useRecommendationsQuery(slug);
  const live = useLiveAvailability(product.data, domain);
  const wished = useAppSelector((s) => s.wishlist.items.some((w) => w.listingId === product.data?.id));
  const [variantId, setVariantId] = useState<string | null>(null);
  const [quantity, setQuantity] = useState(1);
  const [result, setResult] = useState<AddResult | null>(null);
  const [adding, setAdding] = useState(false);
  const p = product.data;
  useEffect(() => {
    if (p) dispatch(viewed(saved(p)));
  }, [p, dispatch]);
  const variants = p?.variants ?? [];
  const variant: StorefrontVariant | undefined = useMemo(
    () => variants.find((v) => v.id === variantId) ?? (variants.length === 1 ? variants[0] : undefined),
    [variants, variantId],
  );
  const needsChoice = variants.length > 1 && !variant;
  const available = variant ? (live[variant.id] ?? variant.available) : (live.listing ?? p?.available ?? 0);
  return {
    product,
    reviews,
    recommendations: recommendations.data ?? [],
    variants,
    variant,
    chooseVariant: (id: string) => {
      setVariantId(id);
      setQuantity(1);
      setResult(null);
    },
    needsChoice,
    available,
    price: variant?.price ?? p?.price ?? '0',
    quantity,
    setQuantity,
    wished,
    toggleWish: () => p && dispatch(wishlistToggled(saved(p))),
    adding,
    result,
    add: async () => {
      if (!p || needsChoice) return;
      setAdding(true);
      const title = variant && variants.length > 1 ? `${p.title} (${variant.name})` : p.title;
      const action = await dispatch(
        addToCart({
          listingId: p.id,
          variantId: variant?.id,
          quantity,
          title,
          unitPrice: variant?.price ?? p.price,
        }),
      );
      setResult(action.payload as AddResult);
      setAdding(false);
    },
  };
}
