import type { Generated, Selectable } from 'kysely';
import type { Json, TenantId, Timestamp } from '../../platform/db/platform-tables.ts';
import { type TenantTx, writesTo } from '../../platform/db/pool.ts';

export type FulfillmentState =
  | 'QUEUED'
  | 'PICKING'
  | 'PICKED'
  | 'PACKED'
  | 'SHIPPED'
  | 'DELIVERED'
  | 'CANCELED';

export interface FulfillmentsTable {
  tenantId: TenantId;
  id: Generated<string>;
  storeId: string;
  orderId: string;
  number: number;
  locationId: string | null;
  status: Generated<FulfillmentState>;
  requiresQc: Generated<boolean>;
  qcStatus: 'PASSED' | 'FAILED' | null;
  qcNotes: string | null;
  weightGrams: number | null;
  carrier: string | null;
  service: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
  labelPdf: Buffer | null;
  pickedAt: Timestamp | null;
  packedAt: Timestamp | null;
  shippedAt: Timestamp | null;
  deliveredAt: Timestamp | null;
  canceledAt: Timestamp | null;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface FulfillmentItemsTable {
  tenantId: TenantId;
  id: Generated<string>;
  fulfillmentId: string;
  orderItemId: string;
  variantId: string | null;
  sku: string | null;
  title: string;
  quantity: number;
  quantityPicked: Generated<number>;
  createdAt: Generated<Date>;
}

export interface BinAssignmentsTable {
  tenantId: TenantId;
  locationId: string;
  variantId: string;
  bin: string;
  updatedAt: Generated<Date>;
}

export interface ShipmentEventsTable {
  tenantId: TenantId;
  id: Generated<string>;
  fulfillmentId: string;
  status: string;
  description: string;
  occurredAt: Generated<Date>;
}

export type RefundKind = 'REFUND' | 'CANCELLATION' | 'RETURN';
export interface RefundsTable {
  tenantId: TenantId;
  id: Generated<string>;
  storeId: string;
  orderId: string;
  amountMinor: number;
  currency: string;
  reason: string | null;
  items: Json<Array<{ itemId: string; quantity: number; released?: number }>>;
  payments: Json<Array<{ paymentId: string; provider: string; amountMinor: number }>>;
  kind: Generated<RefundKind>;
  createdAt: Generated<Date>;
}

export type ActorType = 'STAFF' | 'CUSTOMER' | 'SYSTEM';
export interface OrderTimelineTable {
  tenantId: TenantId;
  id: Generated<string>;
  orderId: string;
  type: string;
  message: string;
  actorType: ActorType;
  actorId: string | null;
  data: Json<Record<string, unknown>>;
  createdAt: Generated<Date>;
}

export interface FulfillmentTables {
  fulfillments: FulfillmentsTable;
  fulfillmentItems: FulfillmentItemsTable;
  binAssignments: BinAssignmentsTable;
  shipmentEvents: ShipmentEventsTable;
  refunds: RefundsTable;
  orderTimeline: OrderTimelineTable;
}

export type FulfillmentRow = Selectable<FulfillmentsTable>;
export type FulfillmentItemRow = Selectable<FulfillmentItemsTable>;
export type RefundRow = Selectable<RefundsTable>;

/** Fulfillment writes its own tables only: its handle on the caller's tenant transaction. */
export const fulfillmentWrites = (tx: TenantTx) => writesTo<FulfillmentTables>(tx);

// Adds this module's tables to the database type (declared by the platform, which imports no module).
declare module '../../platform/db/database.ts' {
  interface Database extends FulfillmentTables {}
}
