import { isUniqueViolation } from '../../platform/db/pg-errors.ts';
import type { TenantTx } from '../../platform/db/pool.ts';
import { invalid, invalidState } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import { fulfillmentStatusOf, type OrderRow, orderLifecycle } from '../orders/index.ts';
import { storeContext } from '../tenancy/index.ts';
import { type Actor, type FlowDeps, notifyCustomer, syncOrderFulfillments } from './flow-context.ts';
import { toFulfillmentDto } from './fulfillment.dto.ts';
import { fulfillmentConflict } from './fulfillment.errors.ts';
import * as repo from './fulfillment.repository.ts';
import { shipmentEmail } from './order-emails.ts';
import { type Fulfillment, move, mustFind, present } from './packages.ts';

/** Steps 7–9 and delivery: label, ship (stock leaves the shelf, the shopper is told), deliver. */
export function createShippingSteps(deps: FlowDeps) {
  /** Step 7a: buys a label from a carrier (the built-in one makes a PDF and a tracking number). */
  async function label(
    tx: TenantTx,
    storeId: string,
    id: string,
    input: { carrier?: string; service?: string },
    actor: Actor,
  ) {
    const f = await mustFind(tx, storeId, id);
    const order = await orderLifecycle.lock(tx, storeId, f.orderId);
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
    const store = await storeContext(tx, order.storeId);
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
    const order = await orderLifecycle.lock(tx, storeId, f0.orderId);
    if (f0.status !== 'PACKED')
      throw invalidState(`A ${f0.status} package cannot be shipped (pack it first)`);
    let f: Fulfillment = f0;
    if (input.trackingNumber)
      f = await repo
        .updateFulfillment(tx, f.id, {
          trackingNumber: input.trackingNumber,
          carrier: input.carrier ?? f.carrier ?? 'other',
          trackingUrl: input.carrier || !f.carrier ? null : f.trackingUrl,
        })
        .catch((err: unknown) => {
          // One carrier's tracking number names one package (unique index): a typo or a reused
          // number is the caller's mistake (409), not a server error.
          if (isUniqueViolation(err))
            throw fulfillmentConflict(
              'DUPLICATE_TRACKING_NUMBER',
              `Tracking number ${input.trackingNumber} is already on another package of this carrier`,
            );
          throw err;
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
    for (const l of lines) await orderLifecycle.addLineCounts(tx, l.orderItemId, { fulfilled: l.quantity });
    const shipped = await move(tx, f, 'SHIPPED', { shippedAt: new Date() });
    await repo.addShipmentEvent(tx, f.id, 'SHIPPED', `Handed to ${shipped.carrier ?? 'the carrier'}`);
    const fulfillmentStatus = fulfillmentStatusOf(
      await deps.orders.itemsOf(tx, order.id),
      await repo.releasedUnits(tx, order.id),
    );
    const status = fulfillmentStatus === 'FULFILLED' ? 'SHIPPED' : 'PROCESSING';
    await orderLifecycle.advance(tx, order, status, { fulfillmentStatus });
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
    await notifyCustomer(deps, tx, order, 'shipment', shipmentEmail(shipped, lines));
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
    const order = await orderLifecycle.lock(tx, storeId, f.orderId);
    const row = await move(tx, f, 'DELIVERED', { deliveredAt: new Date() });
    await repo.addShipmentEvent(tx, f.id, 'DELIVERED', 'Delivered');
    const all = (await repo.fulfillmentsOfOrder(tx, order.id)).filter((p) => p.status !== 'CANCELED');
    if (
      order.fulfillmentStatus === 'FULFILLED' &&
      all.every((p) => p.status === 'DELIVERED') &&
      orderLifecycle.canMove(order.status, 'DELIVERED')
    )
      await orderLifecycle.transition(tx, order, 'DELIVERED');
    await repo.addTimeline(tx, order.id, actor, 'fulfillment.delivered', `Package #${f.number} delivered`, {
      fulfillmentId: f.id,
    });
    await syncOrderFulfillments(tx, order.id);
    await notifyCustomer(deps, tx, order, 'delivery');
    await recordEvent(tx, 'order.delivered', { orderId: order.id, storeId, fulfillmentId: f.id });
    return present(tx, row);
  }

  return { label, ship, deliver };
}
