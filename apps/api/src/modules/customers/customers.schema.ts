import type { Generated, Selectable } from 'kysely';
import type { Json, TenantId, Timestamp } from '../../platform/db/platform-tables.ts';
import { type TenantTx, writesTo } from '../../platform/db/pool.ts';

export type CustomerStatus = 'ACTIVE' | 'INACTIVE';

export interface CustomersTable {
  tenantId: TenantId;
  id: Generated<string>;
  storeId: string;
  userId: string | null;
  email: string;
  firstName: string | null;
  lastName: string | null;
  phoneNumber: string | null;
  defaultAddressId: string | null;
  status: Generated<CustomerStatus>;
  marketingConsent: Generated<boolean>;
  orderCount: Generated<number>;
  totalSpentMinor: Generated<number>;
  lastOrderDate: Date | null;
  notes: string | null;
  tags: Generated<string[]>;
  segment: string | null;
  customAttributes: Json<Record<string, unknown>>;
  erasedAt: Timestamp | null;
  emailVerifiedAt: Timestamp | null;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface CustomerTokensTable {
  tenantId: TenantId;
  tokenHash: string;
  customerId: string;
  purpose: 'PASSWORD_RESET' | 'EMAIL_VERIFY';
  createdAt: Generated<Date>;
  expiresAt: Date;
  usedAt: Date | null;
}

export interface CustomerCredentialsTable {
  tenantId: TenantId;
  customerId: string;
  passwordHash: string;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface CustomerAddressesTable {
  tenantId: TenantId;
  id: Generated<string>;
  customerId: string;
  firstName: string;
  lastName: string;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postalCode: string;
  country: string;
  phone: string | null;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface CustomerOrderFactsTable {
  tenantId: TenantId;
  customerId: string;
  orderId: string;
  totalMinor: number;
  refundedMinor: Generated<number>;
  canceled: Generated<boolean>;
  placedAt: Timestamp;
}

export interface CustomerTables extends SegmentTables {
  customers: CustomersTable;
  customerTokens: CustomerTokensTable;
  customerCredentials: CustomerCredentialsTable;
  customerAddresses: CustomerAddressesTable;
  customerOrderFacts: CustomerOrderFactsTable;
}

export type CustomerRow = Selectable<CustomersTable>;
export type AddressRow = Selectable<CustomerAddressesTable>;

export type SegmentRules = {
  /** How the rules combine; absent means all. */
  match?: 'all' | 'any';
  totalSpentAtLeast?: string;
  totalSpentAtMost?: string;
  orderCountAtLeast?: number;
  orderCountAtMost?: number;
  /** Ordered within the last N days. */
  orderedWithinDays?: number;
  /** No order within the last N days (or never ordered). */
  noOrderInDays?: number;
  hasTag?: string;
  lacksTag?: string;
  boughtFromCategory?: string;
  marketingConsent?: boolean;
};
export interface CustomerSegmentsTable {
  tenantId: TenantId;
  id: Generated<string>;
  storeId: string;
  name: string;
  slug: string;
  priority: Generated<number>;
  rules: Json<SegmentRules>;
  memberCount: Generated<number>;
  evaluatedAt: Timestamp | null;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}
export interface SegmentTables {
  customerSegments: CustomerSegmentsTable;
}

/** Customers writes its own tables only: its handle on the caller's tenant transaction. */
export const customersWrites = (tx: TenantTx) => writesTo<CustomerTables>(tx);

// Adds this module's tables to the database type (declared by the platform, which imports no module).
declare module '../../platform/db/database.ts' {
  interface Database extends CustomerTables {}
}
