import { ApiError, type PaymentInput, type PaymentLinkOrder } from '@ventory/sdk';
import { client } from './client';
import type { Store } from './store';

export type { PaymentLinkOrder };

/** The order behind a payment link, or why there is none to show: unknown (404) or expired (410). */
export type PayLinkResult =
  | { kind: 'order'; order: PaymentLinkOrder }
  | { kind: 'expired' }
  | { kind: 'invalid' };

/** Uncached: the page must show whether the order is paid now, not a minute ago. */
export async function payLinkOrder(store: Store, token: string): Promise<PayLinkResult> {
  try {
    return { kind: 'order', order: await client(null).storefront.payLink.get(store.domain, token) };
  } catch (error) {
    if (error instanceof ApiError && error.status === 410) return { kind: 'expired' };
    if (error instanceof ApiError && [400, 404].includes(error.status)) return { kind: 'invalid' };
    throw error;
  }
}

export const payByLink = (store: Store, token: string, payments: PaymentInput[], idempotencyKey: string) =>
  client(null).storefront.payLink.pay(store.domain, token, payments, idempotencyKey);
