import type { Generated, Selectable } from 'kysely';
import type { TenantId } from '../../platform/db/platform-tables.ts';
import { type TenantTx, writesTo } from '../../platform/db/pool.ts';

export type ReturnStatus =
  | 'REQUESTED'
  | 'APPROVED'
  | 'REJECTED'
  | 'RECEIVED'
  | 'REFUNDED'
  | 'EXCHANGED'
  | 'CANCELED';
export type ReturnKind = 'RETURN' | 'EXCHANGE';

export interface ReturnsTable {
  tenantId: TenantId;
  id: Generated<string>;
  storeId: string;
  orderId: string;
  number: string;
  kind: Generated<ReturnKind>;
  status: Generated<ReturnStatus>;
  reason: string | null;
  customerNote: string | null;
  staffNote: string | null;
  requestedBy: 'CUSTOMER' | 'STAFF';
  refundId: string | null;
  exchangeOrderId: string | null;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface ReturnItemsTable {
  tenantId: TenantId;
  id: Generated<string>;
  returnId: string;
  orderItemId: string;
  variantId: string | null;
  title: string;
  quantity: number;
  reason: string | null;
  quantityRestocked: Generated<number>;
  quantityWrittenOff: Generated<number>;
  exchangeVariantId: string | null;
  createdAt: Generated<Date>;
}

export interface ReturnTables {
  returns: ReturnsTable;
  returnItems: ReturnItemsTable;
}

export type ReturnRow = Selectable<ReturnsTable>;
export type ReturnItemRow = Selectable<ReturnItemsTable>;

/** Returns writes its own tables only: its handle on the caller's tenant transaction. */
export const returnsWrites = (tx: TenantTx) => writesTo<ReturnTables>(tx);

// Adds this module's tables to the database type (declared by the platform, which imports no module).
declare module '../../platform/db/database.ts' {
  interface Database extends ReturnTables {}
}
