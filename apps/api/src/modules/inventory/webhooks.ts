import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db, TenantTx } from '../../platform/db/pool.ts';
import { conflict, invalid, unauthenticated } from '../../platform/errors.ts';
import { zodFieldErrors } from '../../platform/http/problem.ts';
import { publicRoute, type RouteDef } from '../../platform/http/route.ts';
import { WebhookResultResponse } from './inventory.responses.ts';
import { inventoryWrites } from './inventory.schema.ts';
import { move } from './moves.ts';
import { defaultLocationId, ensureStockRow } from './stock.repository.ts';

export const WEBHOOK_PATH = '/api/inventory/webhooks/stock';
/** How far a webhook's timestamp may be from our clock; older deliveries are refused. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const WebhookBody = z.strictObject({
  updates: z
    .array(
      z.strictObject({
        sku: z.string().trim().min(1).max(100),
        onHand: z.number().int().min(0).max(100_000_000),
        locationCode: z.string().trim().min(1).max(60).optional(),
      }),
    )
    .min(1)
    .max(1000),
});

/** The signature the external system sends: HMAC-SHA256 over `timestamp.deliveryId.rawBody`. */
export function signWebhook(secret: string, timestamp: string, deliveryId: string, rawBody: string | Buffer) {
  const mac = createHmac('sha256', secret)
    .update(`${timestamp}.${deliveryId}.`)
    .update(rawBody)
    .digest('hex');
  return `sha256=${mac}`;
}

function header(req: Request, name: string) {
  const value = req.header(name);
  if (!value) throw unauthenticated(`Missing ${name}`);
  return value;
}

/** Checks freshness and signature; the delivery id is checked against replays in the caller's tx. */
async function verify(
  tx: TenantTx,
  req: Request,
  rawBody: Buffer,
  at: { timestamp: string; deliveryId: string },
) {
  const ts = Number(at.timestamp);
  if (!Number.isInteger(ts) || Math.abs(Date.now() / 1000 - ts) > WEBHOOK_TOLERANCE_SECONDS)
    throw unauthenticated('Stale or invalid X-Ventory-Timestamp');
  const integration = await tx.selectFrom('inventoryIntegrations').select('secret').executeTakeFirst();
  const given = Buffer.from(header(req, 'x-ventory-signature'));
  const expected = Buffer.from(
    signWebhook(integration?.secret ?? randomBytes(32).toString('hex'), at.timestamp, at.deliveryId, rawBody),
  );
  if (!integration || given.length !== expected.length || !timingSafeEqual(given, expected))
    throw unauthenticated('Bad signature');
}

/** Sets one SKU's on-hand to what the external system counted (never below what is held). */
async function applyCount(
  tx: TenantTx,
  u: { sku: string; onHand: number; locationCode?: string },
  deliveryId: string,
) {
  const variant = await tx
    .selectFrom('productVariants')
    .select('id')
    .where('sku', '=', u.sku)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!variant) return { sku: u.sku, status: 'UNKNOWN_SKU' as const };
  const location = u.locationCode
    ? (await tx.selectFrom('locations').select('id').where('code', '=', u.locationCode).executeTakeFirst())
        ?.id
    : await defaultLocationId(tx);
  if (!location) return { sku: u.sku, status: 'UNKNOWN_LOCATION' as const };
  await ensureStockRow(tx, variant.id, location);
  // Lock the row, then move by the difference: the guard still refuses anything below the holds.
  const row = await sql<{ onHand: number; held: number }>`
    select on_hand, reserved + allocated as held from stock_levels
     where variant_id = ${variant.id} and location_id = ${location} for update`.execute(tx);
  const current = row.rows[0] ?? { onHand: 0, held: 0 };
  const target = Math.max(u.onHand, current.held);
  const delta = target - current.onHand;
  if (delta !== 0)
    await move(tx, {
      variantId: variant.id,
      locationId: location,
      onHand: delta,
      type: 'SYNC',
      quantity: delta,
      reason: 'External inventory count',
      reference: deliveryId,
      actor: 'webhook',
    });
  return { sku: u.sku, status: 'APPLIED' as const, onHand: target, delta, clamped: target !== u.onHand };
}

export function webhookRoutes(db: Db): RouteDef[] {
  return [
    publicRoute(
      {
        method: 'post',
        path: WEBHOOK_PATH,
        status: 200,
        summary: 'Stock counts from an external inventory (HMAC-signed)',
        response: WebhookResultResponse,
        tags: ['inventory'],
      },
      async ({ req }) => {
        const tenantId = header(req, 'x-ventory-tenant');
        if (!UUID_RE.test(tenantId)) throw unauthenticated('Bad X-Ventory-Tenant');
        const at = {
          timestamp: header(req, 'x-ventory-timestamp'),
          deliveryId: header(req, 'x-ventory-delivery'),
        };
        const rawBody = (req as Request & { rawBody?: Buffer }).rawBody ?? Buffer.alloc(0);
        return db.withTenant(tenantId, async (tx) => {
          await verify(tx, req, rawBody, at);
          const fresh = await inventoryWrites(tx)
            .insertInto('inventoryWebhookDeliveries')
            .values({ deliveryId: at.deliveryId.slice(0, 200) })
            .onConflict((oc) => oc.doNothing())
            .returning('deliveryId')
            .executeTakeFirst();
          if (!fresh) throw conflict('REPLAYED_DELIVERY', 'This delivery was already accepted');
          const parsed = WebhookBody.safeParse(req.body);
          if (!parsed.success) throw invalid('The request is not valid', zodFieldErrors(parsed.error));
          const results = [];
          for (const u of parsed.data.updates) results.push(await applyCount(tx, u, at.deliveryId));
          await inventoryWrites(tx)
            .updateTable('inventoryIntegrations')
            .set({ lastSyncAt: new Date() })
            .execute();
          return { deliveryId: at.deliveryId, results };
        });
      },
    ),
  ];
}
