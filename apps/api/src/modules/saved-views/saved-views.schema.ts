import type { Generated } from 'kysely';
import type { Json, TenantId } from '../../platform/db/platform-tables.ts';
import { type TenantTx, writesTo } from '../../platform/db/pool.ts';

/** A view's filters: the list's query parameters by name ("paymentStatus" → "PENDING"). */
export type ViewFilters = Record<string, string>;

/** A user's named filter set of one admin list (migrations/0820). */
export interface SavedViewsTable {
  tenantId: TenantId;
  id: Generated<string>;
  userId: string;
  resource: string;
  name: string;
  filters: Json<ViewFilters>;
  shared: Generated<boolean>;
  createdAt: Generated<Date>;
}

export interface SavedViewTables {
  savedViews: SavedViewsTable;
}

/** Saved views write their own tables only: their handle on the caller's tenant transaction. */
export const savedViewsWrites = (tx: TenantTx) => writesTo<SavedViewTables>(tx);

// Adds this module's tables to the database type (declared by the platform, which imports no module).
declare module '../../platform/db/database.ts' {
  interface Database extends SavedViewTables {}
}
