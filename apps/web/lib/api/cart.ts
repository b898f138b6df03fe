import {
  type Address,
  ApiError,
  type Cart,
  type CartLineInput,
  type CartUpdate,
  type CheckoutInput,
  type Order,
  type PublicPaymentMethod,
  type ShippingOption,
  type ShippingOptions,
} from '@ventory/sdk';
import { client } from './client';
import type { Store } from './store';

export type { Address, Cart, Order, PublicPaymentMethod, ShippingOption };

/** Carts, checkout and orders are per shopper: never cached. */
const live = () => client(null).storefront;

const gone = (error: unknown) => error instanceof ApiError && [400, 401, 403, 404].includes(error.status);

/** The shopper's cart, or null when the id is unknown, expired or already converted. */
export async function getCart(store: Store, id: string | undefined, token?: string): Promise<Cart | null> {
  if (!id) return null;
  try {
    const cart = await live().cart.get(store.domain, id, token);
    return cart.status === 'ACTIVE' ? cart : null;
  } catch (error) {
    if (gone(error)) return null;
    throw error;
  }
}

/** A new cart; `sessionId` (a consenting shopper's analytics session) lets experiments count its order. */
export const createCart = (store: Store, line: CartLineInput, token?: string, sessionId?: string | null) =>
  live().cart.create(store.domain, { items: [line], ...(sessionId ? { sessionId } : {}) }, token);
export const addItem = (store: Store, cartId: string, line: CartLineInput, token?: string) =>
  live().cart.addItem(store.domain, cartId, line, token);
export const setQuantity = (store: Store, cartId: string, itemId: string, quantity: number, token?: string) =>
  live().cart.updateItem(store.domain, cartId, itemId, quantity, token);
export const removeItem = (store: Store, cartId: string, itemId: string, token?: string) =>
  live().cart.removeItem(store.domain, cartId, itemId, token);
export const saveForLater = (store: Store, cartId: string, itemId: string, token?: string) =>
  live().cart.saveForLater(store.domain, cartId, itemId, token);
export const moveToCart = (store: Store, cartId: string, itemId: string, token?: string) =>
  live().cart.moveToCart(store.domain, cartId, itemId, token);
/** The abandoned cart behind a recovery link, active again; null for a used or unknown token. */
export async function recoverCart(store: Store, token: string): Promise<Cart | null> {
  try {
    return await live().cart.recover(store.domain, token);
  } catch (error) {
    // 409: the cart was checked out since the email was sent.
    if (gone(error) || (error instanceof ApiError && error.status === 409)) return null;
    throw error;
  }
}
export const updateCart = (store: Store, cartId: string, input: CartUpdate, token?: string) =>
  live().cart.update(store.domain, cartId, input, token);
export const checkout = (store: Store, input: CheckoutInput, key: string, token?: string) =>
  live().checkout(store.domain, input, key, token);

export async function shippingChoices(
  store: Store,
  cartId: string,
  token?: string,
): Promise<ShippingOptions> {
  try {
    return await live().shippingOptions(store.domain, cartId, token);
  } catch (error) {
    if (gone(error)) return { data: [], requiresShipping: false, configured: true };
    throw error;
  }
}

export async function shippingOptions(
  store: Store,
  cartId: string,
  token?: string,
): Promise<ShippingOption[]> {
  return (await shippingChoices(store, cartId, token)).data;
}

/** What a store still lacks before it can take this cart's order (empty: it can). */
export type MissingSetup = Array<'shipping' | 'payment'>;

export async function missingSetup(store: Store, cart: Cart, token?: string): Promise<MissingSetup> {
  const [shipping, methods] = await Promise.all([
    shippingChoices(store, cart.id, token),
    paymentMethods(store),
  ]);
  const missing: MissingSetup = [];
  if (shipping.requiresShipping && !shipping.configured) missing.push('shipping');
  if (methods.length === 0) missing.push('payment');
  return missing;
}

/** The Stripe publishable key of a payment's method, for Stripe.js on the order page. */
export async function publishableKeyOf(
  store: Store,
  paymentMethodId: string | null,
): Promise<string | undefined> {
  if (!paymentMethodId) return undefined;
  return (await paymentMethods(store)).find((m) => m.id === paymentMethodId)?.publishableKey;
}

export async function paymentMethods(store: Store): Promise<PublicPaymentMethod[]> {
  try {
    return (await live().paymentMethods(store.domain)).data;
  } catch (error) {
    if (gone(error)) return [];
    throw error;
  }
}

/** An order of this store by id (the confirmation page), or null when not visible to this shopper. */
export async function getOrder(store: Store, id: string, token?: string): Promise<Order | null> {
  try {
    return await live().order(store.domain, id, token);
  } catch (error) {
    if (gone(error)) return null;
    throw error;
  }
}

/** The shopper's answer to a 3-D Secure challenge of the test gateway. */
export const confirmPayment = (store: Store, orderId: string, paymentId: string, succeeded: boolean) =>
  client(null).checkout.confirmPayment(store.domain, orderId, paymentId, succeeded);
