import { ApiError } from '@ventory/sdk';
import { client } from './client';
import type { Store } from './store';

export type PushSubscriptionInput = { endpoint: string; keys: { p256dh: string; auth: string } };

const path = (store: Store, rest: string) => `/api/storefront/${encodeURIComponent(store.domain)}/${rest}`;

/** The key browsers subscribe with (VAPID), or null when the API does not answer with one. */
export async function pushKey(store: Store): Promise<string | null> {
  try {
    const { publicKey } = await client(null).call<{ publicKey: string }>(
      'GET',
      path(store, 'push/vapid-public-key'),
    );
    return publicKey;
  } catch (error) {
    if (!(error instanceof ApiError)) console.error('push key:', error);
    return null;
  }
}

/** Order updates (shipped, delivered, refunded) to this browser of the signed-in shopper. */
export const subscribePush = (store: Store, token: string, subscription: PushSubscriptionInput) =>
  client(null)
    .as(token)
    .call<{ id: string }>('POST', path(store, 'account/push-subscriptions'), subscription);
