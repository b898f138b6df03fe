import type { Call } from './call.ts';
import type {
  BulkEditListingsInput,
  BulkEditListingsResult,
  PageMoved,
  RequestBody,
  ResponseBody,
} from './contract.ts';
import type { List } from './types.ts';

/**
 * Catalog shapes (shared/API-CONTRACT.md "Storefront", the seed's ProductListing, Category,
 * StorePage, ProductReview), as the API's OpenAPI document gives them (contract.ts).
 */
type Listings = '/api/stores/{storeId}/products';
export type ProductPage = ResponseBody<'/api/storefront/{domain}/products', 'get'>;
export type StorefrontListing = ProductPage['data'][number];
export type ListingVariant = StorefrontListing['variants'][number];
export type Facets = NonNullable<ProductPage['facets']>;
export type ProductListing = ResponseBody<'/api/stores/{storeId}/products/{id}', 'get'>;
export type ListingInput = Partial<RequestBody<Listings, 'post'>>;
export type Category = ResponseBody<'/api/stores/{storeId}/categories/{id}', 'get'>;
export type CategoryNode = ResponseBody<'/api/storefront/{domain}/categories', 'get'>['data'][number];
export type CategoryInput = RequestBody<'/api/stores/{storeId}/categories/{id}', 'put'>;
/** A page or blog post as the merchant edits it. */
export type StorePage = ResponseBody<'/api/stores/{storeId}/pages/{id}', 'get'>;
export type PageInput = RequestBody<'/api/stores/{storeId}/pages/{id}', 'put'>;
/** A published page or blog post as shoppers read it. */
type PublishedPage = Exclude<ResponseBody<'/api/storefront/{domain}/pages/{slug}', 'get'>, PageMoved>;
/** A review as the merchant moderates it. */
export type ProductReview = ResponseBody<'/api/stores/{storeId}/reviews', 'get'>['data'][number];
type ShopReviews = ResponseBody<'/api/storefront/{domain}/products/{slug}/reviews', 'get'>;
/** A published review as shoppers read it. */
export type ShopReview = ShopReviews['data'][number];
export type CollectionPreview = ResponseBody<'/api/stores/{storeId}/collections/preview', 'post'>;
export type CollectionRulesInput = RequestBody<'/api/stores/{storeId}/collections/preview', 'post'>;
export type Collection = ResponseBody<'/api/storefront/{domain}/collections/{slug}', 'get'>;
export type StoreMenu = ResponseBody<'/api/stores/{storeId}/menus/{handle}', 'get'>;
export type MenuItemInput = RequestBody<'/api/stores/{storeId}/menus/{handle}', 'put'>['items'][number];
/** Where a menu item leads: a path or http(s) URL, or one of the store's pages, posts… by slug. */
export type MenuLink = NonNullable<MenuItemInput['link']>;
/** The storefront's menus; an empty list means "show the default links". */
export type StorefrontMenus = ResponseBody<'/api/storefront/{domain}/menus', 'get'>;
export type PagePreviewToken = ResponseBody<'/api/stores/{storeId}/pages/{id}/preview-token', 'post'>;

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
      call<PublishedPage | PageMoved>('GET', `${sf(domain)}/pages/${enc(slug)}`),
    blog: (domain: string, query = '') =>
      call<ResponseBody<'/api/storefront/{domain}/blog', 'get'>>('GET', `${sf(domain)}/blog${query}`),
    /** The post, or `{ redirectTo }` when `slug` is an old slug of a live post. */
    blogPost: (domain: string, slug: string) =>
      call<PublishedPage | PageMoved>('GET', `${sf(domain)}/blog/${enc(slug)}`),
    reviews: (domain: string, slug: string, query = '') =>
      call<ShopReviews>('GET', `${sf(domain)}/products/${enc(slug)}/reviews${query}`),
    submitReview: (
      domain: string,
      slug: string,
      input: { rating: number; title?: string; content?: string; customerName?: string },
    ) => call<ShopReview>('POST', `${sf(domain)}/products/${enc(slug)}/reviews`, input),
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
