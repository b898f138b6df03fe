import type { Call } from './call.ts';
import type {
  Coupon,
  PaymentLink,
  PaymentMethod,
  RequestBody,
  ResponseBody,
  ShippingMethod,
  SubscriptionPlan,
  TaxRate,
} from './contract.ts';
import type { Address } from './customers.ts';
import type { List } from './types.ts';

/** Cart, checkout, orders, payments and pricing configuration (shared/API-CONTRACT.md). */

type CartPath = '/api/storefront/{domain}/cart/{id}';
export type Cart = ResponseBody<CartPath, 'get'>;
export type CartItem = Cart['items'][number];
export type CartLineInput = RequestBody<'/api/storefront/{domain}/cart/{id}/items', 'post'>;
export type CartUpdate = RequestBody<CartPath, 'put'>;
export type Order = ResponseBody<'/api/stores/{storeId}/orders/{id}', 'get'>;
/** An order as its shopper sees it (no internal notes). */
export type ShopOrder = ResponseBody<'/api/storefront/{domain}/orders/{id}', 'get'>;
export type OrderItem = Order['items'][number];
export type Payment = Order['payments'][number];
export type CheckoutInput = RequestBody<'/api/storefront/{domain}/checkout', 'post'>;
export type PaymentInput = NonNullable<CheckoutInput['payments']>[number];
/** A cart's shipping options; `configured` is false while the store has no active method at all. */
export type ShippingOptions = ResponseBody<'/api/storefront/{domain}/cart/{id}/shipping-options', 'get'>;
export type ShippingOption = ShippingOptions['data'][number];
export type PublicPaymentMethod = ResponseBody<
  '/api/storefront/{domain}/payment-methods',
  'get'
>['data'][number];
export type SavedPaymentMethod = ResponseBody<
  '/api/storefront/{domain}/account/payment-methods',
  'get'
>['data'][number];

/** The shopper's side: carts, checkout, orders, saved cards, gift-card balance. */
export function shopApi(call: Call) {
  const sf = (domain: string) => `/api/storefront/${encodeURIComponent(domain)}`;
  return {
    cart: {
      create: (domain: string, input: { items?: CartLineInput[]; email?: string } = {}) =>
        call<Cart>('POST', `${sf(domain)}/cart`, input),
      get: (domain: string, id: string) => call<Cart>('GET', `${sf(domain)}/cart/${encodeURIComponent(id)}`),
      update: (domain: string, id: string, input: CartUpdate) =>
        call<Cart>('PUT', `${sf(domain)}/cart/${encodeURIComponent(id)}`, input),
      addItem: (domain: string, id: string, line: CartLineInput) =>
        call<Cart>('POST', `${sf(domain)}/cart/${encodeURIComponent(id)}/items`, line),
      updateItem: (domain: string, id: string, itemId: string, quantity: number) =>
        call<Cart>(
          'PUT',
          `${sf(domain)}/cart/${encodeURIComponent(id)}/items/${encodeURIComponent(itemId)}`,
          { quantity },
        ),
      removeItem: (domain: string, id: string, itemId: string) =>
        call<Cart>(
          'DELETE',
          `${sf(domain)}/cart/${encodeURIComponent(id)}/items/${encodeURIComponent(itemId)}`,
        ),
      saveForLater: (domain: string, id: string, itemId: string) =>
        call<Cart>(
          'POST',
          `${sf(domain)}/cart/${encodeURIComponent(id)}/items/${encodeURIComponent(itemId)}/save-for-later`,
        ),
      moveToCart: (domain: string, id: string, itemId: string) =>
        call<Cart>(
          'POST',
          `${sf(domain)}/cart/${encodeURIComponent(id)}/items/${encodeURIComponent(itemId)}/move-to-cart`,
        ),
      claim: (domain: string, id: string) =>
        call<Cart>('POST', `${sf(domain)}/cart/${encodeURIComponent(id)}/claim`),
      recover: (domain: string, token: string) => call<Cart>('POST', `${sf(domain)}/cart/recover`, { token }),
      shippingOptions: (domain: string, id: string) =>
        call<ShippingOptions>('GET', `${sf(domain)}/cart/${encodeURIComponent(id)}/shipping-options`),
    },
    placeOrder: (domain: string, input: CheckoutInput, idempotencyKey?: string) =>
      call<ShopOrder>(
        'POST',
        `${sf(domain)}/checkout`,
        input,
        idempotencyKey ? { headers: { 'Idempotency-Key': idempotencyKey } } : undefined,
      ),
    order: (domain: string, id: string) =>
      call<ShopOrder>('GET', `${sf(domain)}/orders/${encodeURIComponent(id)}`),
    confirmPayment: (domain: string, orderId: string, paymentId: string, succeeded = true) =>
      call<ShopOrder>(
        'POST',
        `${sf(domain)}/orders/${encodeURIComponent(orderId)}/payments/${encodeURIComponent(paymentId)}/confirm`,
        { succeeded },
      ),
    paymentMethods: (domain: string) =>
      call<{ data: PublicPaymentMethod[] }>('GET', `${sf(domain)}/payment-methods`),
    savedPaymentMethods: {
      list: (domain: string) =>
        call<{ data: SavedPaymentMethod[] }>('GET', `${sf(domain)}/account/payment-methods`),
      save: (domain: string, input: { paymentMethodId: string; token: string }) =>
        call<SavedPaymentMethod>('POST', `${sf(domain)}/account/payment-methods`, input),
      delete: (domain: string, id: string) =>
        call<void>('DELETE', `${sf(domain)}/account/payment-methods/${encodeURIComponent(id)}`),
    },
    giftCardBalance: (domain: string, code: string) =>
      call<{ balance: string; currency: string; expiresAt: string | null }>(
        'GET',
        `${sf(domain)}/gift-cards/${encodeURIComponent(code)}/balance`,
      ),
  };
}

/** The merchant's side: orders and the store's pricing configuration (CRUD under /api/stores/:storeId). */
export function commerceApi(call: Call) {
  /** `T` is what the resource answers; inputs stay open (the `*Input` types say what create takes). */
  const crud = <T>(resource: string) => ({
    list: (storeId: string, query = '') => call<List<T>>('GET', `/api/stores/${storeId}/${resource}${query}`),
    get: (storeId: string, id: string) =>
      call<T>('GET', `/api/stores/${storeId}/${resource}/${encodeURIComponent(id)}`),
    create: (storeId: string, input: Record<string, unknown>) =>
      call<T>('POST', `/api/stores/${storeId}/${resource}`, input),
    update: (storeId: string, id: string, input: Record<string, unknown>) =>
      call<T>('PUT', `/api/stores/${storeId}/${resource}/${encodeURIComponent(id)}`, input),
    delete: (storeId: string, id: string) =>
      call<void>('DELETE', `/api/stores/${storeId}/${resource}/${encodeURIComponent(id)}`),
  });
  return {
    orders: {
      list: (storeId: string, query = '') =>
        call<List<Order>>('GET', `/api/stores/${storeId}/orders${query}`),
      get: (storeId: string, id: string) =>
        call<Order>('GET', `/api/stores/${storeId}/orders/${encodeURIComponent(id)}`),
      create: (storeId: string, input: Record<string, unknown>) =>
        call<Order>('POST', `/api/stores/${storeId}/orders`, input),
      update: (storeId: string, id: string, input: Record<string, unknown>) =>
        call<Order>('PUT', `/api/stores/${storeId}/orders/${encodeURIComponent(id)}`, input),
      /** A payment link for an unpaid order (409 once paid or canceled). */
      paymentLink: (storeId: string, id: string) =>
        call<PaymentLink>('POST', `/api/stores/${storeId}/orders/${encodeURIComponent(id)}/payment-link`),
    },
    shippingMethods: crud<ShippingMethod>('shipping-methods'),
    paymentMethods: crud<PaymentMethod>('payment-methods'),
    taxRates: crud<TaxRate>('tax-rates'),
    coupons: crud<Coupon>('coupons'),
    subscriptionPlans: crud<SubscriptionPlan>('subscription-plans'),
    giftCards: crud<Record<string, unknown> & { id: string; code: string }>('gift-cards'),
  };
}
