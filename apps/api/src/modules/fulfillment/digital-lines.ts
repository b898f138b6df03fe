import type { TenantTx } from '../../platform/db/pool.ts';
import { recordEvent } from '../../platform/events.ts';
import type { ProductDto } from '../inventory/index.ts';
import { fulfillmentStatusOf, type OrderItemRow, orderLifecycle, owedUnits } from '../orders/index.ts';
import { type FlowDeps, SYSTEM } from './flow-context.ts';
import * as repo from './fulfillment.repository.ts';

/** The inventory product of each order line (lines whose product is gone are left out). */
export async function lineProducts(deps: Pick<FlowDeps, 'inventory'>, tx: TenantTx, items: OrderItemRow[]) {
  const productIds = [...new Set(items.flatMap((i) => (i.productId ? [i.productId] : [])))];
  const products = productIds.length > 0 ? await deps.inventory.getProducts(tx, productIds) : [];
  const byId = new Map(products.map((p) => [p.id, p]));
  const lines = new Map<string, ProductDto>();
  for (const i of items) {
    const product = i.productId ? byId.get(i.productId) : undefined;
    if (product) lines.set(i.id, product);
  }
  return lines;
}

/**
 * Ids of the order lines whose product is DIGITAL (downloads, gift cards): they never enter the
 * pick/pack queue and count as fulfilled once the order is paid.
 */
export async function digitalItemIds(deps: Pick<FlowDeps, 'inventory'>, tx: TenantTx, items: OrderItemRow[]) {
  const products = await lineProducts(deps, tx, items);
  return new Set([...products].filter(([, p]) => p.type === 'DIGITAL').map(([itemId]) => itemId));
}

/**
 * Marks the DIGITAL lines of a PAID order fulfilled (what is still owed of each), then sets the
 * order's fulfilment status and, through the state machine, its status: an all-digital order is
 * FULFILLED (and SHIPPED) without a package; a mixed one is PARTIALLY_FULFILLED (PROCESSING)
 * until its physical lines ship. Safe to run on every order event: nothing owed, nothing written.
 */
export async function fulfilDigitalLines(deps: FlowDeps, tx: TenantTx, orderId: string) {
  const found = await deps.orders.findById(tx, orderId);
  if (found?.paymentStatus !== 'PAID' || found.status === 'CANCELED') return;
  const order = await orderLifecycle.lock(tx, found.storeId, orderId);
  if (order.paymentStatus !== 'PAID' || order.status === 'CANCELED' || order.status === 'RETURNED') return;
  const items = await deps.orders.itemsOf(tx, orderId);
  const digital = await digitalItemIds(deps, tx, items);
  const released = await repo.releasedUnits(tx, orderId);
  const owed = items.flatMap((i) => {
    const n = digital.has(i.id) ? owedUnits(i, released) - i.quantityFulfilled : 0;
    return n > 0 ? [{ item: i, quantity: n }] : [];
  });
  if (owed.length === 0) return;
  for (const l of owed) await orderLifecycle.addLineCounts(tx, l.item.id, { fulfilled: l.quantity });
  const fulfillmentStatus = fulfillmentStatusOf(await deps.orders.itemsOf(tx, orderId), released);
  const status = fulfillmentStatus === 'FULFILLED' ? 'SHIPPED' : 'PROCESSING';
  await orderLifecycle.advance(tx, order, status, { fulfillmentStatus });
  await repo.addTimeline(
    tx,
    orderId,
    SYSTEM,
    'fulfillment.digital',
    `Digital items delivered: ${owed.map((l) => `${l.quantity} × ${l.item.title}`).join(', ')}`,
    { items: owed.map((l) => ({ itemId: l.item.id, quantity: l.quantity })) },
  );
  if (fulfillmentStatus === 'FULFILLED')
    await recordEvent(tx, 'order.fulfilled', { orderId, storeId: order.storeId, fulfillmentStatus });
}
