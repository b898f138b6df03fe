import {
  type Address,
  ApiError,
  type Cart,
  type CheckoutInput,
  type List,
  type Order,
  type PublicPaymentMethod,
  type ShippingMethod,
} from '@ventory/sdk';
import { client } from './client';
import type { Store } from './store';

export type { Address, Cart, Order, PublicPaymentMethod, ShippingMethod };

const live = () => client(null).storefront;

/** The shopper's cart, or null when the id is unknown, expired or already converted. */
export async function getCart(store: Store, id: string | undefined): Promise<Cart | null> {
  if (!id) return null;
  try {
    const cart = await live().cart.get(store.domain, id);
    return cart.status === 'ACTIVE' ? cart : null;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return null;
    throw error;
  }
}

export function createCart(store: Store, line: { listingId: string; variantId?: string; quantity: number }) {
  return live().cart.create(store.domain, { items: [line] });
}

export const addItem = (store: Store, cartId: string, line: Parameters<typeof createCart>[1]) =>
  live().cart.addItem(store.domain, cartId, line);
export const setQuantity = (store: Store, cartId: string, itemId: string, quantity: number) =>
  live().cart.updateItem(store.domain, cartId, itemId, quantity);
export const removeItem = (store: Store, cartId: string, itemId: string) =>
  live().cart.removeItem(store.domain, cartId, itemId);
export const updateCart = (
  store: Store,
  cartId: string,
  input: Parameters<ReturnType<typeof live>['cart']['update']>[2],
) => live().cart.update(store.domain, cartId, input);
export const checkout = (store: Store, input: CheckoutInput, key: string, token?: string) =>
  live().checkout(store.domain, input, key, token);

function items<T>(res: List<T> | T[]): T[] {
  return Array.isArray(res) ? res : res.data;
}

export async function shippingMethods(store: Store, cartId?: string): Promise<ShippingMethod[]> {
  try {
    return items(await live().shippingMethods(store.domain, cartId));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return [];
    throw error;
  }
}

export async function paymentMethods(store: Store): Promise<PublicPaymentMethod[]> {
  try {
    return items(await live().paymentMethods(store.domain));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return [];
    throw error;
  }
}
