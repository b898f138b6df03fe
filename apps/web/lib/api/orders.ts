import { ApiError, type OrderReturn, type SavedPaymentMethod, type Tracking } from '@ventory/sdk';
import { publicApiUrl } from '../public-api';
import { client } from './client';
import type { Store } from './store';

export type { OrderReturn, SavedPaymentMethod, Tracking };
export type GiftCardBalance = { balance: string; currency: string; expiresAt: string | null };
export type ReturnRequest = {
  items: Array<{ itemId: string; quantity: number }>;
  reason?: string;
};

/** Tracking, returns, gift cards and saved cards are per shopper: never cached. */
const live = () => client(null);
const missing = (error: unknown) => error instanceof ApiError && [400, 404].includes(error.status);

/**
 * The order as its tracking page shows it, or null when the number and email do not match an
 * order (the API answers 404 either way, so the page cannot tell which one was wrong).
 */
export async function trackOrder(store: Store, orderNumber: string, email: string): Promise<Tracking | null> {
  if (!orderNumber || !email) return null;
  try {
    return await live().tracking.track(store.domain, orderNumber, email);
  } catch (error) {
    if (missing(error)) return null;
    throw error;
  }
}

export async function orderReturns(store: Store, orderNumber: string, email: string): Promise<OrderReturn[]> {
  try {
    return (await live().tracking.returns(store.domain, orderNumber, email)).data;
  } catch (error) {
    if (missing(error)) return [];
    throw error;
  }
}

export const requestReturn = (store: Store, orderNumber: string, email: string, input: ReturnRequest) =>
  live().tracking.requestReturn(store.domain, orderNumber, email, { ...input, kind: 'RETURN' });

/** Balance, currency and expiry of a gift card of this store, or null for an unknown code. */
export async function giftCardBalance(store: Store, code: string): Promise<GiftCardBalance | null> {
  const clean = code.trim().toUpperCase();
  if (clean.length < 4 || clean.length > 64) return null;
  try {
    return await client(null).checkout.giftCardBalance(store.domain, clean);
  } catch (error) {
    if (missing(error)) return null;
    throw error;
  }
}

/** The signed-in shopper's saved cards (none for guests or an expired session). */
export async function savedCards(store: Store, token: string | undefined): Promise<SavedPaymentMethod[]> {
  if (!token) return [];
  try {
    return (await live().as(token).checkout.savedPaymentMethods.list(store.domain)).data;
  } catch (error) {
    if (error instanceof ApiError && [401, 403, 404].includes(error.status)) return [];
    throw error;
  }
}

/** The public tracking page of an order (the account area links here too). */
export const trackingHref = (orderNumber: string, email: string) =>
  `/track/${encodeURIComponent(orderNumber)}?email=${encodeURIComponent(email)}`;

export type Download = { itemId: string; title: string; href: string; expiresAt: string };

/**
 * The order's download links, made absolute on the API's public address (the link redirects to
 * the file while the order still entitles the shopper). Empty when there is nothing to download.
 */
export async function orderDownloads(store: Store, orderId: string, token?: string): Promise<Download[]> {
  try {
    const { data } = await live().storefront.orderDownloads(store.domain, orderId, token);
    return data.map((d) => ({
      itemId: d.itemId,
      title: d.title,
      href: `${publicApiUrl()}${d.url}`,
      expiresAt: d.expiresAt,
    }));
  } catch (error) {
    if (missing(error) || (error instanceof ApiError && error.status === 401)) return [];
    throw error;
  }
}
