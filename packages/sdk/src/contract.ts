/**
 * Shapes taken from the API's OpenAPI document (src/generated/openapi.ts, written by
 * `npm run generate -w @ventory/sdk`): where a route declares its response schema, the SDK's type
 * is that schema, not a hand-written copy. A route whose schema changes changes these types, and
 * the SDK's drift test fails until the file is regenerated.
 */
import type { paths } from './generated/openapi.ts';

export type { paths as ApiPaths } from './generated/openapi.ts';

type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';
type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;

/** The success body (200, else 201, else 202) the document gives an operation. */
export type ResponseBody<P extends keyof paths, M extends Method> = paths[P][M] extends {
  responses: infer R;
}
  ? R extends { 200: infer S }
    ? Json<S>
    : R extends { 201: infer S }
      ? Json<S>
      : R extends { 202: infer S }
        ? Json<S>
        : never
  : never;

/** The JSON request body the document gives an operation. */
export type RequestBody<P extends keyof paths, M extends Method> = paths[P][M] extends {
  requestBody?: infer B;
}
  ? Json<NonNullable<B>>
  : never;

// Catalog bulk edit.
/** One change for many listings: `setPrice`, `adjustPrice` (percent), `setVisibility`, a category. */
export type BulkEditListingsInput = RequestBody<'/api/stores/{storeId}/products/bulk', 'post'>;
export type BulkListingAction = BulkEditListingsInput['action'];
/** How many listings changed, and every selected listing as it is now. */
export type BulkEditListingsResult = ResponseBody<'/api/stores/{storeId}/products/bulk', 'post'>;

// Loyalty.
/** A store's loyalty rule (points per currency unit, the value of a point). */
export type LoyaltyRule = ResponseBody<'/api/stores/{storeId}/loyalty', 'get'>;
export type LoyaltyRuleInput = RequestBody<'/api/stores/{storeId}/loyalty', 'put'>;
/**
 * A customer's points: balance, its value in the store currency, and the ledger (newest first).
 * The document types a ledger entry's `type` as a string (loyalty.responses.ts has no enum yet):
 * narrowed here to the values the API writes, until the schema says so.
 */
type GeneratedLoyaltyAccount = ResponseBody<'/api/storefront/{domain}/account/loyalty', 'get'>;
type LedgerEntry = GeneratedLoyaltyAccount['ledger']['data'][number];
export type LoyaltyAccount = Omit<GeneratedLoyaltyAccount, 'ledger'> & {
  ledger: Omit<GeneratedLoyaltyAccount['ledger'], 'data'> & {
    data: Array<Omit<LedgerEntry, 'type'> & { type: 'EARN' | 'REVERSE' | 'REDEEM' | 'ADJUST' }>;
  };
};
export type LoyaltyRedemption = ResponseBody<'/api/storefront/{domain}/account/loyalty/redeem', 'post'>;
export type LoyaltyAdjustment = ResponseBody<
  '/api/stores/{storeId}/customers/{id}/loyalty/adjustments',
  'post'
>;

// Subscriptions. The document types a plan's `interval` and a subscription's `status` as strings
// (subscriptions.responses.ts has no enums yet): narrowed here until the schemas say so.
export type SubscriptionPlan = Omit<
  ResponseBody<'/api/storefront/{domain}/subscription-plans', 'get'>['data'][number],
  'interval'
> & { interval: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR' };
export type SubscriptionPlanInput = RequestBody<'/api/stores/{storeId}/subscription-plans', 'post'>;
export type SubscriptionStatus = 'ACTIVE' | 'PAUSED' | 'PAST_DUE' | 'CANCELED';
export type Subscription = Omit<
  ResponseBody<'/api/storefront/{domain}/account/subscriptions', 'post'>,
  'status'
> & {
  status: SubscriptionStatus;
};

// Pricing (the store's configuration).
export type ShippingMethod = ResponseBody<'/api/stores/{storeId}/shipping-methods/{id}', 'get'>;
export type ShippingMethodInput = RequestBody<'/api/stores/{storeId}/shipping-methods', 'post'>;
export type TaxRate = ResponseBody<'/api/stores/{storeId}/tax-rates/{id}', 'get'>;
export type TaxRateInput = RequestBody<'/api/stores/{storeId}/tax-rates', 'post'>;
/** A payment method as the merchant sees it: secrets in `settings` come back masked (`****1234`). */
export type PaymentMethod = ResponseBody<'/api/stores/{storeId}/payment-methods/{id}', 'get'>;
/** Settings keys naming a secret (`secretKey`, `webhookSecret`) are write-only; a masked echo keeps the stored value, null removes it. */
export type PaymentMethodInput = RequestBody<'/api/stores/{storeId}/payment-methods', 'post'>;
export type Coupon = ResponseBody<'/api/stores/{storeId}/coupons/{id}', 'get'>;
export type CouponInput = RequestBody<'/api/stores/{storeId}/coupons', 'post'>;

// Access: staff, invitations, API keys, the audit log.
/** A merchant user as `GET /api/users/:id` answers it (role, store scope, permissions). */
export type StaffUser = ResponseBody<'/api/users/{id}', 'get'>;
export type StaffUserUpdate = RequestBody<'/api/users/{id}', 'put'>;
export type Invitation = ResponseBody<'/api/invitations', 'post'>;
export type InvitationInput = RequestBody<'/api/invitations', 'post'>;
export type ApiKey = ResponseBody<'/api/api-keys/{id}', 'get'>;
/** A new API key: the secret is in this answer only. */
export type CreatedApiKey = ResponseBody<'/api/api-keys', 'post'>;
export type ApiKeyInput = RequestBody<'/api/api-keys', 'post'>;
export type AuditLogPage = ResponseBody<'/api/audit-log', 'get'>;
export type AuditLogEntry = AuditLogPage['data'][number];

// Saved views of the admin's lists.
/** A list's view: built-in, the caller's own (`editable`) or a teammate's shared one. */
export type SavedView = ResponseBody<'/api/saved-views/{id}', 'put'>;
export type SavedViewInput = RequestBody<'/api/saved-views', 'post'>;
export type SavedViewUpdate = RequestBody<'/api/saved-views/{id}', 'put'>;

// Domains.
/** A store hostname and how to prove control of it (docs/tls.md). */
export type StoreDomain = ResponseBody<'/api/stores/{id}/domains', 'post'>;

// Content. A storefront page or blog post read answers, for an old slug of a live page, where the
// page lives now (`redirectTo`), for the storefront to redirect permanently.
export type PageMoved = Extract<
  ResponseBody<'/api/storefront/{domain}/pages/{slug}', 'get'>,
  { redirectTo: string }
>;

// Payment links of merchant-created orders.
/** A signed, expiring link to the storefront's pay page of an unpaid order. */
export type PaymentLink = ResponseBody<'/api/stores/{storeId}/orders/{id}/payment-link', 'post'>;
/** What the pay page shows of the order a payment link pays (lines and totals; no address). */
export type PaymentLinkOrder = ResponseBody<'/api/storefront/{domain}/pay/{token}', 'get'>;
