import type { Generated, Selectable } from 'kysely';
import type { Json, TenantId } from '../../platform/db/platform-tables.ts';
import { type TenantTx, writesTo } from '../../platform/db/pool.ts';
import type { Address } from '../orders/index.ts';

export type PlanInterval = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';
export type SubscriptionStatus = 'ACTIVE' | 'PAUSED' | 'PAST_DUE' | 'CANCELED';

export interface SubscriptionPlansTable {
  tenantId: TenantId;
  id: Generated<string>;
  storeId: string;
  listingId: string;
  name: string;
  interval: PlanInterval;
  intervalCount: Generated<number>;
  priceMinor: number;
  isActive: Generated<boolean>;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface SubscriptionsTable {
  tenantId: TenantId;
  id: Generated<string>;
  storeId: string;
  planId: string;
  customerId: string;
  email: string;
  quantity: number;
  savedPaymentMethodId: string;
  shippingAddress: Json<Address>;
  status: Generated<SubscriptionStatus>;
  nextRenewalAt: Date;
  failedAttempts: Generated<number>;
  lastOrderId: string | null;
  lastError: string | null;
  canceledAt: Date | null;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface SubscriptionTables {
  subscriptionPlans: SubscriptionPlansTable;
  subscriptions: SubscriptionsTable;
}
export type PlanRow = Selectable<SubscriptionPlansTable>;
export type SubscriptionRow = Selectable<SubscriptionsTable>;

/** Subscriptions writes its own tables only: its handle on the caller's tenant transaction. */
export const subscriptionsWrites = (tx: TenantTx) => writesTo<SubscriptionTables>(tx);

// Adds this module's tables to the database type (declared by the platform, which imports no module).
declare module '../../platform/db/database.ts' {
  interface Database extends SubscriptionTables {}
}
