import {
  type Collection as ApiCollection,
  ApiError,
  type ImageRef,
  type PageMoved,
  type ProductQuery,
  type ShopFacets,
  type ShopListing,
  type ShopListingDetail,
  type ShopPage,
  type ShopPageSummary,
  type StorefrontCategory,
  type StorefrontCategoryNode,
  type StorefrontMenus,
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
/** A category of the tree (lists); `CategoryPage` is one category with its breadcrumbs. */
export type Category = StorefrontCategoryNode;
export type CategoryPage = StorefrontCategory;
export type Menus = StorefrontMenus;
export type MenuItem = StorefrontMenus['header']['items'][number];
export type Page = ShopPage;
export type PageSummary = ShopPageSummary;
export type ListingPage = {
  items: Listing[];
  total: number;
  limit: number;
  offset: number;
  facets?: ShopFacets;
};
export type Review = StorefrontReview;
export type Collection = Pick<ApiCollection, 'id' | 'title' | 'slug' | 'description' | 'isFeatured'>;
export type ReviewPage = {
  items: Array<Review & { helpfulCount: number }>;
  total: number;
  average: number;
  count: number;
};

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

function toRating(r: number | string | null | undefined): number | null {
  const n = typeof r === 'string' ? Number.parseFloat(r) : r;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : null;
}

export function reshapeListing<T extends ShopListing>(l: T) {
  return { ...l, images: toImages(l.images, l.title), rating: toRating(l.rating) };
}

/** A missing endpoint or resource (404) reads as "nothing" so pages degrade instead of failing. */
async function orNull<T>(p: Promise<T>): Promise<T | null> {
  try {
    return await p;
  } catch (error) {
    // 400: a slug or id the API refuses to look up (too long, malformed) is not found either.
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return null;
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
  return res ? res.data.map(reshapeListing) : [];
}

export const REVIEWS_PER_PAGE = 10;

/** One page of a product's approved reviews, with the rating summary (average and count). */
export async function reviewPage(store: Store, slug: string, page = 1): Promise<ReviewPage> {
  const offset = (page - 1) * REVIEWS_PER_PAGE;
  const res = await orNull(
    client([tags.store(store.id), tags.product(store.id, slug)], 60).shop.reviews(
      store.domain,
      slug,
      `?limit=${REVIEWS_PER_PAGE}&offset=${offset}`,
    ),
  );
  if (!res) return { items: [], total: 0, average: 0, count: 0 };
  return {
    items: res.data.map((r) => ({ ...r, helpfulCount: r.helpfulCount ?? 0 })),
    total: res.total,
    average: Number(res.rating.average) || 0,
    count: res.rating.count,
  };
}

/** Counts a "helpful" vote (once per voter); not cached, the answer carries the new count. */
export async function markHelpful(
  store: Store,
  reviewId: string,
  voter: { token?: string; session: string },
) {
  const api = voter.token ? client(null).as(voter.token) : client(null);
  return api.shop.reviewHelpful(store.domain, reviewId, voter.token ? undefined : voter.session);
}

const toCollection = (c: ApiCollection): Collection => ({
  id: c.id,
  title: c.title,
  slug: c.slug,
  description: c.description,
  isFeatured: c.isFeatured,
});

/** The store's visible collections, featured first (the API's order). */
export const listCollections = cache(async (store: Store): Promise<Collection[]> => {
  const res = await orNull(
    client([tags.store(store.id), tags.collections(store.id)]).shop.collections(store.domain),
  );
  return res ? res.data.map(toCollection) : [];
});

/** A visible collection; its products are `listProducts(store, { collection: slug })`. */
export const getCollection = cache(async (store: Store, slug: string): Promise<Collection | null> => {
  const res = await orNull(
    client([tags.store(store.id), tags.collections(store.id)]).shop.collection(store.domain, slug),
  );
  return res ? toCollection(res) : null;
});

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
  return res?.data ?? [];
});

export const getCategory = cache(async (store: Store, slug: string): Promise<CategoryPage | null> => {
  return orNull(
    client([tags.store(store.id), tags.categories(store.id)]).storefront.category(store.domain, slug),
  );
});

const NO_MENUS: Menus = { header: { items: [] }, footer: { items: [] } };

/** The merchant's header and footer menus (empty lists: the default links). */
export const listMenus = cache(async (store: Store): Promise<Menus> => {
  const res = await orNull(client([tags.store(store.id)]).storefront.menus(store.domain));
  return res ?? NO_MENUS;
});

/** A CMS page; `{ redirectTo }` (its current slug) when `slug` is one it had before. */
export const getPage = cache(async (store: Store, slug: string): Promise<Page | PageMoved | null> => {
  return orNull(client([tags.store(store.id), tags.pages(store.id)]).storefront.page(store.domain, slug));
});

export const listPages = cache(async (store: Store): Promise<PageSummary[]> => {
  const res = await orNull(
    client([tags.store(store.id), tags.pages(store.id)]).storefront.pages(store.domain),
  );
  return res?.data ?? [];
});

export async function listBlog(store: Store, offset = 0): Promise<{ posts: PageSummary[]; total: number }> {
  const res = await orNull(
    client([tags.store(store.id), tags.pages(store.id)]).storefront.blog(store.domain, { limit: 12, offset }),
  );
  return { posts: res?.data ?? [], total: res?.total ?? 0 };
}

/** A blog post; `{ redirectTo }` (its current slug) when `slug` is one it had before. */
export const getBlogPost = cache(async (store: Store, slug: string): Promise<Page | PageMoved | null> => {
  return orNull(client([tags.store(store.id), tags.pages(store.id)]).storefront.blogPost(store.domain, slug));
});

/**
 * A page or post in any state (draft, scheduled) for the admin's signed preview token; null when
 * the token is invalid, expired or for another page. Never cached: it is one merchant's view.
 */
export const getPagePreview = cache(
  async (store: Store, kind: 'pages' | 'blog', slug: string, token: string): Promise<Page | null> => {
    try {
      return await client(null).storefront.pagePreview(store.domain, kind, slug, token);
    } catch (error) {
      if (error instanceof ApiError && error.status < 500) return null;
      throw error;
    }
  },
);

/** A page read that found the page moved (its slug changed): where it lives now. */
export const movedTo = (page: Page | PageMoved | null): string | null =>
  page && 'redirectTo' in page ? page.redirectTo : null;
