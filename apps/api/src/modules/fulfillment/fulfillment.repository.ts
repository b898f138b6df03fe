import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import {
  type ActorType,
  type FulfillmentItemsTable,
  type FulfillmentState,
  type FulfillmentsTable,
  fulfillmentWrites,
  type RefundsTable,
} from './fulfillment.schema.ts';

export const OPEN: readonly FulfillmentState[] = ['QUEUED', 'PICKING', 'PICKED', 'PACKED'];
const fulfillmentColumns = [
  'id',
  'storeId',
  'orderId',
  'number',
  'locationId',
  'status',
  'requiresQc',
  'qcStatus',
  'qcNotes',
  'weightGrams',
  'carrier',
  'service',
  'trackingNumber',
  'trackingUrl',
  'pickedAt',
  'packedAt',
  'shippedAt',
  'deliveredAt',
  'canceledAt',
  'createdAt',
  'updatedAt',
  'tenantId',
] as const;

export async function insertFulfillment(
  tx: TenantTx,
  values: Omit<Insertable<FulfillmentsTable>, 'number'>,
  items: Array<Omit<Insertable<FulfillmentItemsTable>, 'fulfillmentId'>>,
) {
  const next = await tx
    .selectFrom('fulfillments')
    .select((eb) => eb.fn.coalesce(eb.fn.max('number'), eb.lit(0)).as('n'))
    .where('orderId', '=', values.orderId)
    .executeTakeFirstOrThrow();
  const row = await fulfillmentWrites(tx)
    .insertInto('fulfillments')
    .values({ ...values, number: Number(next.n) + 1 })
    .returning(fulfillmentColumns)
    .executeTakeFirstOrThrow();
  await fulfillmentWrites(tx)
    .insertInto('fulfillmentItems')
    .values(items.map((i) => ({ ...i, fulfillmentId: row.id })))
    .execute();
  return row;
}

export const findFulfillment = (tx: TenantTx, storeId: string, id: string) =>
  tx
    .selectFrom('fulfillments')
    .select(fulfillmentColumns)
    .where('storeId', '=', storeId)
    .where('id', '=', id)
    .executeTakeFirst();

export const fulfillmentsOfOrder = (tx: TenantTx, orderId: string) =>
  tx
    .selectFrom('fulfillments')
    .select(fulfillmentColumns)
    .where('orderId', '=', orderId)
    .orderBy('number')
    .execute();

export const openAtLocation = (
  tx: TenantTx,
  locationId: string,
  statuses: readonly FulfillmentState[] = OPEN,
) =>
  tx
    .selectFrom('fulfillments')
    .select(fulfillmentColumns)
    .where('locationId', '=', locationId)
    .where('status', 'in', [...statuses])
    .orderBy('createdAt')
    .execute();

export const itemsOfFulfillments = (tx: TenantTx, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : tx
        .selectFrom('fulfillmentItems')
        .selectAll()
        .where('fulfillmentId', 'in', ids)
        .orderBy('createdAt')
        .orderBy('id')
        .execute();

export const updateFulfillment = (tx: TenantTx, id: string, patch: Updateable<FulfillmentsTable>) =>
  fulfillmentWrites(tx)
    .updateTable('fulfillments')
    .set(patch)
    .where('id', '=', id)
    .returning(fulfillmentColumns)
    .executeTakeFirstOrThrow();

export const labelOf = (tx: TenantTx, storeId: string, id: string) =>
  tx
    .selectFrom('fulfillments')
    .select(['labelPdf', 'trackingNumber'])
    .where('storeId', '=', storeId)
    .where('id', '=', id)
    .executeTakeFirst();

/** Picks units of one fulfilment line; false when that would pick more than the line holds. */
export async function pickUnits(tx: TenantTx, itemId: string, quantity: number) {
  const res = await sql`
    update fulfillment_items set quantity_picked = quantity_picked + ${quantity}
    where id = ${itemId} and quantity_picked + ${quantity} <= quantity`.execute(tx);
  return Number(res.numAffectedRows ?? 0) > 0;
}

export const setPicked = (tx: TenantTx, fulfillmentId: string) =>
  sql`update fulfillment_items set quantity_picked = quantity where fulfillment_id = ${fulfillmentId}`.execute(
    tx,
  );

/** Shrinks a not-yet-started line (QUEUED) by `quantity`, deleting it at zero. */
export async function shrinkQueuedItem(tx: TenantTx, itemId: string, quantity: number) {
  await sql`update fulfillment_items set quantity = quantity - ${quantity} where id = ${itemId} and quantity > ${quantity}`.execute(
    tx,
  );
  await sql`delete from fulfillment_items where id = ${itemId} and quantity <= ${quantity}`.execute(tx);
}

/** Queued packages left with no lines are canceled. */
export const cancelEmptyQueued = (tx: TenantTx, orderId: string) =>
  sql`update fulfillments f set status = 'CANCELED', canceled_at = now()
      where f.order_id = ${orderId} and f.status = 'QUEUED'
        and not exists (select 1 from fulfillment_items i where i.fulfillment_id = f.id)`.execute(tx);

export const binsOf = (tx: TenantTx, locationId: string, variantIds: string[]) =>
  variantIds.length === 0
    ? Promise.resolve([])
    : tx
        .selectFrom('binAssignments')
        .select(['variantId', 'bin'])
        .where('locationId', '=', locationId)
        .where('variantId', 'in', variantIds)
        .execute();

export const upsertBin = (tx: TenantTx, locationId: string, variantId: string, bin: string) =>
  fulfillmentWrites(tx)
    .insertInto('binAssignments')
    .values({ locationId, variantId, bin })
    .onConflict((oc) =>
      oc.columns(['tenantId', 'locationId', 'variantId']).doUpdateSet({ bin, updatedAt: new Date() }),
    )
    .execute();

export const addShipmentEvent = (tx: TenantTx, fulfillmentId: string, status: string, description: string) =>
  fulfillmentWrites(tx).insertInto('shipmentEvents').values({ fulfillmentId, status, description }).execute();

export const shipmentEventsOf = (tx: TenantTx, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : tx
        .selectFrom('shipmentEvents')
        .selectAll()
        .where('fulfillmentId', 'in', ids)
        .orderBy('occurredAt')
        .execute();

export const insertRefund = (tx: TenantTx, values: Insertable<RefundsTable>) =>
  fulfillmentWrites(tx).insertInto('refunds').values(values).returningAll().executeTakeFirstOrThrow();

export const refundsOf = (tx: TenantTx, orderId: string) =>
  tx.selectFrom('refunds').selectAll().where('orderId', '=', orderId).orderBy('createdAt').execute();

export type Actor = { type: ActorType; id: string | null };
export const addTimeline = (
  tx: TenantTx,
  orderId: string,
  actor: Actor,
  type: string,
  message: string,
  data: Record<string, unknown> = {},
  at?: Date,
) =>
  fulfillmentWrites(tx)
    .insertInto('orderTimeline')
    .values({
      orderId,
      type,
      message,
      actorType: actor.type,
      actorId: actor.id,
      data: JSON.stringify(data),
      ...(at ? { createdAt: at } : {}),
    })
    .execute();

export const timelineOf = (tx: TenantTx, orderId: string) =>
  tx
    .selectFrom('orderTimeline')
    .selectAll()
    .where('orderId', '=', orderId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();

/**
 * Where an order's stock is allocated, per ordered variant (the inventory's `allocations`, read
 * only, to route the order to the location that holds it).
 */
export const allocationLocations = (tx: TenantTx, orderReference: string) =>
  tx
    .selectFrom('allocations')
    .select(['lineVariantId', 'locationId'])
    .where('orderReference', '=', orderReference)
    .execute();

export const defaultLocation = (tx: TenantTx) =>
  tx
    .selectFrom('locations')
    .select(['id', 'name', 'address'])
    .where('isDefault', '=', true)
    .executeTakeFirst();

export const findLocation = (tx: TenantTx, id: string) =>
  tx
    .selectFrom('locations')
    .select(['id', 'name', 'code', 'address'])
    .where('id', '=', id)
    .executeTakeFirst();

export const orderNumbers = (tx: TenantTx, orderIds: string[]) =>
  orderIds.length === 0
    ? Promise.resolve([])
    : tx
        .selectFrom('orders')
        .select(['id', 'orderNumber', 'customerName'])
        .where('id', 'in', orderIds)
        .execute();

/** Per order line, units refunded before they shipped (no longer owed to the shopper). */
export async function releasedUnits(tx: TenantTx, orderId: string): Promise<Map<string, number>> {
  const released = new Map<string, number>();
  for (const r of await refundsOf(tx, orderId))
    for (const i of r.items)
      if (i.released) released.set(i.itemId, (released.get(i.itemId) ?? 0) + i.released);
  return released;
}
