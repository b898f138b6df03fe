import type { TenantTx } from '../../platform/db/pool.ts';
import { invalid, invalidState } from '../../platform/errors.ts';
import { type OrderItemRow, type OrderRow, orderLifecycle, owedUnits } from '../orders/index.ts';
import { digitalItemIds } from './digital-lines.ts';
import { type Actor, type FlowDeps, fulfillmentsOf, SYSTEM, syncOrderFulfillments } from './flow-context.ts';
import { toFulfillmentDto } from './fulfillment.dto.ts';
import { fulfillmentConflict } from './fulfillment.errors.ts';
import * as repo from './fulfillment.repository.ts';
import { move, mustFind, present, startProcessing } from './packages.ts';
import { createShippingSteps } from './shipping.steps.ts';

type Line = { item: OrderItemRow; quantity: number };
export type LineRequest = Array<{ itemId: string; quantity: number }>;

const CLOSED_ORDER = ['CANCELED', 'RETURNED', 'DELIVERED'];

/**
 * Units of each order line not yet in a (non-canceled) package. DIGITAL lines (`digital`: item
 * ids) have none: they never go through the pick/pack queue (see digital-lines.ts).
 */
async function unassigned(
  tx: TenantTx,
  items: OrderItemRow[],
  orderId: string,
  digital: ReadonlySet<string>,
) {
  const packages = (await repo.fulfillmentsOfOrder(tx, orderId)).filter((f) => f.status !== 'CANCELED');
  const lines = await repo.itemsOfFulfillments(
    tx,
    packages.map((p) => p.id),
  );
  const assigned = new Map<string, number>();
  for (const l of lines) assigned.set(l.orderItemId, (assigned.get(l.orderItemId) ?? 0) + l.quantity);
  const released = await repo.releasedUnits(tx, orderId);
  return new Map(
    items.map((i) => [i.id, digital.has(i.id) ? 0 : owedUnits(i, released) - (assigned.get(i.id) ?? 0)]),
  );
}

/** The requested lines (or every unassigned unit), checked against what is left. */
function pickLines(items: OrderItemRow[], left: Map<string, number>, requested?: LineRequest): Line[] {
  if (!requested || requested.length === 0)
    return items.flatMap((item) =>
      (left.get(item.id) ?? 0) > 0 ? [{ item, quantity: left.get(item.id) ?? 0 }] : [],
    );
  const errors = requested.flatMap((r, i) =>
    items.some((it) => it.id === r.itemId)
      ? []
      : [{ path: `items.${i}.itemId`, message: 'is not a line of this order' }],
  );
  if (errors.length > 0) throw invalid('The request is not valid', errors);
  return requested.map((r) => {
    const item = items.find((it) => it.id === r.itemId) as OrderItemRow;
    if (r.quantity > (left.get(item.id) ?? 0))
      throw fulfillmentConflict(
        'QUANTITY_EXCEEDS_REMAINING',
        `Only ${left.get(item.id) ?? 0} of "${item.title}" are left to fulfil`,
        {
          itemId: item.id,
          remaining: left.get(item.id) ?? 0,
        },
      );
    return { item, quantity: r.quantity };
  });
}

/** The use cases of the fulfilment flow, from queue to delivery, plus the one-call `fulfill`. */
export function createFulfillmentService(deps: FlowDeps) {
  const { label, ship, deliver } = createShippingSteps(deps);
  async function locationFor(tx: TenantTx, orderId: string, lines: Line[], given?: string) {
    if (given) {
      if (!(await repo.findLocation(tx, given)))
        throw invalid('The request is not valid', [{ path: 'locationId', message: 'is not a location' }]);
      return given;
    }
    const allocated = await repo.allocationLocations(tx, orderId);
    const hit = allocated.find((a) => lines.some((l) => l.item.variantId === a.lineVariantId));
    return hit?.locationId ?? (await repo.defaultLocation(tx))?.id ?? null;
  }

  /** Step 3: puts lines of an order in a package in the queue of the location that holds them. */
  async function queue(
    tx: TenantTx,
    order: OrderRow,
    input: { items?: LineRequest; locationId?: string; requiresQc?: boolean },
    actor: Actor,
  ) {
    if (CLOSED_ORDER.includes(order.status))
      throw invalidState(`A ${order.status} order cannot be fulfilled`);
    const items = await deps.orders.itemsOf(tx, order.id);
    const digital = await digitalItemIds(deps, tx, items);
    const lines = pickLines(items, await unassigned(tx, items, order.id, digital), input.items);
    if (lines.length === 0) throw invalidState('Nothing is left to fulfil on this order');
    const row = await repo.insertFulfillment(
      tx,
      {
        storeId: order.storeId,
        orderId: order.id,
        locationId: await locationFor(tx, order.id, lines, input.locationId),
        requiresQc: input.requiresQc ?? false,
      },
      lines.map((l) => ({
        orderItemId: l.item.id,
        variantId: l.item.variantId,
        sku: l.item.sku,
        title: l.item.title,
        quantity: l.quantity,
      })),
    );
    await repo.addTimeline(
      tx,
      order.id,
      actor,
      'fulfillment.queued',
      `Package #${row.number} queued for picking`,
      {
        fulfillmentId: row.id,
        locationId: row.locationId,
      },
    );
    await syncOrderFulfillments(tx, order.id);
    return row;
  }

  /** Step 5: one scan (by SKU or line), or the whole package at once. */
  async function pick(
    tx: TenantTx,
    storeId: string,
    id: string,
    input: { sku?: string; itemId?: string; quantity?: number; all?: boolean },
    actor: Actor,
  ) {
    const f = await mustFind(tx, storeId, id);
    const order = await orderLifecycle.lock(tx, storeId, f.orderId);
    if (f.status !== 'QUEUED' && f.status !== 'PICKING')
      throw invalidState(`A ${f.status} package cannot be picked`);
    const lines = await repo.itemsOfFulfillments(tx, [f.id]);
    if (input.all) await repo.setPicked(tx, f.id);
    else {
      const sku = input.sku?.trim().toLowerCase();
      const candidates = lines.filter((l) =>
        input.itemId ? l.orderItemId === input.itemId || l.id === input.itemId : l.sku?.toLowerCase() === sku,
      );
      if (candidates.length === 0)
        throw fulfillmentConflict('NOT_IN_PACKAGE', `${input.sku ?? input.itemId} is not in this package`);
      const line = candidates.find((l) => l.quantityPicked < l.quantity) ?? candidates[0];
      if (!line || !(await repo.pickUnits(tx, line.id, input.quantity ?? 1)))
        throw fulfillmentConflict('OVER_PICK', `All units of ${line?.sku ?? line?.title} are already picked`);
    }
    const after = await repo.itemsOfFulfillments(tx, [f.id]);
    const done = after.every((l) => l.quantityPicked === l.quantity);
    const row = await move(tx, f, done ? 'PICKED' : 'PICKING', done ? { pickedAt: new Date() } : {});
    await startProcessing(tx, order, actor);
    if (done)
      await repo.addTimeline(tx, order.id, actor, 'fulfillment.picked', `Package #${f.number} picked`, {
        fulfillmentId: f.id,
      });
    await syncOrderFulfillments(tx, order.id);
    return toFulfillmentDto(row, after);
  }

  /** Step 6: packing, with the quality check when the package asks for one. */
  async function pack(
    tx: TenantTx,
    storeId: string,
    id: string,
    input: { qc?: { passed: boolean; notes?: string }; weightGrams?: number },
    actor: Actor,
  ) {
    const f = await mustFind(tx, storeId, id);
    await orderLifecycle.lock(tx, storeId, f.orderId);
    if (f.status !== 'PICKED') throw invalidState(`A ${f.status} package cannot be packed (pick it first)`);
    if (f.requiresQc && !input.qc)
      throw fulfillmentConflict('QC_REQUIRED', 'This package needs a quality check before packing');
    if (input.qc && !input.qc.passed) {
      const row = await repo.updateFulfillment(tx, f.id, {
        qcStatus: 'FAILED',
        qcNotes: input.qc.notes ?? null,
      });
      await repo.addTimeline(
        tx,
        f.orderId,
        actor,
        'fulfillment.qc_failed',
        `Package #${f.number} failed its quality check`,
        {
          fulfillmentId: f.id,
          notes: input.qc.notes ?? null,
        },
      );
      return present(tx, row);
    }
    const row = await move(tx, f, 'PACKED', {
      packedAt: new Date(),
      weightGrams: input.weightGrams ?? f.weightGrams,
      ...(input.qc ? { qcStatus: 'PASSED' as const, qcNotes: input.qc.notes ?? null } : {}),
    });
    await repo.addTimeline(tx, f.orderId, actor, 'fulfillment.packed', `Package #${f.number} packed`, {
      fulfillmentId: f.id,
      qc: input.qc ?? null,
    });
    await syncOrderFulfillments(tx, f.orderId);
    return present(tx, row);
  }

  async function cancelPackage(tx: TenantTx, storeId: string, id: string, actor: Actor) {
    const f = await mustFind(tx, storeId, id);
    await orderLifecycle.lock(tx, storeId, f.orderId);
    const row = await move(tx, f, 'CANCELED', { canceledAt: new Date() });
    await repo.addTimeline(tx, f.orderId, actor, 'fulfillment.canceled', `Package #${f.number} canceled`, {
      fulfillmentId: f.id,
    });
    await syncOrderFulfillments(tx, f.orderId);
    return present(tx, row);
  }

  /** Frees queued (not yet started) units of the given lines so that they can go elsewhere. */
  async function releaseQueued(tx: TenantTx, orderId: string, wanted: Map<string, number>) {
    const queued = (await repo.fulfillmentsOfOrder(tx, orderId)).filter((f) => f.status === 'QUEUED');
    for (const line of await repo.itemsOfFulfillments(
      tx,
      queued.map((q) => q.id),
    )) {
      const need = wanted.get(line.orderItemId) ?? 0;
      if (need <= 0) continue;
      const take = Math.min(need, line.quantity);
      await repo.shrinkQueuedItem(tx, line.id, take);
      wanted.set(line.orderItemId, need - take);
    }
    await repo.cancelEmptyQueued(tx, orderId);
  }

  return {
    queue: async (
      tx: TenantTx,
      storeId: string,
      orderId: string,
      input: Parameters<typeof queue>[2],
      actor: Actor,
    ) => present(tx, await queue(tx, await orderLifecycle.lock(tx, storeId, orderId), input, actor)),
    pick,
    pack,
    label,
    ship,
    deliver,
    cancelPackage,
    releaseQueued,
    list: (tx: TenantTx, orderId: string) => fulfillmentsOf(tx, orderId),
    get: async (tx: TenantTx, storeId: string, id: string) => present(tx, await mustFind(tx, storeId, id)),

    /**
     * Step 3 on `order.placed`: queue what the order holds, per location that holds it (its
     * physical lines only; DIGITAL lines are fulfilled on payment, see digital-lines.ts).
     */
    async autoQueue(tx: TenantTx, orderId: string) {
      const found = await deps.orders.findById(tx, orderId);
      if (!found || CLOSED_ORDER.includes(found.status)) return;
      const order = await orderLifecycle.lock(tx, found.storeId, orderId);
      const items = await deps.orders.itemsOf(tx, orderId);
      const left = await unassigned(tx, items, orderId, await digitalItemIds(deps, tx, items));
      const lines = pickLines(items, left);
      const allocated = await repo.allocationLocations(tx, orderId);
      const byLocation = new Map<string, LineRequest>();
      for (const l of lines) {
        const loc = allocated.find((a) => a.lineVariantId === l.item.variantId)?.locationId ?? '';
        byLocation.set(loc, [...(byLocation.get(loc) ?? []), { itemId: l.item.id, quantity: l.quantity }]);
      }
      for (const [loc, group] of byLocation)
        await queue(tx, order, { items: group, locationId: loc || undefined }, SYSTEM);
    },

    /**
     * The contract's one-call path: the given lines (or everything left) are packed into one
     * package and shipped at once, through the same steps (picked, packed, shipped).
     */
    async fulfillNow(
      tx: TenantTx,
      storeId: string,
      orderId: string,
      input: { items?: LineRequest; trackingNumber?: string; carrier?: string; locationId?: string },
      actor: Actor,
    ) {
      const order = await orderLifecycle.lock(tx, storeId, orderId);
      if (CLOSED_ORDER.includes(order.status))
        throw invalidState(`A ${order.status} order cannot be fulfilled`);
      const items = await deps.orders.itemsOf(tx, orderId);
      const released = await repo.releasedUnits(tx, orderId);
      // Queued-but-untouched packages give way to the one-call path.
      const wanted = new Map(
        input.items?.length
          ? input.items.map((i) => [i.itemId, i.quantity])
          : items.map((i) => [i.id, owedUnits(i, released)]),
      );
      await releaseQueued(tx, orderId, wanted);
      const f = await queue(tx, order, { items: input.items, locationId: input.locationId }, actor);
      await repo.setPicked(tx, f.id);
      await repo.updateFulfillment(tx, f.id, {
        status: 'PACKED',
        pickedAt: new Date(),
        packedAt: new Date(),
      });
      await startProcessing(tx, order, actor);
      await ship(tx, storeId, f.id, { trackingNumber: input.trackingNumber, carrier: input.carrier }, actor);
      return deps.orders.get(tx, storeId, orderId);
    },
  };
}

export type FulfillmentService = ReturnType<typeof createFulfillmentService>;
