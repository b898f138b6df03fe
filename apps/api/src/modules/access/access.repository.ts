import type { Insertable } from 'kysely';
import type { PlatformTx, TenantTx } from '../../platform/db/pool.ts';
import { type AuditLogTable, accessWrites } from './access.schema.ts';

const keyColumns = [
  'id',
  'name',
  'prefix',
  'scopes',
  'createdBy',
  'createdAt',
  'lastUsedAt',
  'revokedAt',
] as const;

/** SQL of the access module: users' access, API keys, the audit log. No rules here. */
export const accessRepository = {
  userAccess: (tx: TenantTx, userId: string) =>
    tx
      .selectFrom('users')
      .select(['id', 'role', 'storeIds', 'sessionsValidAfter'])
      .where('id', '=', userId)
      .executeTakeFirst(),

  /** An API key by its hash with its creator's current role, across tenants (before one is known). */
  apiKeyByHash: (tx: PlatformTx, secretHash: string) =>
    tx
      .selectFrom('apiKeys as k')
      .innerJoin('users as u', (j) =>
        j.onRef('u.tenantId', '=', 'k.tenantId').onRef('u.id', '=', 'k.createdBy'),
      )
      .select(['k.id', 'k.tenantId', 'k.scopes', 'k.createdBy', 'k.lastUsedAt', 'k.revokedAt', 'u.role'])
      .where('k.secretHash', '=', secretHash)
      .executeTakeFirst(),

  touchApiKey: (tx: PlatformTx, id: string) =>
    tx.updateTable('apiKeys').set({ lastUsedAt: new Date() }).where('id', '=', id).execute(),

  insertApiKey: (
    tx: TenantTx,
    row: { name: string; prefix: string; secretHash: string; scopes: string[]; createdBy: string },
  ) => accessWrites(tx).insertInto('apiKeys').values(row).returning(keyColumns).executeTakeFirstOrThrow(),

  listApiKeys: (tx: TenantTx) =>
    tx.selectFrom('apiKeys').select(keyColumns).orderBy('createdAt', 'desc').orderBy('id').execute(),

  revokeApiKey: (tx: TenantTx, id: string) =>
    accessWrites(tx)
      .updateTable('apiKeys')
      .set({ revokedAt: new Date() })
      .where('id', '=', id)
      .returning(keyColumns)
      .executeTakeFirst(),

  getApiKey: (tx: TenantTx, id: string) =>
    tx.selectFrom('apiKeys').select(keyColumns).where('id', '=', id).executeTakeFirst(),

  insertAudit: (tx: TenantTx, row: Insertable<AuditLogTable>) =>
    accessWrites(tx).insertInto('auditLog').values(row).execute(),

  listAudit: (
    tx: TenantTx,
    f: {
      limit: number;
      before?: number;
      userId?: string;
      apiKeyId?: string;
      storeId?: string;
      method?: string;
      since?: Date;
      until?: Date;
    },
  ) => {
    let q = tx.selectFrom('auditLog').selectAll();
    if (f.before !== undefined) q = q.where('seq', '<', f.before);
    if (f.userId) q = q.where('userId', '=', f.userId);
    if (f.apiKeyId) q = q.where('apiKeyId', '=', f.apiKeyId);
    if (f.storeId) q = q.where('storeId', '=', f.storeId);
    if (f.method) q = q.where('method', '=', f.method);
    if (f.since) q = q.where('occurredAt', '>=', f.since);
    if (f.until) q = q.where('occurredAt', '<', f.until);
    return q.orderBy('seq', 'desc').limit(f.limit).execute();
  },
};
