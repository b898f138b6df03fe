import { z } from 'zod';
import { unauthenticated } from '../../platform/errors.ts';
import { created, noContent, type RouteDef, storefrontRoute } from '../../platform/http/route.ts';
import { ExpoPushToken, subscribe, unsubscribe, type Vapid } from '../notifications/index.ts';
import { PushSubscriptionResponse, VapidKeyResponse } from './customers.responses.ts';

const Subscription = z.object({
  endpoint: z.url({ protocol: /^https?$/ }).max(2048),
  keys: z.object({ p256dh: z.string().min(20).max(200), auth: z.string().min(8).max(100) }),
});

const ExpoToken = z.object({ token: ExpoPushToken });
const ExpoPushTokenResponse = z.object({ id: z.uuid(), token: z.string() });

/**
 * Order updates pushed to the shopper: the public VAPID key and the browser subscriptions (web
 * push), and the mobile app's Expo push tokens (per store and customer, like a subscription).
 */
export function pushRoutes(vapid: Vapid): RouteDef[] {
  const tags = ['storefront', 'account'];
  return [
    storefrontRoute(
      {
        method: 'get',
        path: '/api/storefront/:domain/push/vapid-public-key',
        summary: 'The key browsers subscribe with',
        response: VapidKeyResponse,
        tags,
      },
      () => ({
        publicKey: vapid.publicKey,
      }),
    ),
    storefrontRoute(
      {
        method: 'post',
        path: '/api/storefront/:domain/account/push-subscriptions',
        summary: 'Get order updates as web push',
        response: PushSubscriptionResponse,
        tags,
        body: Subscription,
      },
      async ({ tx, store, shopper, body, req }) => {
        if (!shopper) throw unauthenticated('Log in as a customer first');
        const row = await subscribe(tx, {
          storeId: store.storeId,
          customerId: shopper.customerId,
          kind: 'WEB',
          endpoint: body.endpoint,
          ...body.keys,
        });
        return created(req.originalUrl, { id: row.id, endpoint: row.endpoint });
      },
    ),
    storefrontRoute(
      {
        method: 'delete',
        path: '/api/storefront/:domain/account/push-subscriptions',
        summary: 'Stop web push for this browser',
        tags,
        body: z.object({ endpoint: z.string().max(2048) }),
      },
      async ({ tx, shopper, body }) => {
        if (!shopper) throw unauthenticated('Log in as a customer first');
        await unsubscribe(tx, shopper.customerId, body.endpoint);
        return noContent();
      },
    ),
    storefrontRoute(
      {
        method: 'post',
        path: '/api/storefront/:domain/account/expo-push-tokens',
        summary: 'Get order updates in the mobile app',
        response: ExpoPushTokenResponse,
        tags,
        body: ExpoToken,
      },
      async ({ tx, store, shopper, body, req }) => {
        if (!shopper) throw unauthenticated('Log in as a customer first');
        const row = await subscribe(tx, {
          kind: 'EXPO',
          storeId: store.storeId,
          customerId: shopper.customerId,
          endpoint: body.token,
        });
        return created(req.originalUrl, { id: row.id, token: row.endpoint });
      },
    ),
    storefrontRoute(
      {
        method: 'delete',
        path: '/api/storefront/:domain/account/expo-push-tokens',
        summary: 'Stop order updates in the mobile app (sign out on the device)',
        tags,
        body: ExpoToken,
      },
      async ({ tx, shopper, body }) => {
        if (!shopper) throw unauthenticated('Log in as a customer first');
        await unsubscribe(tx, shopper.customerId, body.token);
        return noContent();
      },
    ),
  ];
}
