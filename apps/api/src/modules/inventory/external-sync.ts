import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db, TenantTx } from '../../platform/db/pool.ts';
import { invalidState } from '../../platform/errors.ts';
import { adminRoute, type RouteDef } from '../../platform/http/route.ts';
import type { NonEmpty, OutboxEvent } from '../../platform/jobs/index.ts';
import {
  IntegrationSecretResponse,
  IntegrationSettingsResponse,
  IntegrationStatusResponse,
} from './inventory.responses.ts';
import { inventoryWrites } from './inventory.schema.ts';
import { signWebhook, WEBHOOK_PATH } from './webhooks.ts';

const IntegrationBody = z.strictObject({
  outboundUrl: z
    .string()
    .max(2048)
    .regex(/^https?:\/\/\S+$/, 'must be an http(s) URL')
    .nullable()
    .optional(),
  safetyBuffer: z.number().int().min(0).max(1_000_000).optional(),
});

/**
 * Pushes every stock movement to the tenant's external inventory, signed like the inbound webhook.
 * When the push fails the integration is marked degraded (sales keep the safety buffer back) and
 * the error makes the job runner queue a retry: queued movements are replayed later, each carrying
 * its ledger `seq` and the absolute counts, so the receiver can drop stale ones. The first
 * successful push clears the degraded state.
 */
export function externalPush(db: Db, timeoutMs = 5000) {
  /** `tx`: the events' delivery transaction, where the tenant's integration is read (once). */
  return async (events: NonEmpty<OutboxEvent>, tx: TenantTx) => {
    const integration = await tx
      .selectFrom('inventoryIntegrations')
      .select(['outboundUrl', 'secret'])
      .executeTakeFirst();
    if (!integration?.outboundUrl) return;
    for (const event of events) await pushMovement(event, integration.outboundUrl, integration.secret);
  };

  async function pushMovement(event: OutboxEvent, url: string, secret: string) {
    const body = JSON.stringify({
      id: event.id,
      seq: event.seq,
      topic: event.topic,
      movement: event.payload,
    });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const deliveryId = randomUUID();
    const setState = (degraded: boolean) =>
      db.withTenant(event.tenantId, (tx) =>
        inventoryWrites(tx)
          .updateTable('inventoryIntegrations')
          .set(
            degraded
              ? { degradedSince: sql`coalesce(degraded_since, now())` }
              : { degradedSince: null, lastPushAt: new Date() },
          )
          .execute(),
      );
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-ventory-tenant': event.tenantId,
          'x-ventory-timestamp': timestamp,
          'x-ventory-delivery': deliveryId,
          'x-ventory-signature': signWebhook(secret, timestamp, deliveryId, body),
        },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!res.ok) throw new Error(`external inventory answered ${res.status}`);
    } catch (err) {
      await setState(true);
      throw err;
    }
    await setState(false);
  }
}

export function integrationRoutes(): RouteDef[] {
  const tags = ['inventory'];
  return [
    adminRoute(
      {
        method: 'get',
        path: '/api/inventory/integration',
        summary: 'External inventory integration status',
        response: IntegrationStatusResponse,
        tags,
      },
      async ({ tx, auth }) => {
        const row = await tx.selectFrom('inventoryIntegrations').selectAll().executeTakeFirst();
        return {
          tenantId: auth.tenantId,
          configured: row !== undefined,
          secretHint: row ? `…${row.secret.slice(-4)}` : null,
          webhookPath: WEBHOOK_PATH,
          lastSyncAt: row?.lastSyncAt?.toISOString() ?? null,
          outboundUrl: row?.outboundUrl ?? null,
          safetyBuffer: row?.safetyBuffer ?? 0,
          degraded: Boolean(row?.degradedSince),
          degradedSince: row?.degradedSince?.toISOString() ?? null,
          lastPushAt: row?.lastPushAt?.toISOString() ?? null,
        };
      },
    ),
    adminRoute(
      {
        method: 'put',
        path: '/api/inventory/integration',
        summary: 'Set the outbound URL and the safety buffer of the external inventory',
        response: IntegrationSettingsResponse,
        tags,
        body: IntegrationBody,
        requirePermission: 'settings.integrations',
      },
      async ({ tx, body }) => {
        const row = await inventoryWrites(tx)
          .updateTable('inventoryIntegrations')
          .set(body)
          .returning('tenantId')
          .executeTakeFirst();
        if (!row)
          throw invalidState('Create the signing secret first (POST /api/inventory/integration/secret)');
        return { outboundUrl: body.outboundUrl, safetyBuffer: body.safetyBuffer };
      },
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/inventory/integration/secret',
        status: 200,
        summary: 'Create or rotate the webhook signing secret (shown once)',
        response: IntegrationSecretResponse,
        tags,
        requirePermission: 'settings.integrations',
      },
      async ({ tx, auth }) => {
        const secret = randomBytes(32).toString('base64url');
        await inventoryWrites(tx)
          .insertInto('inventoryIntegrations')
          .values({ secret })
          .onConflict((oc) => oc.column('tenantId').doUpdateSet({ secret }))
          .execute();
        return { tenantId: auth.tenantId, secret, webhookPath: WEBHOOK_PATH };
      },
    ),
  ];
}
