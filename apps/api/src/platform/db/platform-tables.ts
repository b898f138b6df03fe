import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** JSON columns: read as parsed values, written as JSON text. */
export type Json<T = unknown> = ColumnType<T, string | undefined, string>;
/** `tenant_id` columns default to the transaction's tenant, so inserts may leave them out. */
export type TenantId = ColumnType<string, string | undefined, never>;

export interface TenantsTable {
  id: Generated<string>;
  name: string;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface UsersTable {
  tenantId: string;
  id: Generated<string>;
  email: string;
  passwordHash: string;
  name: string | null;
  role: 'OWNER' | 'ADMIN' | 'STAFF';
  /** `null`: every store of the tenant. */
  storeIds: ColumnType<string[] | null, string[] | null | undefined, string[] | null>;
  emailVerifiedAt: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** Base32 TOTP secret; set at setup, in force once `totpEnabledAt` is set. */
  totpSecret: ColumnType<string | null, string | null | undefined, string | null>;
  totpEnabledAt: ColumnType<Date | null, Date | null | undefined, Date | null>;
  totpLastStep: ColumnType<number | null, number | null | undefined, number | null>;
  sessionsValidAfter: ColumnType<Date | null, Date | null | undefined, Date | null>;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface OutboxEventsTable {
  tenantId: TenantId;
  id: Generated<string>;
  seq: Generated<number>;
  topic: string;
  payload: Json;
  createdAt: Generated<Date>;
  publishedAt: Date | null;
}

/** One subscriber's delivery of one outbox event (platform/jobs): the per-consumer delivery log. */
export interface EventDeliveriesTable {
  tenantId: TenantId;
  eventId: string;
  consumer: string;
  topic: string;
  status: 'PENDING' | 'DONE' | 'FAILED';
  attempts: Generated<number>;
  lastError: string | null;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
  deliveredAt: Date | null;
}

export interface IdempotencyKeysTable {
  tenantId: TenantId;
  scope: string;
  key: string;
  requestHash: string;
  state: 'RUNNING' | 'DONE';
  responseStatus: number | null;
  responseBody: Json | null;
  responseHeaders: Json<Record<string, string>> | null;
  createdAt: Generated<Date>;
  /** The process working on a RUNNING key, and until when (renewed by its heartbeat). */
  owner: string | null;
  leaseExpiresAt: Date | null;
}

export interface UserTokensTable {
  tokenHash: string;
  tenantId: string;
  userId: string;
  purpose: 'PASSWORD_RESET' | 'EMAIL_VERIFY';
  createdAt: Generated<Date>;
  expiresAt: Date;
  usedAt: Date | null;
}

export interface UserRecoveryCodesTable {
  tenantId: string;
  userId: string;
  codeHash: string;
  usedAt: Date | null;
}

export interface PlatformTables {
  tenants: TenantsTable;
  users: UsersTable;
  userTokens: UserTokensTable;
  userRecoveryCodes: UserRecoveryCodesTable;
  outboxEvents: OutboxEventsTable;
  eventDeliveries: EventDeliveriesTable;
  idempotencyKeys: IdempotencyKeysTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
