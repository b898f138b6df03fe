import type { Call } from './call.ts';
import type { BulkEditListingsInput, BulkEditListingsResult, PageMoved } from './contract.ts';
import type { List } from './types.ts';

/** Catalog shapes (shared/API-CONTRACT.md "Storefront", the seed's ProductListing, Category, StorePage, ProductReview). */
export type ListingVariant = {
  id: string;
  sku: string;
  name: string;
  options: Record<string, string>;
  isDefault: boolean;
  price: string;
  compareAtPrice: string | null;
  available: number;
  weight: number | null;
};
export type StorefrontListing = {
  id: string;
  slug: string;
  title: string;
  description: string | null;
  price: string;
  compareAtPrice: string | null;
  onSale: boolean;
  currency: string;
  available: number;
  inStock: boolean;
  sku: string | null;
  variants: ListingVariant[];
  images: string[];
  rating: number;
  ratingCount: number;
  isPromoted: boolean;
  productType: string;
  isDigital: boolean;
  /** A gift card sold as a product: the shopper receives its code by email once the order is paid. */
  isGiftCard: boolean;
  categoryIds: string[];
  tags: string[];
  attributes: Record<string, unknown>;
  metaTitle: string | null;
  metaDescription: string | null;
  createdAt: string;
};
export type ProductListing = StorefrontListing & {
  storeId: string;
  productId: string;
  isVisible: boolean;
  sortOrder: number;
  customTitle: string | null;
  customDescription: string | null;
  customImages: string[];
  priceMarkup: string;
  priceOverride: string | null;
  salePrice: string | null;
  saleStartsAt: string | null;
  saleEndsAt: string | null;
  taxCategory: string | null;
  salesCount: number;
  updatedAt: string;
};
export type ListingInput = Partial<{
  productId: string;
  slug: string;
  isVisible: boolean;
  isPromoted: boolean;
  sortOrder: number;
  customTitle: string | null;
  customDescription: string | null;
  customImages: string[];
  metaTitle: string | null;
  metaDescription: string | null;
  priceMarkup: string | number;
  priceOverride: string | number | null;
  salePrice: string | number | null;
  saleStartsAt: string | null;
  saleEndsAt: string | null;
  taxCategory: string | null;
  categoryIds: string[];
  tags: string[];
  attributes: Record<string, unknown>;
}>;
export type Facets = {
  categories: { id: string; count: number }[];
  options: { name: string; value: string; count: number }[];
  priceBands: { min: string; max: string | null; count: number }[];
};
export type ProductPage = List<StorefrontListing> & { facets?: Facets };
export type Category = {
  id: string;
  storeId: string;
  name: string;
  slug: string;
  description: string | null;
  parentId: string | null;
  image: string | null;
  isVisible: boolean;
  sortOrder: number;
  metaTitle: string | null;
  metaDescription: string | null;
  createdAt: string;
  updatedAt: string;
};
export type CategoryNode = Category & { productCount: number; children: CategoryNode[] };
export type CategoryInput = Partial<Omit<Category, 'id' | 'storeId' | 'createdAt' | 'updatedAt'>>;
export type StorePage = {
  id: string;
  storeId?: string;
  title: string;
  slug: string;
  content?: string;
  contentFormat?: 'HTML' | 'MARKDOWN';
  contentHtml: string;
  excerpt: string | null;
  author: string | null;
  coverImage: string | null;
  tags: string[];
  metaTitle: string | null;
  metaDescription: string | null;
  /** Null: the page's own address is canonical. */
  canonicalUrl?: string | null;
  isPublished?: boolean;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
};
export type PageInput = Partial<{
  title: string;
  slug: string;
  content: string;
  contentFormat: 'HTML' | 'MARKDOWN';
  excerpt: string | null;
  author: string | null;
  coverImage: string | null;
  tags: string[];
  metaTitle: string | null;
  metaDescription: string | null;
  canonicalUrl: string | null;
  isPublished: boolean;
  publishedAt: string | null;
}>;
export type ProductReview = {
  id: string;
  listingId: string;
  productId: string;
  customerId?: string | null;
  customerName: string;
  rating: number;
  title: string | null;
  content: string;
  status?: 'PENDING' | 'APPROVED' | 'REJECTED';
  isVerifiedPurchase: boolean;
  helpfulCount: number;
  reportCount?: number;
  response: string | null;
  responseAt: string | null;
  createdAt: string;
};
export type CollectionPreview = { count: number; sample: Array<{ id: string; title: string }> };
export type CollectionRulesInput = {
  match?: 'ALL' | 'ANY';
  rules: Array<{ field: string; op: string; value: string | number | boolean }>;
};
export type Collection = {
  id: string;
  title: string;
  slug: string;
  description: string | null;
  kind: 'MANUAL' | 'RULE';
  isFeatured: boolean;
  sortOrder: number;
};

/** Where a menu item leads: a path or http(s) URL, or one of the store's pages, posts… by slug. */
export type MenuLink = { kind: 'page' | 'post' | 'category' | 'collection' | 'product'; slug: string };
export type MenuLeafInput = { label: string; url?: string; link?: MenuLink };
export type MenuItemInput = MenuLeafInput & { children?: MenuLeafInput[] };
type MenuLeaf = { label: string; url: string | null; link: MenuLink | null; href: string };
export type StoreMenu = {
  handle: 'header' | 'footer';
  items: (MenuLeaf & { children: MenuLeaf[] })[];
  /** Null: never saved (the storefront shows its default links). */
  updatedAt: string | null;
};
type ShopLeaf = { label: string; href: string };
/** The storefront's menus; an empty list means "show the default links". */
export type StorefrontMenus = Record<'header' | 'footer', { items: (ShopLeaf & { children: ShopLeaf[] })[] }>;

export type PagePreviewToken = { token: string; expiresAt: string; path: string };

const enc = encodeURIComponent;

/** Merchant endpoints of the catalog (`/api/stores/:storeId/...`). */
export function catalogAdminApi(call: Call) {
  const crud = <T, I>(segment: string) => ({
    list: (storeId: string, query = '') => call<List<T>>('GET', `/api/stores/${storeId}/${segment}${query}`),
    get: (storeId: string, id: string) => call<T>('GET', `/api/stores/${storeId}/${segment}/${id}`),
    create: (storeId: string, input: I) => call<T>('POST', `/api/stores/${storeId}/${segment}`, input),
    update: (storeId: string, id: string, input: I) =>
      call<T>('PUT', `/api/stores/${storeId}/${segment}/${id}`, input),
    delete: (storeId: string, id: string) => call<void>('DELETE', `/api/stores/${storeId}/${segment}/${id}`),
  });
  /** A 30-minute signed token (and the storefront path with it) that shows a draft or scheduled page. */
  const previewToken = (segment: string) => (storeId: string, id: string) =>
    call<PagePreviewToken>('POST', `/api/stores/${storeId}/${segment}/${id}/preview-token`);
  return {
    listings: {
      ...crud<ProductListing, ListingInput>('products'),
      /** One action on up to 500 listings, all or nothing (an id not of this store: 404, nothing changes). */
      bulk: (storeId: string, input: BulkEditListingsInput) =>
        call<BulkEditListingsResult>('POST', `/api/stores/${storeId}/products/bulk`, input),
    },
    categories: crud<Category, CategoryInput>('categories'),
    pages: { ...crud<StorePage, PageInput>('pages'), previewToken: previewToken('pages') },
    blogPosts: { ...crud<StorePage, PageInput>('blog-posts'), previewToken: previewToken('blog-posts') },
    collections: {
      ...crud<Collection, Record<string, unknown>>('collections'),
      /** How many visible listings rules would gather, and the first five by title (nothing saved). */
      preview: (storeId: string, input: CollectionRulesInput) =>
        call<CollectionPreview>('POST', `/api/stores/${storeId}/collections/preview`, input),
    },
    menus: {
      get: (storeId: string, handle: 'header' | 'footer') =>
        call<StoreMenu>('GET', `/api/stores/${storeId}/menus/${handle}`),
      /** Replaces the whole menu (no items: the default links). */
      save: (storeId: string, handle: 'header' | 'footer', items: MenuItemInput[]) =>
        call<StoreMenu>('PUT', `/api/stores/${storeId}/menus/${handle}`, { items }),
    },
    reviews: {
      list: (storeId: string, query = '') =>
        call<List<ProductReview>>('GET', `/api/stores/${storeId}/reviews${query}`),
      create: (
        storeId: string,
        input: {
          listingId: string;
          rating: number;
          customerName: string;
          title?: string;
          content?: string;
          status?: 'PENDING' | 'APPROVED' | 'REJECTED';
        },
      ) => call<ProductReview>('POST', `/api/stores/${storeId}/reviews`, input),
      approve: (storeId: string, id: string) =>
        call<ProductReview>('POST', `/api/stores/${storeId}/reviews/${id}/approve`),
      reject: (storeId: string, id: string) =>
        call<ProductReview>('POST', `/api/stores/${storeId}/reviews/${id}/reject`),
      respond: (storeId: string, id: string, response: string) =>
        call<ProductReview>('POST', `/api/stores/${storeId}/reviews/${id}/respond`, { response }),
    },
    searchAnalytics: (storeId: string, query = '') =>
      call<unknown>('GET', `/api/stores/${storeId}/analytics/search${query}`),
  };
}

/** Shopper endpoints of the catalog (`/api/storefront/:domain/...`). */
export function catalogStorefrontApi(call: Call) {
  const sf = (domain: string) => `/api/storefront/${enc(domain)}`;
  const session = (id?: string) => (id ? { headers: { 'x-session-id': id } } : undefined);
  return {
    products: (domain: string, query = '') => call<ProductPage>('GET', `${sf(domain)}/products${query}`),
    product: (domain: string, slug: string) =>
      call<
        StorefrontListing & {
          categories: { id: string; name: string; slug: string; parentId: string | null }[];
        }
      >('GET', `${sf(domain)}/products/${enc(slug)}`),
    collection: (domain: string, slug: string) =>
      call<Collection>('GET', `${sf(domain)}/collections/${enc(slug)}`),
    recommendations: (domain: string, slug: string) =>
      call<{ data: (StorefrontListing & { reason: string })[] }>(
        'GET',
        `${sf(domain)}/products/${enc(slug)}/recommendations`,
      ),
    suggest: (domain: string, q: string) =>
      call<{ query: string; suggestions: { slug: string; title: string; image: string | null }[] }>(
        'GET',
        `${sf(domain)}/search/suggest?q=${enc(q)}`,
      ),
    categories: (domain: string) => call<{ data: CategoryNode[] }>('GET', `${sf(domain)}/categories`),
    category: (domain: string, slug: string) =>
      call<CategoryNode & { breadcrumbs: { id: string; name: string; slug: string }[] }>(
        'GET',
        `${sf(domain)}/categories/${enc(slug)}`,
      ),
    collections: (domain: string) => call<{ data: Collection[] }>('GET', `${sf(domain)}/collections`),
    /** The page, or `{ redirectTo }` when `slug` is an old slug of a live page. */
    page: (domain: string, slug: string) =>
      call<StorePage | PageMoved>('GET', `${sf(domain)}/pages/${enc(slug)}`),
    blog: (domain: string, query = '') => call<List<StorePage>>('GET', `${sf(domain)}/blog${query}`),
    /** The post, or `{ redirectTo }` when `slug` is an old slug of a live post. */
    blogPost: (domain: string, slug: string) =>
      call<StorePage | PageMoved>('GET', `${sf(domain)}/blog/${enc(slug)}`),
    reviews: (domain: string, slug: string, query = '') =>
      call<List<ProductReview> & { rating: { average: number; count: number } }>(
        'GET',
        `${sf(domain)}/products/${enc(slug)}/reviews${query}`,
      ),
    submitReview: (
      domain: string,
      slug: string,
      input: { rating: number; title?: string; content?: string; customerName?: string },
    ) => call<ProductReview>('POST', `${sf(domain)}/products/${enc(slug)}/reviews`, input),
    /** Counts a "helpful" vote once per voter (the signed-in customer, else `sessionId`). */
    reviewHelpful: (domain: string, id: string, sessionId?: string) =>
      call<{ id: string; helpfulCount: number; reportCount: number }>(
        'POST',
        `${sf(domain)}/reviews/${enc(id)}/helpful`,
        undefined,
        session(sessionId),
      ),
    recentlyViewed: (domain: string, sessionId?: string) =>
      call<{ data: StorefrontListing[] }>(
        'GET',
        `${sf(domain)}/recently-viewed`,
        undefined,
        session(sessionId),
      ),
    recordView: (domain: string, slug: string, sessionId?: string) =>
      call<void>('POST', `${sf(domain)}/recently-viewed`, { slug }, session(sessionId)),
    wishlist: (domain: string, sessionId?: string) =>
      call<{ data: StorefrontListing[] }>('GET', `${sf(domain)}/wishlist`, undefined, session(sessionId)),
    addToWishlist: (domain: string, listingId: string, sessionId?: string) =>
      call<{ data: StorefrontListing[] }>(
        'POST',
        `${sf(domain)}/wishlist`,
        { listingId },
        session(sessionId),
      ),
    removeFromWishlist: (domain: string, listingId: string, sessionId?: string) =>
      call<void>('DELETE', `${sf(domain)}/wishlist/${listingId}`, undefined, session(sessionId)),
    /** On sign-in: the anonymous session's saved items move to the signed-in customer. */
    mergeWishlist: (domain: string, sessionId: string) =>
      call<{ data: StorefrontListing[] }>(
        'POST',
        `${sf(domain)}/wishlist/merge`,
        undefined,
        session(sessionId),
      ),
  };
}
