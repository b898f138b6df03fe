import { ApiError, type ShopperAccount as Customer, type Order } from '@ventory/sdk';
import { client } from './client';
import type { Store } from './store';

export type { Customer, Order };

const live = () => client(null).storefront.customers;

export const register = (
  store: Store,
  input: { email: string; password: string; firstName: string; lastName: string },
) => live().register(store.domain, input);
export const login = (store: Store, input: { email: string; password: string }) =>
  live().login(store.domain, input);

/** The signed-in shopper, or null when the token is missing, expired or from another store. */
export async function getAccount(store: Store, token: string | undefined): Promise<Customer | null> {
  if (!token) return null;
  try {
    return await live().account(store.domain, token);
  } catch (error) {
    if (error instanceof ApiError && [401, 403, 404].includes(error.status)) return null;
    throw error;
  }
}

export async function getOrders(store: Store, token: string): Promise<Order[]> {
  try {
    return (await live().orders(store.domain, token)).data;
  } catch (error) {
    if (error instanceof ApiError && [401, 403, 404].includes(error.status)) return [];
    throw error;
  }
}

export { ApiError };
