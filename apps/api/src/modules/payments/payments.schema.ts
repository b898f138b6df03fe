import type { Generated, Selectable } from 'kysely';
import type { Json, TenantId } from '../../platform/db/platform-tables.ts';
import { type TenantTx, writesTo } from '../../platform/db/pool.ts';

export type Provider = 'manual' | 'test' | 'stripe';
export type PaymentRecordStatus =
  | 'PENDING'
  | 'REQUIRES_ACTION'
  | 'AUTHORIZED'
  | 'CAPTURED'
  | 'FAILED'
  | 'VOIDED'
  | 'REFUNDED'
  | 'PARTIALLY_REFUNDED';

export interface PaymentMethodsTable {
  tenantId: TenantId;
  id: Generated<string>;
  storeId: string;
  name: string;
  provider: Provider;
  isActive: Generated<boolean>;
  settings: Json<Record<string, unknown>>;
  instructions: string | null;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface PaymentsTable {
  tenantId: TenantId;
  id: Generated<string>;
  orderId: string;
  paymentMethodId: string | null;
  giftCardId: string | null;
  provider: Provider | 'gift_card';
  status: PaymentRecordStatus;
  currency: string;
  amountMinor: number;
  refundedMinor: Generated<number>;
  gatewayReference: string | null;
  details: Json<Record<string, unknown>>;
  /** Authorised at checkout, to be captured once the order has committed (the checkout saga). */
  captureOnCommit: Generated<boolean>;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface SavedPaymentMethodsTable {
  tenantId: TenantId;
  id: Generated<string>;
  storeId: string;
  customerId: string;
  paymentMethodId: string;
  provider: string;
  gatewayToken: string;
  brand: string | null;
  last4: string | null;
  expMonth: number | null;
  expYear: number | null;
  createdAt: Generated<Date>;
}

export interface PaymentsTables {
  paymentMethods: PaymentMethodsTable;
  payments: PaymentsTable;
  savedPaymentMethods: SavedPaymentMethodsTable;
}

export type PaymentMethodRow = Selectable<PaymentMethodsTable>;
export type PaymentRow = Selectable<PaymentsTable>;
export type SavedPaymentMethodRow = Selectable<SavedPaymentMethodsTable>;

/** Payments writes its own tables only: its handle on the caller's tenant transaction. */
export const paymentsWrites = (tx: TenantTx) => writesTo<PaymentsTables>(tx);

// Adds this module's tables to the database type (declared by the platform, which imports no module).
declare module '../../platform/db/database.ts' {
  interface Database extends PaymentsTables {}
}
