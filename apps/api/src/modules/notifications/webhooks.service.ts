import { randomBytes, randomUUID } from 'node:crypto';
import type { TenantTx } from '../../platform/db/pool.ts';
import { invalidState, notFound } from '../../platform/errors.ts';
import { listEnvelope } from '../../platform/http/schemas.ts';
import {
  notificationsWrites,
  type WebhookDeliveryRow,
  type WebhookEndpointRow,
} from './notifications.schema.ts';
import type { CreateWebhookInput, UpdateWebhookInput } from './notifications.validators.ts';

/** The scope of an endpoint: one store, or the whole tenant (`null`). */
export type WebhookScope = { storeId: string | null };

const mask = (secret: string) => `${secret.slice(0, 6)}…${secret.slice(-4)}`;

const toEndpointDto = (e: WebhookEndpointRow, revealSecret = false) => ({
  id: e.id,
  storeId: e.storeId,
  url: e.url,
  events: e.events,
  description: e.description,
  isActive: e.isActive,
  // The signing secret is shown once, when the endpoint is created; afterwards only masked.
  secret: revealSecret ? e.secret : mask(e.secret),
  createdAt: e.createdAt.toISOString(),
  updatedAt: e.updatedAt.toISOString(),
});

const toDeliveryDto = (d: WebhookDeliveryRow) => ({
  id: d.id,
  endpointId: d.endpointId,
  eventId: d.eventId,
  topic: d.topic,
  status: d.status,
  attempts: d.attempts,
  lastStatusCode: d.lastStatusCode,
  lastError: d.lastError,
  nextAttemptAt: d.status === 'PENDING' ? d.nextAttemptAt.toISOString() : null,
  createdAt: d.createdAt.toISOString(),
  deliveredAt: d.deliveredAt ? new Date(d.deliveredAt).toISOString() : null,
});

const newSecret = () => `whsec_${randomBytes(24).toString('base64url')}`;

function scoped(tx: TenantTx, scope: WebhookScope) {
  const q = tx.selectFrom('webhookEndpoints');
  return scope.storeId === null ? q.where('storeId', 'is', null) : q.where('storeId', '=', scope.storeId);
}

/** Merchant webhook endpoints (store-scoped or tenant-wide) and their delivery log. */
export function createWebhookService() {
  async function mustFind(tx: TenantTx, scope: WebhookScope, id: string) {
    const row = await scoped(tx, scope).selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('Webhook');
    return row;
  }

  return {
    async list(tx: TenantTx, scope: WebhookScope) {
      const rows = await scoped(tx, scope).selectAll().orderBy('createdAt').execute();
      return listEnvelope(
        rows.map((r) => toEndpointDto(r)),
        rows.length,
        { limit: rows.length, offset: 0 },
      );
    },
    async get(tx: TenantTx, scope: WebhookScope, id: string) {
      return toEndpointDto(await mustFind(tx, scope, id));
    },
    async create(tx: TenantTx, scope: WebhookScope, input: CreateWebhookInput) {
      const row = await notificationsWrites(tx)
        .insertInto('webhookEndpoints')
        .values({
          storeId: scope.storeId,
          url: input.url,
          secret: newSecret(),
          events: input.events ?? [],
          description: input.description ?? null,
          isActive: input.isActive ?? true,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toEndpointDto(row, true);
    },
    async update(tx: TenantTx, scope: WebhookScope, id: string, input: UpdateWebhookInput) {
      await mustFind(tx, scope, id);
      const row = await notificationsWrites(tx)
        .updateTable('webhookEndpoints')
        .set(input)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return toEndpointDto(row);
    },
    async rotateSecret(tx: TenantTx, scope: WebhookScope, id: string) {
      await mustFind(tx, scope, id);
      const row = await notificationsWrites(tx)
        .updateTable('webhookEndpoints')
        .set({ secret: newSecret() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return toEndpointDto(row, true);
    },
    async remove(tx: TenantTx, scope: WebhookScope, id: string) {
      await mustFind(tx, scope, id);
      await notificationsWrites(tx).deleteFrom('webhookEndpoints').where('id', '=', id).execute();
    },
    /** Queues a `webhook.ping` for one endpoint, to check the receiver and its signature check. */
    async ping(tx: TenantTx, scope: WebhookScope, id: string) {
      const endpoint = await mustFind(tx, scope, id);
      const row = await notificationsWrites(tx)
        .insertInto('webhookDeliveries')
        .values({
          endpointId: endpoint.id,
          eventId: randomUUID(),
          topic: 'webhook.ping',
          payload: JSON.stringify({ webhookId: endpoint.id, storeId: endpoint.storeId }),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toDeliveryDto(row);
    },
    /**
     * Sends a delivery again now: a FAILED one (its attempts ran out) gets one more attempt, a
     * PENDING one waiting out its back-off goes at once. A delivered or sending one is left alone.
     */
    async retry(tx: TenantTx, scope: WebhookScope, id: string, deliveryId: string) {
      await mustFind(tx, scope, id);
      const row = await notificationsWrites(tx)
        .updateTable('webhookDeliveries')
        .set({ status: 'PENDING', nextAttemptAt: new Date() })
        .where('id', '=', deliveryId)
        .where('endpointId', '=', id)
        .where('status', 'in', ['FAILED', 'PENDING'])
        .returningAll()
        .executeTakeFirst();
      if (row) return toDeliveryDto(row);
      const exists = await tx
        .selectFrom('webhookDeliveries')
        .select('status')
        .where('id', '=', deliveryId)
        .where('endpointId', '=', id)
        .executeTakeFirst();
      if (!exists) throw notFound('Webhook delivery');
      throw invalidState(`A ${exists.status.toLowerCase()} delivery cannot be retried`);
    },
    async deliveries(
      tx: TenantTx,
      scope: WebhookScope,
      id: string,
      q: { limit: number; offset: number; status?: WebhookDeliveryRow['status'] },
    ) {
      await mustFind(tx, scope, id);
      let query = tx.selectFrom('webhookDeliveries').where('endpointId', '=', id);
      if (q.status) query = query.where('status', '=', q.status);
      const [rows, count] = await Promise.all([
        query.selectAll().orderBy('createdAt', 'desc').limit(q.limit).offset(q.offset).execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return listEnvelope(rows.map(toDeliveryDto), Number(count.n), q);
    },
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;
