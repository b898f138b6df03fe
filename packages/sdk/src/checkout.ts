import type { Call } from './call.ts';
import type {
  Coupon,
  PaymentLink,
  PaymentMethod,
  ShippingMethod,
  SubscriptionPlan,
  TaxRate,
} from './contract.ts';
import type { Address } from './customers.ts';
import type { List } from './types.ts';

/** Cart, checkout, orders, payments and pricing configuration (shared/API-CONTRACT.md). */

export type CartItem = {
  id: string;
  listingId: string;
  productId: string;
  variantId: string;
  title: string;
  sku: string | null;
  unitPrice: string;
  quantity: number;
  lineTotal: string;
};
export type Cart = {
  id: string;
  storeId: string;
  customerId: string | null;
  email: string | null;
  status: 'ACTIVE' | 'ABANDONED' | 'CONVERTED';
  items: CartItem[];
  savedItems: CartItem[];
  couponCodes: string[];
  notes: string | null;
  shippingAddress: Address | null;
  billingAddress: Address | null;
  shippingMethodId: string | null;
  currency: string;
  subtotal: string;
  discountAmount: string;
  shippingAmount: string;
  taxAmount: string;
  totalAmount: string;
  orderId: string | null;
  expiresAt: string | null;
  lastActivityAt: string;
  createdAt: string;
  updatedAt: string;
};
export type CartLineInput = { listingId: string; variantId?: string; quantity: number };
export type CartUpdate = Partial<{
  items: CartLineInput[];
  couponCodes: string[];
  email: string | null;
  notes: string | null;
  shippingAddress: Address | null;
  billingAddress: Address | null;
  shippingMethodId: string | null;
}>;

export type Payment = {
  id: string;
  provider: 'manual' | 'test' | 'stripe' | 'gift_card';
  paymentMethodId: string | null;
  status:
    | 'PENDING'
    | 'REQUIRES_ACTION'
    | 'AUTHORIZED'
    | 'CAPTURED'
    | 'FAILED'
    | 'VOIDED'
    | 'REFUNDED'
    | 'PARTIALLY_REFUNDED';
  amount: string;
  refundedAmount: string;
  currency: string;
  card: {
    brand: string | null;
    last4: string | null;
    expMonth: number | null;
    expYear: number | null;
  } | null;
  giftCardLast4: string | null;
  instructions: string | null;
  nextAction: { type: 'redirect'; url: string } | { type: 'stripe_sdk'; clientSecret: string } | null;
  createdAt: string;
};
export type OrderItem = {
  id: string;
  listingId: string | null;
  productId: string | null;
  variantId: string | null;
  sku: string | null;
  title: string;
  unitPrice: string;
  quantity: number;
  lineTotal: string;
  discountAmount: string;
  taxAmount: string;
  totalAmount: string;
  quantityFulfilled: number;
  quantityRefunded: number;
  quantityReturned: number;
};
export type Order = {
  id: string;
  storeId: string;
  orderNumber: string;
  customerId: string | null;
  customerEmail: string | null;
  customerName: string | null;
  items: OrderItem[];
  status: 'PENDING' | 'PROCESSING' | 'SHIPPED' | 'DELIVERED' | 'CANCELED' | 'RETURNED';
  paymentStatus: 'PENDING' | 'PAID' | 'PARTIALLY_PAID' | 'REFUNDED' | 'FAILED';
  fulfillmentStatus: 'UNFULFILLED' | 'PARTIALLY_FULFILLED' | 'FULFILLED';
  shippingAddress: Address | null;
  billingAddress: Address | null;
  shippingMethod: string | null;
  currency: string;
  subtotalAmount: string;
  discountAmount: string;
  shippingAmount: string;
  taxAmount: string;
  totalAmount: string;
  couponCodes: string[];
  customerNotes: string | null;
  internalNotes?: string | null;
  payments: Payment[];
  /** The channel the order came from (the API always sends it). */
  source?: 'CHECKOUT' | 'MANUAL' | 'SUBSCRIPTION';
  createdAt: string;
  updatedAt: string;
};
export type PaymentInput = {
  paymentMethodId?: string;
  savedPaymentMethodId?: string;
  amount?: string | number;
  token?: string;
  giftCardCode?: string;
};
export type CheckoutInput = {
  cartId: string;
  email?: string;
  shippingAddress?: Address;
  billingAddress?: Address;
  shippingMethodId?: string;
  payments: PaymentInput[];
  customerNotes?: string;
  savePaymentMethod?: boolean;
};
/** A cart's shipping options; `configured` is false while the store has no active method at all. */
export type ShippingOptions = { data: ShippingOption[]; requiresShipping: boolean; configured: boolean };

export type ShippingOption = {
  id: string;
  name: string;
  description: string | null;
  rateCalculationType: 'FLAT' | 'WEIGHT' | 'ITEM' | 'CUSTOM';
  estimatedDeliveryDays: number | null;
  taxable: boolean;
  price: string;
  totalAmount: string;
};
export type PublicPaymentMethod = {
  id: string;
  name: string;
  provider: string;
  instructions: string | null;
  /** Stripe methods: the key Stripe.js (the Payment Element) is loaded with. */
  publishableKey?: string;
};
export type SavedPaymentMethod = {
  id: string;
  paymentMethodId: string;
  provider: string;
  brand: string | null;
  last4: string | null;
  expMonth: number | null;
  expYear: number | null;
  createdAt: string;
};

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
      call<Order>(
        'POST',
        `${sf(domain)}/checkout`,
        input,
        idempotencyKey ? { headers: { 'Idempotency-Key': idempotencyKey } } : undefined,
      ),
    order: (domain: string, id: string) =>
      call<Order>('GET', `${sf(domain)}/orders/${encodeURIComponent(id)}`),
    confirmPayment: (domain: string, orderId: string, paymentId: string, succeeded = true) =>
      call<Order>(
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
