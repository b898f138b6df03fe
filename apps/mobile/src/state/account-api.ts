import type { VentoryClient } from '@ventory/sdk';
import { api, type Extra, run } from './api.ts';
import type { SessionState } from './slices.ts';

/**
 * The shopper's account beyond orders: addresses, saved cards, loyalty, returns, subscriptions,
 * password reset and the store's CMS pages. Each list has a tag; its mutations refresh it.
 */
type Shopper = ReturnType<VentoryClient['as']>;
type Data<F extends (...a: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;
type Ctx = { getState: () => unknown; extra: unknown };

export type SavedAddress = Data<Shopper['account']['addresses']>['data'][number];
export type AddressInput = Parameters<Shopper['account']['addAddress']>[1];
export type SavedCard = Data<Shopper['checkout']['savedPaymentMethods']['list']>['data'][number];
export type Loyalty = Data<Shopper['account']['loyalty']>;
export type Redemption = Data<Shopper['account']['redeemPoints']>;
export type ShopperReturnRow = Data<Shopper['tracking']['myReturns']>['data'][number];
export type ReturnInput = Parameters<Shopper['tracking']['requestMyReturn']>[2];
export type ShopperSubscription = Data<Shopper['account']['subscriptions']>['data'][number];
export type SubscriptionPlan = Data<Shopper['account']['subscriptionPlans']>['data'][number];
export type StorePage = Data<VentoryClient['storefront']['page']>;
export type StorePages = Data<VentoryClient['storefront']['pages']>;

/** The store, the SDK client and the shopper-scoped client (`client.as(token)`). */
function ctx(a: Ctx) {
  const session = (a.getState() as { session: SessionState }).session;
  const { client } = a.extra as Extra;
  return { domain: session.storeDomain, sf: client.storefront, me: client.as(session.token ?? '') };
}

const tagged = api.enhanceEndpoints({
  addTagTypes: ['Addresses', 'Cards', 'Loyalty', 'Returns', 'Subscriptions', 'Pages'],
});

export const accountApi = tagged.injectEndpoints({
  endpoints: (b) => ({
    addresses: b.query<SavedAddress[], void>({
      queryFn: (_, a) => run(async () => (await ctx(a).me.account.addresses(ctx(a).domain)).data),
      providesTags: ['Addresses'],
    }),
    addAddress: b.mutation<SavedAddress, AddressInput>({
      queryFn: (input, a) => run(() => ctx(a).me.account.addAddress(ctx(a).domain, input)),
      invalidatesTags: ['Addresses'],
    }),
    updateAddress: b.mutation<SavedAddress, { id: string; input: Partial<AddressInput> }>({
      queryFn: ({ id, input }, a) => run(() => ctx(a).me.account.updateAddress(ctx(a).domain, id, input)),
      invalidatesTags: ['Addresses'],
    }),
    deleteAddress: b.mutation<void, string>({
      queryFn: (id, a) => run(() => ctx(a).me.account.deleteAddress(ctx(a).domain, id)),
      invalidatesTags: ['Addresses'],
    }),
    savedCards: b.query<SavedCard[], void>({
      queryFn: (_, a) =>
        run(async () => (await ctx(a).me.checkout.savedPaymentMethods.list(ctx(a).domain)).data),
      providesTags: ['Cards'],
    }),
    saveCard: b.mutation<SavedCard, { paymentMethodId: string; token: string }>({
      queryFn: (input, a) => run(() => ctx(a).me.checkout.savedPaymentMethods.save(ctx(a).domain, input)),
      invalidatesTags: ['Cards'],
    }),
    deleteCard: b.mutation<void, string>({
      queryFn: (id, a) =>
        run(async () => {
          await ctx(a).me.checkout.savedPaymentMethods.delete(ctx(a).domain, id);
        }),
      invalidatesTags: ['Cards', 'Subscriptions'],
    }),
    loyalty: b.query<Loyalty, void>({
      queryFn: (_, a) => run(() => ctx(a).me.account.loyalty(ctx(a).domain, '?limit=50')),
      providesTags: ['Loyalty'],
    }),
    redeemPoints: b.mutation<Redemption, { points: number; idempotencyKey: string }>({
      queryFn: ({ points, idempotencyKey }, a) =>
        run(() => ctx(a).me.account.redeemPoints(ctx(a).domain, points, idempotencyKey)),
      invalidatesTags: ['Loyalty'],
    }),
    myReturns: b.query<ShopperReturnRow[], void>({
      queryFn: (_, a) =>
        run(async () => (await ctx(a).me.tracking.myReturns(ctx(a).domain, '?limit=100')).data),
      providesTags: ['Returns'],
    }),
    requestReturn: b.mutation<unknown, { orderNumber: string; input: ReturnInput }>({
      queryFn: ({ orderNumber, input }, a) =>
        run(() => ctx(a).me.tracking.requestMyReturn(ctx(a).domain, orderNumber, input)),
      invalidatesTags: ['Returns', 'Orders'],
    }),
    subscriptions: b.query<ShopperSubscription[], void>({
      queryFn: (_, a) => run(async () => (await ctx(a).me.account.subscriptions(ctx(a).domain)).data),
      providesTags: ['Subscriptions'],
    }),
    subscriptionPlans: b.query<SubscriptionPlan[], void>({
      queryFn: (_, a) => run(async () => (await ctx(a).me.account.subscriptionPlans(ctx(a).domain)).data),
    }),
    changeSubscription: b.mutation<ShopperSubscription, { id: string; verb: 'pause' | 'resume' | 'cancel' }>({
      queryFn: ({ id, verb }, a) => run(() => ctx(a).me.account.changeSubscription(ctx(a).domain, id, verb)),
      invalidatesTags: ['Subscriptions'],
    }),
    requestPasswordReset: b.mutation<{ message: string }, string>({
      queryFn: (email, a) => run(() => ctx(a).sf.customers.requestPasswordReset(ctx(a).domain, email)),
    }),
    resetPassword: b.mutation<void, { token: string; password: string }>({
      queryFn: (input, a) => run(() => ctx(a).sf.customers.resetPassword(ctx(a).domain, input)),
    }),
    storePages: b.query<StorePages, void>({
      queryFn: (_, a) => run(() => ctx(a).sf.pages(ctx(a).domain)),
      providesTags: ['Pages'],
    }),
    storePage: b.query<StorePage, string>({
      queryFn: (slug, a) => run(() => ctx(a).sf.page(ctx(a).domain, slug)),
      providesTags: (_r, _e, slug) => [{ type: 'Pages', id: slug }],
    }),
  }),
});
