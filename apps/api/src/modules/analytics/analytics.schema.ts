import type { Generated } from 'kysely';
import type { Json, TenantId, Timestamp } from '../../platform/db/platform-tables.ts';
import { type TenantTx, writesTo } from '../../platform/db/pool.ts';

export const EVENT_TYPES = [
  'page_view',
  'product_view',
  'add_to_cart',
  'remove_from_cart',
  'search',
  'checkout_started',
  'checkout_completed',
  'custom',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface AnalyticsEventsTable {
  tenantId: TenantId;
  id: Generated<string>;
  storeId: string;
  sessionId: string;
  customerId: string | null;
  type: EventType;
  name: string | null;
  listingId: string | null;
  path: string | null;
  query: string | null;
  valueMinor: number | null;
  properties: Json<Record<string, unknown>>;
  occurredAt: Timestamp;
}

export type ExperimentVariant = { key: string; weight: number };
export type ExperimentStatus = 'DRAFT' | 'RUNNING' | 'STOPPED';

export interface ExperimentsTable {
  tenantId: TenantId;
  id: Generated<string>;
  storeId: string;
  key: string;
  name: string;
  status: Generated<ExperimentStatus>;
  variants: Json<ExperimentVariant[]>;
  goal: Generated<string>;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface ExperimentAssignmentsTable {
  tenantId: TenantId;
  experimentId: string;
  sessionId: string;
  variant: string;
  assignedAt: Generated<Date>;
}

export interface AnalyticsTables {
  analyticsEvents: AnalyticsEventsTable;
  experiments: ExperimentsTable;
  experimentAssignments: ExperimentAssignmentsTable;
}

/** Analytics writes its own tables only: its handle on the caller's tenant transaction. */
export const analyticsWrites = (tx: TenantTx) => writesTo<AnalyticsTables>(tx);

// Adds this module's tables to the database type (declared by the platform, which imports no module).
declare module '../../platform/db/database.ts' {
  interface Database extends AnalyticsTables {}
}
