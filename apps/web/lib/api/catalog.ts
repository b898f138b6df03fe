import {
  ApiError,
  type ImageRef,
  type List,
  type ProductQuery,
  type ShopFacets,
  type ShopListing,
  type ShopListingDetail,
  type ShopPage,
  type StorefrontCategory,
  type StorefrontReview,
} from '@ventory/sdk';
import { cache } from 'react';
import { apiUrl, client, tags } from './client';
import type { Store } from './store';

export type Image = { url: string; alt: string };
export type Listing = Omit<ShopListing, 'images' | 'rating'> & {
  images: Image[];
  rating: number | null;
};
export type ListingDetail = Omit<ShopListingDetail, 'images' | 'rating'> & {
  images: Image[];
  rating: number | null;
};
export type Category = StorefrontCategory;
export type Page = ShopPage;
export type ListingPage = {
  items: Listing[];
  total: number;
  limit: number;
  offset: number;
  facets?: ShopFacets;
};
export type Review = StorefrontReview;

const EMPTY: ListingPage = { items: [], total: 0, limit: 0, offset: 0 };

/**
 * Images the API serves itself (e.g. its placeholder drawings) are addressed on this host and
 * proxied by app/api/media, so they work whatever host the shopper uses; other images must be https.
 */
function localize(url: string): string {
  const api = new URL(apiUrl());
  return url.startsWith(`${api.origin}/api/media/`) ? url.slice(api.origin.length) : url;
}

function toImages(images: ImageRef[] | undefined, title: string): Image[] {
  return (images ?? [])
    .map((img) =>
      typeof img === 'string' ? { url: img, alt: title } : { url: img.url, alt: img.alt || title },
    )
    .map((img) => ({ ...img, url: localize(img.url) }))
    .filter((img) => /^(https:\/\/|\/)/.test(img.url));
}

/** SVGs are drawn at any size already; next/image passes them through instead of resizing. */
export const isSvg = (url: string) => /\.svg(\?|$)/i.test(url);

function toRating(r: number | string | null | undefined): number | null {
  const n = typeof r === 'string' ? Number.parseFloat(r) : r;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : null;
}

export function reshapeListing<T extends ShopListing>(l: T) {
  return { ...l, images: toImages(l.images, l.title), rating: toRating(l.rating) };
}

function items<T>(res: List<T> | T[]): T[] {
  return Array.isArray(res) ? res : res.data;
}

/** A missing endpoint or resource (404) reads as "nothing" so pages degrade instead of failing. */
async function orNull<T>(p: Promise<T>): Promise<T | null> {
  try {
    return await p;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export async function listProducts(store: Store, query: ProductQuery = {}): Promise<ListingPage> {
  const res = await orNull(
    client([tags.store(store.id), tags.products(store.id)]).storefront.products(store.domain, query),
  );
  if (!res) return EMPTY;
  return {
    items: res.data.map(reshapeListing),
    total: res.total,
    limit: res.limit,
    offset: res.offset,
    facets: res.facets,
  };
}

/** Search-as-you-type titles (not cached: every keystroke is a different query). */
export async function suggest(store: Store, q: string) {
  const res = await orNull(client(null).storefront.suggest(store.domain, q));
  return res?.suggestions.map((s) => ({ slug: s.slug, title: s.title })) ?? [];
}

export async function recommendations(store: Store, slug: string): Promise<Listing[]> {
  const res = await orNull(
    client([tags.store(store.id), tags.products(store.id)]).storefront.recommendations(store.domain, slug, 4),
  );
  return res ? items(res).map(reshapeListing) : [];
}

export async function reviews(store: Store, slug: string): Promise<Review[]> {
  const res = await orNull(
    client([tags.store(store.id), tags.product(store.id, slug)], 60).storefront.reviews.list(
      store.domain,
      slug,
    ),
  );
  return res?.data ?? [];
}

export const getProduct = cache(async (store: Store, slug: string): Promise<ListingDetail | null> => {
  const res = await orNull(
    client(
      [tags.store(store.id), tags.product(store.id, slug), tags.products(store.id)],
      60,
    ).storefront.product(store.domain, slug),
  );
  return res ? reshapeListing(res) : null;
});

export const listCategories = cache(async (store: Store): Promise<Category[]> => {
  const res = await orNull(
    client([tags.store(store.id), tags.categories(store.id)]).storefront.categories(store.domain),
  );
  return res ? items(res) : [];
});

export const getCategory = cache(async (store: Store, slug: string): Promise<Category | null> => {
  return orNull(
    client([tags.store(store.id), tags.categories(store.id)]).storefront.category(store.domain, slug),
  );
});

export const getPage = cache(async (store: Store, slug: string): Promise<Page | null> => {
  return orNull(client([tags.store(store.id), tags.pages(store.id)]).storefront.page(store.domain, slug));
});

export const listPages = cache(async (store: Store): Promise<Page[]> => {
  const res = await orNull(
    client([tags.store(store.id), tags.pages(store.id)]).storefront.pages(store.domain),
  );
  return res ? items(res) : [];
});

export async function listBlog(store: Store, offset = 0): Promise<{ posts: Page[]; total: number }> {
  const res = await orNull(
    client([tags.store(store.id), tags.pages(store.id)]).storefront.blog(store.domain, { limit: 12, offset }),
  );
  return { posts: res?.data ?? [], total: res?.total ?? 0 };
}

export const getBlogPost = cache(async (store: Store, slug: string): Promise<Page | null> => {
  return orNull(client([tags.store(store.id), tags.pages(store.id)]).storefront.blogPost(store.domain, slug));
});
