import type { Generated } from 'kysely';
import type { TenantId } from '../../platform/db/platform-tables.ts';
import { type TenantTx, writesTo } from '../../platform/db/pool.ts';

export interface LoyaltyProgramsTable {
  tenantId: TenantId;
  storeId: string;
  isActive: Generated<boolean>;
  pointsPerUnit: Generated<number>;
  pointValueMinor: Generated<number>;
  minRedeemPoints: Generated<number>;
  updatedAt: Generated<Date>;
}
export interface LoyaltyAccountsTable {
  tenantId: TenantId;
  customerId: string;
  balance: Generated<number>;
}
export type LedgerType = 'EARN' | 'REVERSE' | 'REDEEM' | 'ADJUST';
export interface LoyaltyLedgerTable {
  tenantId: TenantId;
  id: Generated<string>;
  customerId: string;
  orderId: string | null;
  type: LedgerType;
  points: number;
  balanceAfter: number;
  reason: string | null;
  reference: string | null;
  createdAt: Generated<Date>;
}
export interface LoyaltyTables {
  loyaltyPrograms: LoyaltyProgramsTable;
  loyaltyAccounts: LoyaltyAccountsTable;
  loyaltyLedger: LoyaltyLedgerTable;
}

/** Loyalty writes its own tables only: its handle on the caller's tenant transaction. */
export const loyaltyWrites = (tx: TenantTx) => writesTo<LoyaltyTables>(tx);

// Adds this module's tables to the database type (declared by the platform, which imports no module).
declare module '../../platform/db/database.ts' {
  interface Database extends LoyaltyTables {}
}
