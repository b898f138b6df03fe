import type { ApiResponse, Caller } from './call.ts';
import type { StorefrontMenus } from './catalog.ts';
import type {
  Cart,
  CartLineInput,
  CartUpdate,
  CheckoutInput,
  Order,
  PaymentInput,
  PublicPaymentMethod,
  ShippingOptions,
} from './checkout.ts';
import type { PageMoved, PaymentLinkOrder, ResponseBody } from './contract.ts';
import type { ShopperAccount, ShopperSession } from './customers.ts';
import type { List, StorefrontSettings } from './types.ts';

/**
 * Shapes of the public storefront endpoints (shared/API-CONTRACT.md, "Storefront"), as the API's
 * OpenAPI document gives them (contract.ts).
 */
type Shop = '/api/storefront/{domain}';
/** An image: listings carry URLs; the shared components also take a URL with its alt text. */
export type ImageRef = string | { url: string; alt?: string | null };
export type ListingList = ResponseBody<`${Shop}/products`, 'get'>;
export type ShopListing = ListingList['data'][number];
export type ShopFacets = NonNullable<ListingList['facets']>;
export type Suggestions = ResponseBody<`${Shop}/search/suggest`, 'get'>;
export type ShopListingDetail = ResponseBody<`${Shop}/products/{slug}`, 'get'>;
export type StorefrontVariant = ShopListingDetail['variants'][number];
type Recommendations = ResponseBody<`${Shop}/products/{slug}/recommendations`, 'get'>;
type Categories = ResponseBody<`${Shop}/categories`, 'get'>;
/** A category of the store's tree (the categories list), with its visible children. */
export type StorefrontCategoryNode = Categories['data'][number];
/** One category, with its breadcrumbs. */
export type StorefrontCategory = ResponseBody<`${Shop}/categories/{slug}`, 'get'>;
export type ShopPage = Exclude<ResponseBody<`${Shop}/pages/{slug}`, 'get'>, PageMoved>;
/** A page or post in a list (no content). */
export type ShopPageSummary = ResponseBody<`${Shop}/pages`, 'get'>['data'][number];
type Reviews = ResponseBody<`${Shop}/products/{slug}/reviews`, 'get'>;
export type StorefrontReview = Reviews['data'][number];
export type OrderDownload = ResponseBody<`${Shop}/orders/{id}/downloads`, 'get'>['data'][number];

export type ProductQuery = Partial<{
  q: string;
  category: string;
  minPrice: string;
  maxPrice: string;
  sort: string;
  limit: number;
  offset: number;
  promoted: boolean;
  collection: string;
  facets: boolean;
  /** `name:value` pairs, comma-separated; a listing must have every one among its variants. */
  option: string;
  /** `key:value` pairs on the listing's attributes, comma-separated (all must match). */
  attr: string;
  available: 'true' | 'false';
  minRating: number;
}>;

function qs(query: Record<string, string | number | boolean | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/**
 * Typed calls of `/api/storefront/:domain/...`. Public, so no admin token is sent; a shopper's
 * token is passed per call where the endpoint takes one.
 */
export function storefrontApi(client: Caller) {
  const base = (domain: string) => `/api/storefront/${encodeURIComponent(domain)}`;
  const pub = { token: null };
  const as = (token?: string) => ({ token: token ?? null });
  return {
    settings: (domain: string) =>
      client.call<StorefrontSettings>('GET', `${base(domain)}/settings`, undefined, pub),
    /** The settings with a theme's draft laid over, for a signed preview token (the design editor). */
    preview: (domain: string, token: string) =>
      client.call<StorefrontSettings & { preview: true }>('GET', `${base(domain)}/preview`, undefined, {
        ...pub,
        headers: { 'x-ventory-preview': token },
      }),
    products: (domain: string, query: ProductQuery = {}) =>
      client.call<ListingList>('GET', `${base(domain)}/products${qs(query)}`, undefined, pub),
    suggest: (domain: string, q: string, limit = 6) =>
      client.call<Suggestions>('GET', `${base(domain)}/search/suggest${qs({ q, limit })}`, undefined, pub),
    recommendations: (domain: string, slug: string, limit = 4) =>
      client.call<Recommendations>(
        'GET',
        `${base(domain)}/products/${encodeURIComponent(slug)}/recommendations${qs({ limit })}`,
        undefined,
        pub,
      ),
    product: (domain: string, slug: string) =>
      client.call<ShopListingDetail>(
        'GET',
        `${base(domain)}/products/${encodeURIComponent(slug)}`,
        undefined,
        pub,
      ),
    categories: (domain: string) =>
      client.call<Categories>('GET', `${base(domain)}/categories`, undefined, pub),
    category: (domain: string, slug: string) =>
      client.call<StorefrontCategory>(
        'GET',
        `${base(domain)}/categories/${encodeURIComponent(slug)}`,
        undefined,
        pub,
      ),
    page: (domain: string, slug: string) =>
      client.call<ShopPage | PageMoved>(
        'GET',
        `${base(domain)}/pages/${encodeURIComponent(slug)}`,
        undefined,
        pub,
      ),
    blog: (domain: string, query: { limit?: number; offset?: number; tag?: string } = {}) =>
      client.call<ResponseBody<`${Shop}/blog`, 'get'>>(
        'GET',
        `${base(domain)}/blog${qs(query)}`,
        undefined,
        pub,
      ),
    blogPost: (domain: string, slug: string) =>
      client.call<ShopPage | PageMoved>(
        'GET',
        `${base(domain)}/blog/${encodeURIComponent(slug)}`,
        undefined,
        pub,
      ),
    /** The header and footer menus (an empty list: show the default links). */
    menus: (domain: string) => client.call<StorefrontMenus>('GET', `${base(domain)}/menus`, undefined, pub),
    /** A page or post in any state, for the signed preview token the admin made for it. */
    pagePreview: (domain: string, kind: 'pages' | 'blog', slug: string, token: string) =>
      client.call<ShopPage>('GET', `${base(domain)}/${kind}/${encodeURIComponent(slug)}/preview`, undefined, {
        ...pub,
        headers: { 'x-ventory-preview': token },
      }),
    pages: (domain: string) =>
      client.call<ResponseBody<`${Shop}/pages`, 'get'>>('GET', `${base(domain)}/pages`, undefined, pub),
    reviews: {
      list: (domain: string, slug: string) =>
        client.call<Reviews>(
          'GET',
          `${base(domain)}/products/${encodeURIComponent(slug)}/reviews`,
          undefined,
          pub,
        ),
      create: (
        domain: string,
        slug: string,
        input: { rating: number; title?: string; content: string; customerName?: string },
        token?: string,
      ) =>
        client.call<StorefrontReview>(
          'POST',
          `${base(domain)}/products/${encodeURIComponent(slug)}/reviews`,
          input,
          as(token),
        ),
    },
    /** Shipping options for a cart, priced for its contents and address. */
    shippingOptions: (domain: string, cartId: string, token?: string) =>
      client.call<ShippingOptions>(
        'GET',
        `${base(domain)}/cart/${encodeURIComponent(cartId)}/shipping-options`,
        undefined,
        as(token),
      ),
    paymentMethods: (domain: string) =>
      client.call<{ data: PublicPaymentMethod[] }>('GET', `${base(domain)}/payment-methods`, undefined, pub),
    order: (domain: string, id: string, token?: string) =>
      client.call<Order>('GET', `${base(domain)}/orders/${encodeURIComponent(id)}`, undefined, as(token)),
    /** Signed, expiring links (API paths) to an order's digital products; none once refunded. */
    orderDownloads: (domain: string, id: string, token?: string) =>
      client.call<ResponseBody<`${Shop}/orders/{id}/downloads`, 'get'>>(
        'GET',
        `${base(domain)}/orders/${encodeURIComponent(id)}/downloads`,
        undefined,
        as(token),
      ),
    cart: {
      create: (
        domain: string,
        input: { items?: CartLineInput[]; email?: string; sessionId?: string } = {},
        token?: string,
      ) => client.call<Cart>('POST', `${base(domain)}/cart`, input, as(token)),
      get: (domain: string, id: string, token?: string) =>
        client.call<Cart>('GET', `${base(domain)}/cart/${encodeURIComponent(id)}`, undefined, as(token)),
      update: (domain: string, id: string, input: CartUpdate, token?: string) =>
        client.call<Cart>('PUT', `${base(domain)}/cart/${encodeURIComponent(id)}`, input, as(token)),
      addItem: (domain: string, id: string, line: CartLineInput, token?: string) =>
        client.call<Cart>('POST', `${base(domain)}/cart/${encodeURIComponent(id)}/items`, line, as(token)),
      updateItem: (domain: string, id: string, itemId: string, quantity: number, token?: string) =>
        client.call<Cart>(
          'PUT',
          `${base(domain)}/cart/${encodeURIComponent(id)}/items/${encodeURIComponent(itemId)}`,
          { quantity },
          as(token),
        ),
      removeItem: (domain: string, id: string, itemId: string, token?: string) =>
        client.call<Cart>(
          'DELETE',
          `${base(domain)}/cart/${encodeURIComponent(id)}/items/${encodeURIComponent(itemId)}`,
          undefined,
          as(token),
        ),
      /** Moves a line to "saved for later" (it stops holding stock), or back into the cart. */
      saveForLater: (domain: string, id: string, itemId: string, token?: string) =>
        client.call<Cart>(
          'POST',
          `${base(domain)}/cart/${encodeURIComponent(id)}/items/${encodeURIComponent(itemId)}/save-for-later`,
          undefined,
          as(token),
        ),
      moveToCart: (domain: string, id: string, itemId: string, token?: string) =>
        client.call<Cart>(
          'POST',
          `${base(domain)}/cart/${encodeURIComponent(id)}/items/${encodeURIComponent(itemId)}/move-to-cart`,
          undefined,
          as(token),
        ),
      /** The abandoned cart behind a recovery email's token, active again. */
      recover: (domain: string, token: string) =>
        client.call<Cart>('POST', `${base(domain)}/cart/recover`, { token }),
    },
    checkout: (domain: string, input: CheckoutInput, idempotencyKey: string, token?: string) =>
      client.call<Order>('POST', `${base(domain)}/checkout`, input, {
        ...as(token),
        headers: { 'idempotency-key': idempotencyKey },
      }),
    /** The order behind a payment link (404 unknown, 410 expired), and paying it (409 once paid). */
    payLink: {
      get: (domain: string, token: string) =>
        client.call<PaymentLinkOrder>('GET', `${base(domain)}/pay/${encodeURIComponent(token)}`),
      pay: (domain: string, token: string, payments: PaymentInput[], idempotencyKey: string) =>
        client.call<PaymentLinkOrder>(
          'POST',
          `${base(domain)}/pay/${encodeURIComponent(token)}`,
          { payments },
          { headers: { 'idempotency-key': idempotencyKey } },
        ),
    },
    customers: {
      register: (
        domain: string,
        input: { email: string; password: string; firstName: string; lastName: string },
      ) => client.call<ShopperSession>('POST', `${base(domain)}/customers`, input, pub),
      login: (domain: string, input: { email: string; password: string }) =>
        client.call<ShopperSession>('POST', `${base(domain)}/auth/login`, input, pub),
      account: (domain: string, token: string) =>
        client.call<ShopperAccount>('GET', `${base(domain)}/account`, undefined, as(token)),
      /** The shopper's orders, newest first, a page at a time (`limit` up to 100). */
      orders: (domain: string, token: string, page: { limit?: number; offset?: number } = {}) =>
        client.call<List<Order>>(
          'GET',
          `${base(domain)}/account/orders?limit=${page.limit ?? 20}&offset=${page.offset ?? 0}`,
          undefined,
          as(token),
        ),
      /** Always 202: the answer never tells whether the email has an account. */
      requestPasswordReset: (domain: string, email: string) =>
        client.call<{ message: string }>('POST', `${base(domain)}/auth/password-reset`, { email }, pub),
      resetPassword: (domain: string, input: { token: string; password: string }) =>
        client.call<void>('POST', `${base(domain)}/auth/password-reset/confirm`, input, pub),
      verifyEmail: (domain: string, token: string) =>
        client.call<void>('POST', `${base(domain)}/auth/verify-email`, { token }, pub),
      resendVerification: (domain: string, token: string) =>
        client.call<{ message: string }>(
          'POST',
          `${base(domain)}/account/verify-email/resend`,
          undefined,
          as(token),
        ),
      changePassword: (
        domain: string,
        token: string,
        input: { currentPassword: string; newPassword: string },
      ) => client.call<void>('POST', `${base(domain)}/account/password`, input, as(token)),
      /** Everything the store holds about the shopper (GDPR access), as JSON. */
      exportData: (domain: string, token: string) =>
        client.call<Record<string, unknown>>('GET', `${base(domain)}/account/export`, undefined, as(token)),
      /** Order updates on this phone: the app's Expo push token (`ExponentPushToken[…]`). */
      registerPushToken: (domain: string, token: string, expoPushToken: string) =>
        client.call<{ id: string; token: string }>(
          'POST',
          `${base(domain)}/account/expo-push-tokens`,
          { token: expoPushToken },
          as(token),
        ),
      /** No more order updates on this phone (sign out). */
      forgetPushToken: (domain: string, token: string, expoPushToken: string) =>
        client.call<void>(
          'DELETE',
          `${base(domain)}/account/expo-push-tokens`,
          { token: expoPushToken },
          as(token),
        ),
      /** Deletes the account (GDPR erasure): orders stay for the merchant's books, anonymised. */
      deleteAccount: (domain: string, token: string) =>
        client.call<void>('DELETE', `${base(domain)}/account`, undefined, as(token)),
    },
    /** Any storefront path, answering every status (for pages that degrade on 404). */
    raw: <T>(domain: string, path: string): Promise<ApiResponse<T>> =>
      client.raw<T>('GET', `${base(domain)}${path}`, undefined, pub),
  };
}

export type StorefrontApi = ReturnType<typeof storefrontApi>;
