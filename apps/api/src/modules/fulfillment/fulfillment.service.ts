import type { TenantTx } from '../../platform/db/pool.ts';
import { conflict, invalid, invalidState, notFound } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import type { OrderItemRow, OrderRow } from '../orders/index.ts';
import {
  type Actor,
  type FlowDeps,
  fulfillmentsOf,
  notifyCustomer,
  SYSTEM,
  syncOrderFulfillments,
} from './flow-context.ts';
import { toFulfillmentDto } from './fulfillment.dto.ts';
import * as repo from './fulfillment.repository.ts';
import type { FulfillmentRow, FulfillmentState } from './fulfillment.schema.ts';
import { addLineCounts, lockOrder, setOrderState } from './order-writes.ts';
import { assertOrderMove, assertPackageMove, canMoveOrder, fulfillmentStatusOf, owedUnits } from './state.ts';

type Line = { item: OrderItemRow; quantity: number };
export type LineRequest = Array<{ itemId: string; quantity: number }>;
type Fulfillment = Omit<FulfillmentRow, 'labelPdf'>;

const CLOSED_ORDER = ['CANCELED', 'RETURNED', 'DELIVERED'];

/** Units of each order line not yet in a (non-canceled) package. */
async function unassigned(tx: TenantTx, items: OrderItemRow[], orderId: string) {
  const packages = (await repo.fulfillmentsOfOrder(tx, orderId)).filter((f) => f.status !== 'CANCELED');
  const lines = await repo.itemsOfFulfillments(
    tx,
    packages.map((p) => p.id),
  );
  const assigned = new Map<string, number>();
  for (const l of lines) assigned.set(l.orderItemId, (assigned.get(l.orderItemId) ?? 0) + l.quantity);
  const released = await repo.releasedUnits(tx, orderId);
  return new Map(items.map((i) => [i.id, owedUnits(i, released) - (assigned.get(i.id) ?? 0)]));
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
      throw conflict(
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
  async function mustFind(tx: TenantTx, storeId: string, id: string) {
    const row = await repo.findFulfillment(tx, storeId, id);
    if (!row) throw notFound('Fulfillment');
    return row;
  }
  const present = async (tx: TenantTx, f: Fulfillment) =>
    toFulfillmentDto(f, await repo.itemsOfFulfillments(tx, [f.id]));

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
    const lines = pickLines(items, await unassigned(tx, items, order.id), input.items);
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

  async function move(
    tx: TenantTx,
    f: Fulfillment,
    to: FulfillmentState,
    patch: Parameters<typeof repo.updateFulfillment>[2] = {},
  ) {
    assertPackageMove(f.status, to);
    return repo.updateFulfillment(tx, f.id, { ...patch, status: to });
  }

  /** The order starts PROCESSING when its first package is worked on. */
  async function startProcessing(tx: TenantTx, order: OrderRow, actor: Actor) {
    if (order.status !== 'PENDING') return;
    await setOrderState(tx, order.id, { status: 'PROCESSING' });
    await repo.addTimeline(tx, order.id, actor, 'order.processing', 'Order is being processed');
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
    const order = await lockOrder(tx, storeId, f.orderId);
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
        throw conflict('NOT_IN_PACKAGE', `${input.sku ?? input.itemId} is not in this package`);
      const line = candidates.find((l) => l.quantityPicked < l.quantity) ?? candidates[0];
      if (!line || !(await repo.pickUnits(tx, line.id, input.quantity ?? 1)))
        throw conflict('OVER_PICK', `All units of ${line?.sku ?? line?.title} are already picked`);
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
    await lockOrder(tx, storeId, f.orderId);
    if (f.status !== 'PICKED') throw invalidState(`A ${f.status} package cannot be packed (pick it first)`);
    if (f.requiresQc && !input.qc)
      throw conflict('QC_REQUIRED', 'This package needs a quality check before packing');
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

  /** Step 7a: buys a label from a carrier (the built-in one makes a PDF and a tracking number). */
  async function label(
    tx: TenantTx,
    storeId: string,
    id: string,
    input: { carrier?: string; service?: string },
    actor: Actor,
  ) {
    const f = await mustFind(tx, storeId, id);
    const order = await lockOrder(tx, storeId, f.orderId);
    if (f.status !== 'PACKED') throw invalidState(`A ${f.status} package cannot get a label (pack it first)`);
    const row = await createLabel(tx, order, f, input);
    await repo.addTimeline(
      tx,
      order.id,
      actor,
      'fulfillment.label_created',
      `Label ${row.trackingNumber} for package #${f.number}`,
      {
        fulfillmentId: f.id,
        carrier: row.carrier,
        trackingNumber: row.trackingNumber,
      },
    );
    await syncOrderFulfillments(tx, order.id);
    return present(tx, row);
  }

  async function createLabel(
    tx: TenantTx,
    order: OrderRow,
    f: Fulfillment,
    input: { carrier?: string; service?: string },
  ) {
    const store = await tx
      .selectFrom('stores')
      .select(['name', 'domain'])
      .where('id', '=', order.storeId)
      .executeTakeFirstOrThrow();
    const carriers = deps.carriers(store.domain);
    const carrier = input.carrier ? carriers.find((c) => c.code === input.carrier) : carriers[0];
    if (!carrier)
      throw invalid('The request is not valid', [
        { path: 'carrier', message: 'is not a carrier this platform can buy labels from' },
      ]);
    const location = f.locationId ? await repo.findLocation(tx, f.locationId) : undefined;
    const from = (location?.address ?? {}) as Record<string, string>;
    const to = (order.shippingAddress ?? {}) as Record<string, string>;
    const made = await carrier.createLabel({
      from: {
        name: store.name,
        line1: from.line1 ?? location?.name ?? '',
        city: from.city ?? '',
        postalCode: from.postalCode ?? '',
        country: from.country ?? '',
      },
      to: {
        name: `${to.firstName ?? ''} ${to.lastName ?? ''}`.trim() || (order.customerName ?? ''),
        line1: to.line1 ?? '',
        line2: to.line2,
        city: to.city ?? '',
        region: to.region,
        postalCode: to.postalCode ?? '',
        country: to.country ?? '',
      },
      weightGrams: f.weightGrams,
      reference: `${order.orderNumber}-${f.number}`,
      service: input.service,
    });
    await repo.addShipmentEvent(
      tx,
      f.id,
      'LABEL_CREATED',
      `Shipping label created (${made.carrier} ${made.service})`,
    );
    return repo.updateFulfillment(tx, f.id, {
      carrier: made.carrier,
      service: made.service,
      trackingNumber: made.trackingNumber,
      trackingUrl: made.trackingUrl,
      labelPdf: made.pdf,
    });
  }

  /** Steps 7b–9: shipped; stock leaves the shelf (InventoryService.fulfil); the shopper is told. */
  async function ship(
    tx: TenantTx,
    storeId: string,
    id: string,
    input: { trackingNumber?: string; carrier?: string },
    actor: Actor,
  ) {
    const f0 = await mustFind(tx, storeId, id);
    const order = await lockOrder(tx, storeId, f0.orderId);
    if (f0.status !== 'PACKED')
      throw invalidState(`A ${f0.status} package cannot be shipped (pack it first)`);
    let f: Fulfillment = f0;
    if (input.trackingNumber)
      f = await repo.updateFulfillment(tx, f.id, {
        trackingNumber: input.trackingNumber,
        carrier: input.carrier ?? f.carrier ?? 'other',
        trackingUrl: input.carrier || !f.carrier ? null : f.trackingUrl,
      });
    else if (!f.trackingNumber) f = await createLabel(tx, order, f, { carrier: input.carrier });
    const lines = await repo.itemsOfFulfillments(tx, [f.id]);
    const stocked = lines.flatMap((l) =>
      l.variantId ? [{ variantId: l.variantId, quantity: l.quantity }] : [],
    );
    if (stocked.length > 0)
      await deps.inventory.fulfil(tx, {
        orderReference: order.id,
        lines: stocked,
        locationId: f.locationId ?? undefined,
        reference: `fulfillment:${f.id}`,
      });
    for (const l of lines) await addLineCounts(tx, l.orderItemId, { fulfilled: l.quantity });
    const shipped = await move(tx, f, 'SHIPPED', { shippedAt: new Date() });
    await repo.addShipmentEvent(tx, f.id, 'SHIPPED', `Handed to ${shipped.carrier ?? 'the carrier'}`);
    const fulfillmentStatus = fulfillmentStatusOf(
      await deps.orders.itemsOf(tx, order.id),
      await repo.releasedUnits(tx, order.id),
    );
    const status = fulfillmentStatus === 'FULFILLED' ? 'SHIPPED' : 'PROCESSING';
    if (canMoveOrder(order.status, status)) await setOrderState(tx, order.id, { status, fulfillmentStatus });
    else await setOrderState(tx, order.id, { fulfillmentStatus });
    await repo.addTimeline(
      tx,
      order.id,
      actor,
      'fulfillment.shipped',
      `Package #${f.number} shipped (${shipped.carrier} ${shipped.trackingNumber})`,
      {
        fulfillmentId: f.id,
        trackingNumber: shipped.trackingNumber,
      },
    );
    await syncOrderFulfillments(tx, order.id);
    await notifyCustomer(deps, tx, order, 'shipment', {
      shipment: {
        carrier: shipped.carrier,
        trackingNumber: shipped.trackingNumber,
        trackingUrl: shipped.trackingUrl ?? '',
      },
      lines: lines.map((l) => ({ title: l.title, quantity: l.quantity })),
    });
    const payload = {
      orderId: order.id,
      storeId,
      fulfillmentId: f.id,
      trackingNumber: shipped.trackingNumber,
      fulfillmentStatus,
    };
    await recordEvent(tx, 'order.shipped', payload);
    if (fulfillmentStatus === 'FULFILLED') await recordEvent(tx, 'order.fulfilled', payload);
    return toFulfillmentDto(shipped, lines);
  }

  async function deliver(tx: TenantTx, storeId: string, id: string, actor: Actor) {
    const f = await mustFind(tx, storeId, id);
    const order = await lockOrder(tx, storeId, f.orderId);
    const row = await move(tx, f, 'DELIVERED', { deliveredAt: new Date() });
    await repo.addShipmentEvent(tx, f.id, 'DELIVERED', 'Delivered');
    const all = (await repo.fulfillmentsOfOrder(tx, order.id)).filter((p) => p.status !== 'CANCELED');
    if (
      order.fulfillmentStatus === 'FULFILLED' &&
      all.every((p) => p.status === 'DELIVERED') &&
      canMoveOrder(order.status, 'DELIVERED')
    ) {
      assertOrderMove(order.status, 'DELIVERED');
      await setOrderState(tx, order.id, { status: 'DELIVERED' });
    }
    await repo.addTimeline(tx, order.id, actor, 'fulfillment.delivered', `Package #${f.number} delivered`, {
      fulfillmentId: f.id,
    });
    await syncOrderFulfillments(tx, order.id);
    await notifyCustomer(deps, tx, order, 'delivery');
    await recordEvent(tx, 'order.delivered', { orderId: order.id, storeId, fulfillmentId: f.id });
    return present(tx, row);
  }

  async function cancelPackage(tx: TenantTx, storeId: string, id: string, actor: Actor) {
    const f = await mustFind(tx, storeId, id);
    await lockOrder(tx, storeId, f.orderId);
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
    ) => present(tx, await queue(tx, await lockOrder(tx, storeId, orderId), input, actor)),
    pick,
    pack,
    label,
    ship,
    deliver,
    cancelPackage,
    releaseQueued,
    list: (tx: TenantTx, orderId: string) => fulfillmentsOf(tx, orderId),
    get: async (tx: TenantTx, storeId: string, id: string) => present(tx, await mustFind(tx, storeId, id)),

    /** Step 3 on `order.placed`: queue what the order holds, per location that holds it. */
    async autoQueue(tx: TenantTx, orderId: string) {
      const found = await deps.orders.findById(tx, orderId);
      if (!found || CLOSED_ORDER.includes(found.status)) return;
      const order = await lockOrder(tx, found.storeId, orderId);
      const items = await deps.orders.itemsOf(tx, orderId);
      const left = await unassigned(tx, items, orderId);
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
      const order = await lockOrder(tx, storeId, orderId);
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
