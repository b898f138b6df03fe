import { createDb, type Db, type TenantTx } from '../../platform/db/pool.ts';

/**
 * Where reports read from. With `DATABASE_REPLICA_URL` set, every report runs in its own tenant
 * transaction (same RLS, same app role) on a second pool pointed at the read replica, so heavy
 * aggregates never compete with checkouts on the primary; a replica lags, so reports may be a
 * little behind. Without it, reports run in the request's own transaction on the primary.
 */
export type ReportingDb = {
  readonly usesReplica: boolean;
  /** Runs a read-only report for `tenantId`: on the replica when configured, else in `tx`. */
  read<T>(tx: TenantTx, tenantId: string, fn: (tx: TenantTx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export function createReportingDb(replicaUrl: string | undefined): ReportingDb {
  const replica: Db | null = replicaUrl ? createDb(replicaUrl, { max: 5 }) : null;
  return {
    usesReplica: replica !== null,
    read(tx, tenantId, fn) {
      return replica ? replica.withTenant(tenantId, fn) : fn(tx);
    },
    async close() {
      await replica?.close();
    },
  };
}
