import type { Call } from './call.ts';
import type {
  LoyaltyAccount,
  LoyaltyAdjustment,
  LoyaltyRedemption,
  LoyaltyRule,
  LoyaltyRuleInput,
  RequestBody,
  ResponseBody,
  Subscription,
  SubscriptionPlan,
} from './contract.ts';
import type { List } from './types.ts';

/** The seed's Customer as staff see it. */
export type Customer = ResponseBody<'/api/stores/{storeId}/customers/{id}', 'get'>;
export type SavedAddress = Customer['addresses'][number];
/** The contract's Address. */
export type Address = Omit<RequestBody<'/api/storefront/{domain}/account/addresses', 'post'>, 'isDefault'>;
/** What a shopper sees of their own account. */
export type ShopperAccount = ResponseBody<'/api/storefront/{domain}/account', 'get'>;
export type ShopperSession = ResponseBody<'/api/storefront/{domain}/auth/login', 'post'>;
/** A new customer (with addresses); `CustomerInput` is an edit (addresses have their own endpoints). */
export type NewCustomerInput = RequestBody<'/api/stores/{storeId}/customers', 'post'>;
export type CustomerInput = RequestBody<'/api/stores/{storeId}/customers/{id}', 'put'>;

/** Staff endpoints under `/api/stores/:storeId/customers`. */
export const customersApi = (call: Call) => ({
  list: (storeId: string, query = '') =>
    call<List<Customer>>('GET', `/api/stores/${storeId}/customers${query}`),
  get: (storeId: string, id: string) =>
    call<Customer>('GET', `/api/stores/${storeId}/customers/${encodeURIComponent(id)}`),
  create: (storeId: string, input: NewCustomerInput) =>
    call<Customer>('POST', `/api/stores/${storeId}/customers`, input),
  update: (storeId: string, id: string, input: CustomerInput) =>
    call<Customer>('PUT', `/api/stores/${storeId}/customers/${encodeURIComponent(id)}`, input),
  delete: (storeId: string, id: string) =>
    call<void>('DELETE', `/api/stores/${storeId}/customers/${encodeURIComponent(id)}`),
  addAddress: (storeId: string, customerId: string, input: Address & { isDefault?: boolean }) =>
    call<SavedAddress>('POST', `/api/stores/${storeId}/customers/${customerId}/addresses`, input),
  /** Everything held about a customer (personal data export). */
  export: (storeId: string, id: string) =>
    call<Record<string, unknown>>('GET', `/api/stores/${storeId}/customers/${encodeURIComponent(id)}/export`),
  /** Anonymises the customer; orders stay for accounting. */
  erase: (storeId: string, id: string) =>
    call<Customer>('POST', `/api/stores/${storeId}/customers/${encodeURIComponent(id)}/erase`),
  loyalty: (storeId: string, id: string) =>
    call<LoyaltyAccount>('GET', `/api/stores/${storeId}/customers/${encodeURIComponent(id)}/loyalty`),
  adjustPoints: (storeId: string, id: string, input: { points: number; reason: string }) =>
    call<LoyaltyAdjustment>(
      'POST',
      `/api/stores/${storeId}/customers/${encodeURIComponent(id)}/loyalty/adjustments`,
      input,
    ),
  /** The store's loyalty rule: points earned per currency unit and what a point is worth. */
  loyaltyRule: {
    get: (storeId: string) => call<LoyaltyRule>('GET', `/api/stores/${storeId}/loyalty`),
    set: (storeId: string, input: LoyaltyRuleInput) =>
      call<LoyaltyRule>('PUT', `/api/stores/${storeId}/loyalty`, input),
  },
  segments: {
    list: (storeId: string) => call<List<Segment>>('GET', `/api/stores/${storeId}/segments`),
    create: (
      storeId: string,
      input: { name: string; slug?: string; priority?: number; rules: SegmentRules },
    ) => call<Segment>('POST', `/api/stores/${storeId}/segments`, input),
    evaluate: (storeId: string) => call<List<Segment>>('POST', `/api/stores/${storeId}/segments/evaluate`),
    delete: (storeId: string, id: string) =>
      call<void>('DELETE', `/api/stores/${storeId}/segments/${encodeURIComponent(id)}`),
  },
  webhooks: {
    list: (storeId: string) => call<List<WebhookEndpoint>>('GET', `/api/stores/${storeId}/webhooks`),
    create: (
      storeId: string,
      input: { url: string; events?: string[]; description?: string; isActive?: boolean },
    ) => call<WebhookEndpoint>('POST', `/api/stores/${storeId}/webhooks`, input),
    delete: (storeId: string, id: string) =>
      call<void>('DELETE', `/api/stores/${storeId}/webhooks/${encodeURIComponent(id)}`),
  },
});

/** A segment as the API documents it (generated), rules included. */
export type Segment = ResponseBody<'/api/stores/{storeId}/segments/{id}', 'get'>;
export type SegmentRules = Segment['rules'];
/** `secret` is shown in full only when the endpoint is created (or its secret rotated). */
export type WebhookEndpoint = ResponseBody<'/api/webhooks', 'post'>;

/** Shopper endpoints under `/api/storefront/:domain` (pass the customer token to `as`). */
export const accountApi = (call: Call) => {
  const sf = (domain: string) => `/api/storefront/${encodeURIComponent(domain)}`;
  return {
    register: (
      domain: string,
      input: {
        email: string;
        password: string;
        firstName: string;
        lastName: string;
        marketingConsent?: boolean;
      },
    ) => call<ShopperSession>('POST', `${sf(domain)}/customers`, input),
    login: (domain: string, input: { email: string; password: string }) =>
      call<ShopperSession>('POST', `${sf(domain)}/auth/login`, input),
    get: (domain: string) => call<ShopperAccount>('GET', `${sf(domain)}/account`),
    update: (
      domain: string,
      input: Partial<Pick<Customer, 'firstName' | 'lastName' | 'phoneNumber' | 'marketingConsent'>>,
    ) => call<ShopperAccount>('PUT', `${sf(domain)}/account`, input),
    addresses: (domain: string) => call<{ data: SavedAddress[] }>('GET', `${sf(domain)}/account/addresses`),
    addAddress: (domain: string, input: Address & { isDefault?: boolean }) =>
      call<SavedAddress>('POST', `${sf(domain)}/account/addresses`, input),
    updateAddress: (domain: string, id: string, input: Partial<Address> & { isDefault?: boolean }) =>
      call<SavedAddress>('PUT', `${sf(domain)}/account/addresses/${encodeURIComponent(id)}`, input),
    deleteAddress: (domain: string, id: string) =>
      call<void>('DELETE', `${sf(domain)}/account/addresses/${encodeURIComponent(id)}`),
    /** My points: balance, its value in the store currency, and the ledger (newest first). */
    loyalty: (domain: string, query = '') =>
      call<LoyaltyAccount>('GET', `${sf(domain)}/account/loyalty${query}`),
    /** Points → store credit: a gift card code usable at checkout. */
    /** Pass the same `idempotencyKey` when retrying a submit: one redemption, not two gift cards. */
    redeemPoints: (domain: string, points: number, idempotencyKey?: string) =>
      call<LoyaltyRedemption>(
        'POST',
        `${sf(domain)}/account/loyalty/redeem`,
        { points },
        idempotencyKey ? { headers: { 'Idempotency-Key': idempotencyKey } } : undefined,
      ),
    /** Subscribe-and-save plans on offer (no sign-in needed), of one listing when given. */
    subscriptionPlans: (domain: string, listingId?: string) =>
      call<{ data: SubscriptionPlan[] }>(
        'GET',
        `${sf(domain)}/subscription-plans${listingId ? `?listingId=${encodeURIComponent(listingId)}` : ''}`,
      ),
    subscriptions: (domain: string) =>
      call<{ data: Subscription[] }>('GET', `${sf(domain)}/account/subscriptions`),
    /** The first period is charged now, to the saved card. */
    subscribe: (
      domain: string,
      input: { planId: string; quantity?: number; savedPaymentMethodId: string; shippingAddress: Address },
    ) => call<Subscription>('POST', `${sf(domain)}/account/subscriptions`, input),
    changeSubscription: (domain: string, id: string, verb: 'pause' | 'resume' | 'cancel') =>
      call<Subscription>('POST', `${sf(domain)}/account/subscriptions/${encodeURIComponent(id)}/${verb}`),
  };
};
