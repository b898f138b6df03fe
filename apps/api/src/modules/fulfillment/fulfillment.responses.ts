import { z } from 'zod';
import {
  DateTimeOut,
  type Expect,
  type Fits,
  ListEnvelopeOf,
  MoneyOut,
} from '../../platform/http/schemas.ts';
import { FulfillmentStatusOut, OrderStatusOut, PaymentStatusOut } from '../orders/index.ts';
import type { FulfillmentDto } from './fulfillment.dto.ts';
import type { PickList } from './views.service.ts';

/**
 * What the fulfilment routes answer, as the wire carries it; checked against every reply in tests
 * with VALIDATE_RESPONSES=1 (see platform/http).
 */
const PackageStatus = z.enum(['QUEUED', 'PICKING', 'PICKED', 'PACKED', 'SHIPPED', 'DELIVERED', 'CANCELED']);

/** A package (fulfilment) of an order: its lines, warehouse steps and carrier data. */
export const FulfillmentResponse = z.strictObject({
  id: z.string(),
  orderId: z.string(),
  storeId: z.string(),
  number: z.number().int(),
  locationId: z.string().nullable(),
  status: PackageStatus,
  requiresQc: z.boolean(),
  qcStatus: z.enum(['PASSED', 'FAILED']).nullable(),
  qcNotes: z.string().nullable(),
  weightGrams: z.number().int().nullable(),
  carrier: z.string().nullable(),
  service: z.string().nullable(),
  trackingNumber: z.string().nullable(),
  trackingUrl: z.string().nullable(),
  items: z.array(
    z.strictObject({
      id: z.string(),
      itemId: z.string().describe('The order line'),
      variantId: z.string().nullable(),
      sku: z.string().nullable(),
      title: z.string(),
      quantity: z.number().int(),
      quantityPicked: z.number().int(),
    }),
  ),
  pickedAt: DateTimeOut.nullable(),
  packedAt: DateTimeOut.nullable(),
  shippedAt: DateTimeOut.nullable(),
  deliveredAt: DateTimeOut.nullable(),
  canceledAt: DateTimeOut.nullable(),
  createdAt: DateTimeOut,
});
export const FulfillmentList = ListEnvelopeOf(FulfillmentResponse);
/** A location's open packages, each with its order number. */
export const LocationQueueResponse = ListEnvelopeOf(
  FulfillmentResponse.extend({ orderNumber: z.string().nullable() }),
);

export const TimelineResponse = ListEnvelopeOf(
  z.strictObject({
    id: z.string(),
    type: z.string(),
    message: z.string(),
    actor: z.strictObject({ type: z.enum(['STAFF', 'CUSTOMER', 'SYSTEM']), id: z.string().nullable() }),
    data: z.record(z.string(), z.unknown()),
    createdAt: DateTimeOut,
  }),
);

const PickLine = z.strictObject({
  sku: z.string().nullable(),
  title: z.string(),
  variantId: z.string().nullable(),
  quantity: z.number().int(),
  fulfillmentId: z.string(),
  packageNumber: z.number().int().nullable(),
  orderNumber: z.string().nullable(),
});
/** What to pick at a location, grouped by bin in walking order (JSON unless a PDF is asked for). */
export const PickListResponse = z.strictObject({
  location: z.strictObject({ id: z.string(), name: z.string(), code: z.string() }),
  generatedAt: DateTimeOut,
  fulfillmentIds: z.array(z.string()),
  totalUnits: z.number().int(),
  bins: z.array(z.strictObject({ bin: z.string(), lines: z.array(PickLine) })),
});
export const BinsUpdatedResponse = z.strictObject({ updated: z.number().int() });

/** The tracking page of an order (its email must match): lines, shopper-facing timeline, shipments. */
export const TrackingResponse = z.strictObject({
  orderNumber: z.string(),
  status: OrderStatusOut,
  paymentStatus: PaymentStatusOut,
  fulfillmentStatus: FulfillmentStatusOut,
  placedAt: DateTimeOut,
  currency: z.string(),
  totalAmount: MoneyOut,
  items: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      sku: z.string().nullable(),
      quantity: z.number().int(),
      unitPrice: MoneyOut,
      totalAmount: MoneyOut,
      quantityFulfilled: z.number().int(),
      quantityReturned: z.number().int(),
    }),
  ),
  timeline: z.array(z.strictObject({ type: z.string(), message: z.string(), occurredAt: DateTimeOut })),
  shipments: z.array(
    z.strictObject({
      number: z.number().int(),
      status: PackageStatus,
      carrier: z.string().nullable(),
      trackingNumber: z.string().nullable(),
      trackingUrl: z.string().nullable(),
      shippedAt: DateTimeOut.nullable(),
      deliveredAt: DateTimeOut.nullable(),
      items: z.array(
        z.strictObject({ title: z.string(), sku: z.string().nullable(), quantity: z.number().int() }),
      ),
      events: z.array(
        z.strictObject({ status: z.string(), description: z.string(), occurredAt: DateTimeOut }),
      ),
    }),
  ),
});

// Compile-time: the DTOs the services build fit these schemas key for key.
export type FulfillmentDtosFit = [
  Expect<Fits<FulfillmentDto, typeof FulfillmentResponse>>,
  Expect<Fits<PickList, typeof PickListResponse>>,
];
