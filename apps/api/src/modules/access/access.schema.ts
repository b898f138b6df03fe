import type { ColumnType, Generated } from 'kysely';
import type { PlatformTables, TenantId, Timestamp } from '../../platform/db/platform-tables.ts';
import { type TenantTx, writesTo } from '../../platform/db/pool.ts';

type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface StaffInvitationsTable {
  tenantId: TenantId;
  id: Generated<string>;
  email: string;
  role: 'ADMIN' | 'STAFF';
  storeIds: string[] | null;
  tokenHash: string;
  invitedBy: string;
  createdAt: Generated<Date>;
  expiresAt: Timestamp;
  acceptedAt: NullableTimestamp;
  revokedAt: NullableTimestamp;
}

export interface ApiKeysTable {
  tenantId: TenantId;
  id: Generated<string>;
  name: string;
  prefix: string;
  secretHash: string;
  scopes: string[];
  createdBy: string;
  createdAt: Generated<Date>;
  lastUsedAt: NullableTimestamp;
  revokedAt: NullableTimestamp;
}

export interface AuditLogTable {
  tenantId: TenantId;
  id: Generated<string>;
  seq: Generated<number>;
  occurredAt: Generated<Date>;
  actorType: 'USER' | 'API_KEY';
  userId: string;
  apiKeyId: string | null;
  action: string;
  method: string;
  path: string;
  storeId: string | null;
  targetId: string | null;
  status: number;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export interface AccessTables {
  staffInvitations: StaffInvitationsTable;
  apiKeys: ApiKeysTable;
  auditLog: AuditLogTable;
}

/**
 * Access writes its own tables and the staff's rows of the platform's `users` (which it manages
 * with tenancy): its handle on the caller's tenant transaction.
 */
export const accessWrites = (tx: TenantTx) => writesTo<AccessTables & Pick<PlatformTables, 'users'>>(tx);

// Adds this module's tables to the database type (declared by the platform, which imports no module).
declare module '../../platform/db/database.ts' {
  interface Database extends AccessTables {}
}
