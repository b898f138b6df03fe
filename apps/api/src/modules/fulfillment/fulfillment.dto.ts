import type { FulfillmentItemRow, FulfillmentRow } from './fulfillment.schema.ts';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

export type FulfillmentDto = ReturnType<typeof toFulfillmentDto>;

export const toFulfillmentDto = (f: Omit<FulfillmentRow, 'labelPdf'>, items: FulfillmentItemRow[]) => ({
  id: f.id,
  orderId: f.orderId,
  storeId: f.storeId,
  number: f.number,
  locationId: f.locationId,
  status: f.status,
  requiresQc: f.requiresQc,
  qcStatus: f.qcStatus,
  qcNotes: f.qcNotes,
  weightGrams: f.weightGrams,
  carrier: f.carrier,
  service: f.service,
  trackingNumber: f.trackingNumber,
  trackingUrl: f.trackingUrl,
  items: items
    .filter((i) => i.fulfillmentId === f.id)
    .map((i) => ({
      id: i.id,
      itemId: i.orderItemId,
      variantId: i.variantId,
      sku: i.sku,
      title: i.title,
      quantity: i.quantity,
      quantityPicked: i.quantityPicked,
    })),
  pickedAt: iso(f.pickedAt),
  packedAt: iso(f.packedAt),
  shippedAt: iso(f.shippedAt),
  deliveredAt: iso(f.deliveredAt),
  canceledAt: iso(f.canceledAt),
  createdAt: f.createdAt.toISOString(),
});

/** The summary kept in the order's `fulfillments` JSON (the seed's Order.fulfillments). */
export const toOrderFulfillmentJson = (f: FulfillmentDto) => ({
  id: f.id,
  number: f.number,
  status: f.status,
  locationId: f.locationId,
  carrier: f.carrier,
  trackingNumber: f.trackingNumber,
  trackingUrl: f.trackingUrl,
  items: f.items.map((i) => ({ itemId: i.itemId, quantity: i.quantity })),
  shippedAt: f.shippedAt,
  deliveredAt: f.deliveredAt,
});
