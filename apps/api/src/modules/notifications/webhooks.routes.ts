import { z } from 'zod';
import { adminRoute, created, noContent, type RouteDef } from '../../platform/http/route.ts';
import { ListEnvelopeOf, StoreParams, Uuid } from '../../platform/http/schemas.ts';
import { WebhookDeliveryResponse, WebhookEndpointResponse } from './notifications.responses.ts';
import { CreateWebhookBody, DeliveryListQuery, UpdateWebhookBody } from './notifications.validators.ts';
import { WEBHOOK_TOPICS } from './webhook-topics.ts';
import type { WebhookScope, WebhookService } from './webhooks.service.ts';

const tags = ['webhooks'];

/** The same endpoints twice: under a store, and tenant-wide at `/api/webhooks`. */
function scopedRoutes(
  webhooks: WebhookService,
  base: string,
  Params: z.ZodObject,
  scopeOf: (p: Record<string, string>) => WebhookScope,
): RouteDef[] {
  const IdP = Params.extend({ id: Uuid });
  type P = Record<string, string>;
  return [
    adminRoute(
      {
        method: 'get',
        path: base,
        summary: 'List webhook endpoints',
        response: ListEnvelopeOf(WebhookEndpointResponse),
        tags,
        params: Params,
        requirePermission: 'settings.integrations',
      },
      ({ tx, params }) => webhooks.list(tx, scopeOf(params as P)),
    ),
    adminRoute(
      {
        method: 'post',
        path: base,
        summary: 'Add a webhook endpoint (the secret is shown once)',
        response: WebhookEndpointResponse,
        tags,
        params: Params,
        body: CreateWebhookBody,
        requirePermission: 'settings.integrations',
      },
      async ({ tx, params, body }) => {
        const endpoint = await webhooks.create(tx, scopeOf(params as P), body);
        return created(`${base.replace(':storeId', (params as P).storeId ?? '')}/${endpoint.id}`, endpoint);
      },
    ),
    adminRoute(
      {
        method: 'get',
        path: `${base}/:id`,
        summary: 'Get a webhook endpoint',
        response: WebhookEndpointResponse,
        tags,
        params: IdP,
        requirePermission: 'settings.integrations',
      },
      ({ tx, params }) => webhooks.get(tx, scopeOf(params as P), (params as P).id as string),
    ),
    adminRoute(
      {
        method: 'put',
        path: `${base}/:id`,
        summary: 'Update a webhook endpoint',
        response: WebhookEndpointResponse,
        tags,
        params: IdP,
        body: UpdateWebhookBody,
        requirePermission: 'settings.integrations',
      },
      ({ tx, params, body }) => webhooks.update(tx, scopeOf(params as P), (params as P).id as string, body),
    ),
    adminRoute(
      {
        method: 'delete',
        path: `${base}/:id`,
        summary: 'Delete a webhook endpoint',
        tags,
        params: IdP,
        requirePermission: 'settings.integrations',
      },
      async ({ tx, params }) => {
        await webhooks.remove(tx, scopeOf(params as P), (params as P).id as string);
        return noContent();
      },
    ),
    adminRoute(
      {
        method: 'post',
        path: `${base}/:id/rotate-secret`,
        status: 200,
        summary: 'Replace the signing secret (shown once)',
        response: WebhookEndpointResponse,
        tags,
        params: IdP,
        requirePermission: 'settings.integrations',
      },
      ({ tx, params }) => webhooks.rotateSecret(tx, scopeOf(params as P), (params as P).id as string),
    ),
    adminRoute(
      {
        method: 'post',
        path: `${base}/:id/ping`,
        summary: 'Queue a webhook.ping delivery',
        response: WebhookDeliveryResponse,
        tags,
        params: IdP,
        requirePermission: 'settings.integrations',
      },
      async ({ tx, params }) => {
        const delivery = await webhooks.ping(tx, scopeOf(params as P), (params as P).id as string);
        return created(`${base}/${(params as P).id}/deliveries`, delivery);
      },
    ),
    adminRoute(
      {
        method: 'get',
        path: `${base}/:id/deliveries`,
        summary: 'Delivery attempts of an endpoint',
        response: ListEnvelopeOf(WebhookDeliveryResponse),
        tags,
        params: IdP,
        query: DeliveryListQuery,
        requirePermission: 'settings.integrations',
      },
      ({ tx, params, query }) =>
        webhooks.deliveries(tx, scopeOf(params as P), (params as P).id as string, query),
    ),
    adminRoute(
      {
        method: 'post',
        path: `${base}/:id/deliveries/:deliveryId/retry`,
        status: 200,
        summary: 'Send a failed (or waiting) delivery again now',
        response: WebhookDeliveryResponse,
        tags,
        params: IdP.extend({ deliveryId: Uuid }),
        requirePermission: 'settings.integrations',
      },
      ({ tx, params }) => {
        const p = params as P;
        return webhooks.retry(tx, scopeOf(p), p.id as string, p.deliveryId as string);
      },
    ),
  ];
}

export function webhookRoutes(webhooks: WebhookService): RouteDef[] {
  return [
    adminRoute(
      {
        method: 'get',
        path: '/api/webhook-topics',
        summary: 'The event topics a webhook endpoint may subscribe to',
        response: z.strictObject({ data: z.array(z.string()) }),
        tags,
        requirePermission: 'settings.integrations',
      },
      () => ({ data: [...WEBHOOK_TOPICS] }),
    ),
    ...scopedRoutes(webhooks, '/api/stores/:storeId/webhooks', StoreParams, (p) => ({
      storeId: p.storeId ?? null,
    })),
    ...scopedRoutes(webhooks, '/api/webhooks', z.object({}), () => ({ storeId: null })),
  ];
}
