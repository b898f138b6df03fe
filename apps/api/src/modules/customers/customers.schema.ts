import type { Generated, Selectable } from 'kysely';
import type { Json, TenantId, Timestamp } from '../../platform/db/platform-tables.ts';

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
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
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

export interface CustomerTables {
  customers: CustomersTable;
  customerCredentials: CustomerCredentialsTable;
  customerAddresses: CustomerAddressesTable;
  customerOrderFacts: CustomerOrderFactsTable;
}

export type CustomerRow = Selectable<CustomersTable>;
export type AddressRow = Selectable<CustomerAddressesTable>;
