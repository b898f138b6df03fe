import type { TenantTx } from '../../platform/db/pool.ts';
import { notFound } from '../../platform/errors.ts';
import { type OrderRow, orderLifecycle } from '../orders/index.ts';
import type { Actor } from './flow-context.ts';
import { toFulfillmentDto } from './fulfillment.dto.ts';
import * as repo from './fulfillment.repository.ts';
import type { FulfillmentRow, FulfillmentState } from './fulfillment.schema.ts';
import { assertPackageMove } from './package-state.ts';

/** Shared steps of the package flow: load, present, move along the state machine. */
export type Fulfillment = Omit<FulfillmentRow, 'labelPdf'>;

export async function mustFind(tx: TenantTx, storeId: string, id: string) {
  const row = await repo.findFulfillment(tx, storeId, id);
  if (!row) throw notFound('Fulfillment');
  return row;
}
export const present = async (tx: TenantTx, f: Fulfillment) =>
  toFulfillmentDto(f, await repo.itemsOfFulfillments(tx, [f.id]));

export async function move(
  tx: TenantTx,
  f: Fulfillment,
  to: FulfillmentState,
  patch: Parameters<typeof repo.updateFulfillment>[2] = {},
) {
  assertPackageMove(f.status, to);
  return repo.updateFulfillment(tx, f.id, { ...patch, status: to });
}

/** The order starts PROCESSING when its first package is worked on. */
export async function startProcessing(tx: TenantTx, order: OrderRow, actor: Actor) {
  if (order.status !== 'PENDING') return;
  await orderLifecycle.transition(tx, order, 'PROCESSING');
  await repo.addTimeline(tx, order.id, actor, 'order.processing', 'Order is being processed');
}
