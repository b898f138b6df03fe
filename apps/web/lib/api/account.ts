import {
  type Address,
  ApiError,
  type ShopperAccount as Customer,
  type LoyaltyAccount,
  type LoyaltyRedemption,
  type Order,
  type SavedAddress,
  type SavedPaymentMethod,
  type ShopperReturn,
  type StorefrontListing,
} from '@ventory/sdk';
import { returnableUnits } from '@ventory/shop-core';
import { type Image, reshapeListing } from './catalog';
import { client, tags } from './client';
import type { Store } from './store';

export type { Customer, LoyaltyAccount, Order, SavedAddress, SavedPaymentMethod, ShopperReturn };

const live = () => client(null).storefront.customers;
/** The API as the signed-in shopper: every account read is per shopper, so never cached. */
const as = (token: string) => client(null).as(token);

const signedOut = (error: unknown) => error instanceof ApiError && [401, 403, 404].includes(error.status);

/** A read that is empty (not an error page) when the session expired or the endpoint is missing. */
async function orEmpty<T>(p: Promise<T>, empty: T): Promise<T> {
  try {
    return await p;
  } catch (error) {
    if (signedOut(error)) return empty;
    throw error;
  }
}

export const register = (
  store: Store,
  input: { email: string; password: string; firstName: string; lastName: string },
) => live().register(store.domain, input);
/** Sent on behalf of the shopper's address (client(null)): the API limits failed logins per address. */
export const login = (store: Store, input: { email: string; password: string }) =>
  live().login(store.domain, input);

/** The signed-in shopper, or null when the token is missing, expired or from another store. */
export async function getAccount(store: Store, token: string | undefined): Promise<Customer | null> {
  if (!token) return null;
  return orEmpty<Customer | null>(live().account(store.domain, token), null);
}

export const ORDERS_PER_PAGE = 10;

/** One page (from 1) of the shopper's orders, newest first, and how many there are in all. */
export async function getOrders(
  store: Store,
  token: string,
  page = 1,
): Promise<{ orders: Order[]; total: number }> {
  const empty = { data: [] as Order[], total: 0, limit: 0, offset: 0 };
  const offset = (Math.max(1, page) - 1) * ORDERS_PER_PAGE;
  const list = await orEmpty(live().orders(store.domain, token, { limit: ORDERS_PER_PAGE, offset }), empty);
  return { orders: list.data, total: list.total };
}

export type ProfileInput = {
  firstName: string | null;
  lastName: string | null;
  phoneNumber: string | null;
  marketingConsent: boolean;
};
export const updateProfile = (store: Store, token: string, input: ProfileInput) =>
  as(token).account.update(store.domain, input);

// Address book.
export async function addresses(store: Store, token: string): Promise<SavedAddress[]> {
  return (await orEmpty(as(token).account.addresses(store.domain), { data: [] as SavedAddress[] })).data;
}
export const addAddress = (store: Store, token: string, input: Address & { isDefault?: boolean }) =>
  as(token).account.addAddress(store.domain, input);
export const updateAddress = (
  store: Store,
  token: string,
  id: string,
  input: Partial<Address> & { isDefault?: boolean },
) => as(token).account.updateAddress(store.domain, id, input);
export const deleteAddress = (store: Store, token: string, id: string) =>
  as(token).account.deleteAddress(store.domain, id);

/**
 * Whose wish list: a signed-in shopper (token) or a guest's anonymous session id (the API's
 * `X-Session-Id`), whose items move to the account on sign-in.
 */
export type WishOwner = { token?: string; session?: string };
/** A saved product, images and rating reshaped as on every other product tile. */
export type WishItem = Omit<StorefrontListing, 'images' | 'rating'> & {
  images: Image[];
  rating: number | null;
};

const wishApi = (owner: WishOwner) => (owner.token ? as(owner.token) : client(null)).shop;
const wishSession = (owner: WishOwner) => (owner.token ? undefined : owner.session);

export async function wishlist(store: Store, owner: WishOwner): Promise<WishItem[]> {
  if (!owner.token && !owner.session) return [];
  const res = await orEmpty(wishApi(owner).wishlist(store.domain, wishSession(owner)), { data: [] });
  return res.data.map((l) => reshapeListing(l));
}
export const saveToWishlist = (store: Store, owner: WishOwner, listingId: string) =>
  wishApi(owner).addToWishlist(store.domain, listingId, wishSession(owner));
export const removeFromWishlist = (store: Store, owner: WishOwner, listingId: string) =>
  wishApi(owner).removeFromWishlist(store.domain, listingId, wishSession(owner));
export const mergeWishlist = (store: Store, token: string, session: string) =>
  as(token).shop.mergeWishlist(store.domain, session);

// Saved cards: the gateway keeps the card; the API only a token and brand, last 4, expiry.
export async function savedCards(store: Store, token: string): Promise<SavedPaymentMethod[]> {
  const empty = { data: [] as SavedPaymentMethod[] };
  return (await orEmpty(as(token).checkout.savedPaymentMethods.list(store.domain), empty)).data;
}
export const saveCard = (store: Store, token: string, input: { paymentMethodId: string; token: string }) =>
  as(token).checkout.savedPaymentMethods.save(store.domain, input);
export const deleteCard = (store: Store, token: string, id: string) =>
  as(token).checkout.savedPaymentMethods.delete(store.domain, id);

// Loyalty points.
export const loyalty = (store: Store, token: string): Promise<LoyaltyAccount | null> =>
  orEmpty<LoyaltyAccount | null>(as(token).account.loyalty(store.domain, '?limit=50'), null);
export const redeemPoints = (
  store: Store,
  token: string,
  points: number,
  idempotencyKey: string,
): Promise<LoyaltyRedemption> => as(token).account.redeemPoints(store.domain, points, idempotencyKey);

// Returns.
export async function myReturns(store: Store, token: string): Promise<ShopperReturn[]> {
  const empty = { data: [] as ShopperReturn[], total: 0, limit: 0, offset: 0 };
  return (await orEmpty(as(token).tracking.myReturns(store.domain, '?limit=100'), empty)).data;
}
export const requestReturn = (
  store: Store,
  token: string,
  orderNumber: string,
  input: { items: Array<{ itemId: string; quantity: number; reason?: string }>; note?: string },
) => as(token).tracking.requestMyReturn(store.domain, orderNumber, input);

/** Units of each line of `order` the shopper may still ask to return. */
export const returnable = (order: Order, returns: ShopperReturn[]): Map<string, number> =>
  returnableUnits(
    order,
    returns.filter((r) => r.orderId === order.id),
  );

/** Whether the shopper may still ask to return anything of `order`. */
export const canReturn = (order: Order, returns: ShopperReturn[]): boolean =>
  [...returnable(order, returns).values()].some((n) => n > 0);

export { ApiError };

export const requestPasswordReset = (store: Store, email: string) =>
  live().requestPasswordReset(store.domain, email);
export const resetPassword = (store: Store, input: { token: string; password: string }) =>
  live().resetPassword(store.domain, input);
export const verifyEmail = (store: Store, token: string) => live().verifyEmail(store.domain, token);
export const resendVerification = (store: Store, token: string) =>
  live().resendVerification(store.domain, token);
export const changePassword = (
  store: Store,
  token: string,
  input: { currentPassword: string; newPassword: string },
) => live().changePassword(store.domain, token, input);
export const exportData = (store: Store, token: string) => live().exportData(store.domain, token);
export const deleteAccount = (store: Store, token: string) => live().deleteAccount(store.domain, token);

export type { Subscription, SubscriptionPlan } from '@ventory/sdk';

/** Subscribe-and-save plans of a listing (or all the store's), shared by every shopper: cached. */
export async function subscriptionPlans(store: Store, listingId?: string) {
  try {
    return (await client([tags.products(store.id)]).account.subscriptionPlans(store.domain, listingId)).data;
  } catch (error) {
    if (signedOut(error)) return [];
    throw error;
  }
}
export const mySubscriptions = (store: Store, token: string) =>
  orEmpty(as(token).account.subscriptions(store.domain), { data: [] }).then((r) => r.data);
export const subscribe = (
  store: Store,
  token: string,
  input: { planId: string; quantity: number; savedPaymentMethodId: string; shippingAddress: Address },
) => as(token).account.subscribe(store.domain, input);
export const changeSubscription = (
  store: Store,
  token: string,
  id: string,
  verb: 'pause' | 'resume' | 'cancel',
) => as(token).account.changeSubscription(store.domain, id, verb);
