import { createApi, fakeBaseQuery } from '@reduxjs/toolkit/query/react';
import {
  ApiError,
  type Cart,
  type CartLineInput,
  type CartUpdate,
  type CheckoutInput,
  type ListingList,
  type Order,
  type Problem,
  type ProductQuery,
  type ShippingOptions,
  type ShopListing,
  type ShopListingDetail,
  type ShopperAccount,
  type ShopperSession,
  type StorefrontCategoryNode,
  type StorefrontReview,
  type StorefrontSettings,
  type Suggestions,
  type Tracking,
  type VentoryClient,
} from '@ventory/sdk';
import { hydrate, type SessionState } from './slices.ts';

/** A failed call as kept in the store (serialisable): an API problem or a network failure. */
export type ApiFailure = { status: number; problem: Problem } | { status: 'FETCH_ERROR'; error: string };
export type Extra = { client: VentoryClient };
type Ctx = { getState: () => unknown; extra: unknown };

export const PAGE_SIZE = 12;

/** Runs one SDK call as an RTK Query result: its data, or the failure as kept in the store. */
export async function run<T>(fn: () => Promise<T>): Promise<{ data: T } | { error: ApiFailure }> {
  try {
    return { data: await fn() };
  } catch (e) {
    if (e instanceof ApiError) return { error: { status: e.status, problem: e.problem } };
    return { error: { status: 'FETCH_ERROR', error: e instanceof Error ? e.message : String(e) } };
  }
}

/** The store and shopper every call is made for, and the SDK client (thunk extra argument). */
function ctx(api: Ctx) {
  const session = (api.getState() as { session: SessionState }).session;
  const { client } = api.extra as Extra;
  return { domain: session.storeDomain, token: session.token ?? undefined, sf: client.storefront, client };
}

const list = <T>(r: { data: T[] } | T[]): T[] => (Array.isArray(r) ? r : r.data);

export type ListingPageArg = { query: Omit<ProductQuery, 'offset' | 'limit'>; page: number };

export const api = createApi({
  reducerPath: 'api',
  baseQuery: fakeBaseQuery<ApiFailure>(),
  tagTypes: [
    'Settings',
    'Products',
    'Product',
    'Reviews',
    'Categories',
    'Cart',
    'Shipping',
    'Order',
    'Orders',
  ],
  // A restored cache is shown at once; anything older than five minutes is refreshed when online.
  refetchOnMountOrArgChange: 300,
  refetchOnReconnect: true,
  extractRehydrationInfo(action) {
    return hydrate.match(action) ? ((action.payload.api as never) ?? undefined) : undefined;
  },
  endpoints: (b) => ({
    settings: b.query<StorefrontSettings, void>({
      queryFn: (_, a) => run(() => ctx(a).sf.settings(ctx(a).domain)),
      providesTags: ['Settings'],
    }),
    categories: b.query<StorefrontCategoryNode[], void>({
      queryFn: (_, a) => run(async () => list(await ctx(a).sf.categories(ctx(a).domain))),
      providesTags: ['Categories'],
    }),
    /** One listing query over pages: each page is appended, so the screen scrolls on for ever. */
    listings: b.query<ListingList, ListingPageArg>({
      queryFn: (arg, a) =>
        run(() =>
          ctx(a).sf.products(ctx(a).domain, { ...arg.query, limit: PAGE_SIZE, offset: arg.page * PAGE_SIZE }),
        ),
      serializeQueryArgs: ({ endpointName, queryArgs }) =>
        `${endpointName}(${JSON.stringify(queryArgs.query)})`,
      merge(cache, next, { arg }) {
        if (arg.page === 0) return next;
        const seen = new Set(cache.data.map((l) => l.id));
        cache.data.push(...next.data.filter((l) => !seen.has(l.id)));
        cache.offset = next.offset;
        cache.total = next.total;
      },
      forceRefetch: ({ currentArg, previousArg }) => currentArg?.page !== previousArg?.page,
      providesTags: ['Products'],
    }),
    suggest: b.query<Suggestions, string>({
      queryFn: (q, a) => run(() => ctx(a).sf.suggest(ctx(a).domain, q, 6)),
    }),
    product: b.query<ShopListingDetail, string>({
      queryFn: (slug, a) => run(() => ctx(a).sf.product(ctx(a).domain, slug)),
      providesTags: (_r, _e, slug) => [{ type: 'Product', id: slug }],
    }),
    recommendations: b.query<ShopListing[], string>({
      queryFn: (slug, a) => run(async () => list(await ctx(a).sf.recommendations(ctx(a).domain, slug, 4))),
    }),
    reviews: b.query<StorefrontReview[], string>({
      queryFn: (slug, a) => run(async () => (await ctx(a).sf.reviews.list(ctx(a).domain, slug)).data),
      providesTags: (_r, _e, slug) => [{ type: 'Reviews', id: slug }],
    }),
    writeReview: b.mutation<
      StorefrontReview,
      { slug: string; rating: number; title?: string; content: string; customerName?: string }
    >({
      queryFn: ({ slug, ...input }, a) =>
        run(() => ctx(a).sf.reviews.create(ctx(a).domain, slug, input, ctx(a).token)),
      invalidatesTags: (_r, _e, { slug }) => [{ type: 'Reviews', id: slug }],
    }),
    cart: b.query<Cart, string>({
      queryFn: (id, a) => run(() => ctx(a).sf.cart.get(ctx(a).domain, id, ctx(a).token)),
      providesTags: (_r, _e, id) => [{ type: 'Cart', id }],
    }),
    createCart: b.mutation<Cart, { items: CartLineInput[]; email?: string }>({
      queryFn: (input, a) => run(() => ctx(a).sf.cart.create(ctx(a).domain, input, ctx(a).token)),
    }),
    addItem: b.mutation<Cart, { cartId: string; line: CartLineInput; title: string; unitPrice: string }>({
      queryFn: ({ cartId, line }, a) =>
        run(() => ctx(a).sf.cart.addItem(ctx(a).domain, cartId, line, ctx(a).token)),
      onQueryStarted: ({ cartId, line, title, unitPrice }, q) =>
        optimistic(q, cartId, (draft) => {
          const same = draft.items.find(
            (i) => i.listingId === line.listingId && (!line.variantId || i.variantId === line.variantId),
          );
          if (same) same.quantity += line.quantity;
          else
            draft.items.push({
              id: `pending-${line.listingId}`,
              listingId: line.listingId,
              productId: '',
              variantId: line.variantId ?? '',
              title,
              sku: null,
              unitPrice,
              quantity: line.quantity,
              lineTotal: (Number.parseFloat(unitPrice) * line.quantity).toFixed(2),
            });
        }),
      invalidatesTags: ['Shipping'],
    }),
    updateItem: b.mutation<Cart, { cartId: string; itemId: string; quantity: number }>({
      queryFn: ({ cartId, itemId, quantity }, a) =>
        run(() => ctx(a).sf.cart.updateItem(ctx(a).domain, cartId, itemId, quantity, ctx(a).token)),
      onQueryStarted: ({ cartId, itemId, quantity }, q) =>
        optimistic(q, cartId, (draft) => {
          const item = draft.items.find((i) => i.id === itemId);
          if (item) {
            item.quantity = quantity;
            item.lineTotal = (Number.parseFloat(item.unitPrice) * quantity).toFixed(2);
          }
        }),
      invalidatesTags: ['Shipping'],
    }),
    removeItem: b.mutation<Cart, { cartId: string; itemId: string }>({
      queryFn: ({ cartId, itemId }, a) =>
        run(() => ctx(a).sf.cart.removeItem(ctx(a).domain, cartId, itemId, ctx(a).token)),
      onQueryStarted: ({ cartId, itemId }, q) =>
        optimistic(q, cartId, (draft) => {
          draft.items = draft.items.filter((i) => i.id !== itemId);
        }),
      invalidatesTags: ['Shipping'],
    }),
    saveForLater: b.mutation<Cart, { cartId: string; itemId: string; back?: boolean }>({
      queryFn: ({ cartId, itemId, back }, a) => {
        const { client, domain, token } = ctx(a);
        const shop = client.as(token).checkout.cart;
        return run(() => (back ? shop.moveToCart : shop.saveForLater)(domain, cartId, itemId));
      },
      onQueryStarted: ({ cartId }, q) => optimistic(q, cartId, () => {}),
      invalidatesTags: ['Shipping'],
    }),
    updateCart: b.mutation<Cart, { cartId: string; update: CartUpdate }>({
      queryFn: ({ cartId, update }, a) =>
        run(() => ctx(a).sf.cart.update(ctx(a).domain, cartId, update, ctx(a).token)),
      onQueryStarted: ({ cartId }, q) => optimistic(q, cartId, () => {}),
      invalidatesTags: ['Shipping'],
    }),
    shippingOptions: b.query<ShippingOptions, string>({
      queryFn: (cartId, a) => run(() => ctx(a).sf.shippingOptions(ctx(a).domain, cartId, ctx(a).token)),
      providesTags: ['Shipping'],
    }),
    paymentMethods: b.query<
      Array<{ id: string; name: string; provider: string; instructions: string | null }>,
      void
    >({
      queryFn: (_, a) => run(async () => (await ctx(a).sf.paymentMethods(ctx(a).domain)).data),
    }),
    giftCardBalance: b.query<{ balance: string; currency: string; expiresAt: string | null }, string>({
      queryFn: (code, a) => run(() => ctx(a).client.checkout.giftCardBalance(ctx(a).domain, code)),
    }),
    checkout: b.mutation<Order, { input: CheckoutInput; idempotencyKey: string }>({
      queryFn: ({ input, idempotencyKey }, a) =>
        run(() => ctx(a).sf.checkout(ctx(a).domain, input, idempotencyKey, ctx(a).token)),
      invalidatesTags: ['Orders', 'Products'],
    }),
    order: b.query<Order, string>({
      queryFn: (id, a) => run(() => ctx(a).sf.order(ctx(a).domain, id, ctx(a).token)),
      providesTags: (_r, _e, id) => [{ type: 'Order', id }],
    }),
    tracking: b.query<Tracking, { orderNumber: string; email: string }>({
      queryFn: ({ orderNumber, email }, a) =>
        run(() => ctx(a).client.tracking.track(ctx(a).domain, orderNumber, email)),
      providesTags: ['Order'],
    }),
    login: b.mutation<ShopperSession, { email: string; password: string }>({
      queryFn: (input, a) => run(() => ctx(a).sf.customers.login(ctx(a).domain, input)),
      invalidatesTags: ['Orders'],
    }),
    register: b.mutation<
      ShopperSession,
      { email: string; password: string; firstName: string; lastName: string }
    >({
      queryFn: (input, a) => run(() => ctx(a).sf.customers.register(ctx(a).domain, input)),
    }),
    /** The phone's Expo push token, so order updates reach it (a signed-in shopper's). */
    registerPushToken: b.mutation<{ id: string; token: string }, string>({
      queryFn: (pushToken, a) =>
        run(() => ctx(a).sf.customers.registerPushToken(ctx(a).domain, ctx(a).token ?? '', pushToken)),
    }),
    forgetPushToken: b.mutation<void, string>({
      queryFn: (pushToken, a) =>
        run(() => ctx(a).sf.customers.forgetPushToken(ctx(a).domain, ctx(a).token ?? '', pushToken)),
    }),
    account: b.query<ShopperAccount, void>({
      queryFn: (_, a) => run(() => ctx(a).sf.customers.account(ctx(a).domain, ctx(a).token ?? '')),
    }),
    orders: b.query<Order[], void>({
      queryFn: (_, a) =>
        run(async () => (await ctx(a).sf.customers.orders(ctx(a).domain, ctx(a).token ?? '')).data),
      providesTags: ['Orders'],
    }),
  }),
});

type Patchable = {
  dispatch: (a: unknown) => unknown;
  queryFulfilled: Promise<{ data: Cart }>;
};

/**
 * Optimistic cart change: the cached cart is edited at once, replaced by the server's cart when
 * it answers, and put back as it was if the call fails.
 */
async function optimistic(q: Patchable, cartId: string, edit: (draft: Cart) => void) {
  const patch = q.dispatch(api.util.updateQueryData('cart', cartId, edit)) as { undo: () => void };
  try {
    const { data } = await q.queryFulfilled;
    q.dispatch(api.util.updateQueryData('cart', cartId, () => data));
  } catch {
    patch.undo();
  }
}
