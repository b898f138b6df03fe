import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Json, TenantId } from '../../platform/db/platform-tables.ts';
import { type TenantTx, writesTo } from '../../platform/db/pool.ts';

export type OrderStatus = 'PENDING' | 'PROCESSING' | 'SHIPPED' | 'DELIVERED' | 'CANCELED' | 'RETURNED';
export type PaymentStatus = 'PENDING' | 'PAID' | 'PARTIALLY_PAID' | 'REFUNDED' | 'FAILED';
export type FulfillmentStatus = 'UNFULFILLED' | 'PARTIALLY_FULFILLED' | 'FULFILLED';
export type OrderSource = 'CHECKOUT' | 'MANUAL' | 'SUBSCRIPTION';
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export type Address = {
  firstName: string;
  lastName: string;
  line1: string;
  line2?: string | null;
  city: string;
  region?: string | null;
  postalCode: string;
  country: string;
  phone?: string | null;
};

export interface StoreOrderCountersTable {
  tenantId: TenantId;
  storeId: string;
  lastNumber: number;
}

export interface OrdersTable {
  tenantId: TenantId;
  id: Generated<string>;
  storeId: string;
  orderNumber: string;
  orderSeq: number | null;
  customerId: string | null;
  /** Created for a known customer, not a guest order linked to its email's profile later. */
  placedByCustomer: Generated<boolean>;
  customerEmail: string | null;
  customerName: string | null;
  status: Generated<OrderStatus>;
  paymentStatus: Generated<PaymentStatus>;
  fulfillmentStatus: Generated<FulfillmentStatus>;
  shippingAddress: Json<Address | null> | null;
  billingAddress: Json<Address | null> | null;
  shippingMethod: string | null;
  shippingMethodId: string | null;
  currency: string;
  subtotalMinor: number;
  discountMinor: Generated<number>;
  shippingMinor: Generated<number>;
  taxMinor: Generated<number>;
  totalMinor: number;
  couponCodes: TextArray;
  notes: string | null;
  customerNotes: string | null;
  internalNotes: string | null;
  paymentDetails: Json<Record<string, unknown>>;
  fulfillments: Json<unknown[]>;
  refunds: Json<unknown[]>;
  cartId: string | null;
  source: Generated<OrderSource>;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface OrderItemsTable {
  tenantId: TenantId;
  id: Generated<string>;
  orderId: string;
  listingId: string | null;
  productId: string | null;
  variantId: string | null;
  sku: string | null;
  title: string;
  unitPriceMinor: number;
  quantity: number;
  subtotalMinor: number;
  discountMinor: Generated<number>;
  taxMinor: Generated<number>;
  totalMinor: number;
  taxCategory: string | null;
  quantityFulfilled: Generated<number>;
  quantityRefunded: Generated<number>;
  quantityReturned: Generated<number>;
  createdAt: Generated<Date>;
}

export interface OrdersTables {
  storeOrderCounters: StoreOrderCountersTable;
  orders: OrdersTable;
  orderItems: OrderItemsTable;
}

export type OrderRow = Selectable<OrdersTable>;
export type OrderItemRow = Selectable<OrderItemsTable>;

/** Orders writes its own tables only: its handle on the caller's tenant transaction. */
export const ordersWrites = (tx: TenantTx) => writesTo<OrdersTables>(tx);

// Adds this module's tables to the database type (declared by the platform, which imports no module).
declare module '../../platform/db/database.ts' {
  interface Database extends OrdersTables {}
}
