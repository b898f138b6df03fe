import { sql } from 'kysely';
import type { Db } from '../../platform/db/pool.ts';
import type { JobRegistry } from '../../platform/jobs/index.ts';
import { reconcile } from './reconciliation.ts';
import { releaseExpired } from './stock.service.ts';

export const SWEEP_JOB = 'inventory-sweep-reservations';
export const RECONCILE_JOB = 'inventory-reconcile';

/** Tenants that have rows matching `where` in `table` (cross-tenant, so on the owner connection). */
async function tenantsWith(db: Db, query: ReturnType<typeof sql<{ tenantId: string }>>) {
  const rows = await db.withPlatform((tx) => query.execute(tx));
  return rows.rows.map((r) => r.tenantId);
}

/** The inventory's scheduled work, callable directly (tests, tools) or through the job queue. */
export function inventoryJobs(db: Db) {
  return {
    /** Releases lapsed cart holds in every tenant; returns how many were released. */
    async sweepReservations(): Promise<number> {
      const tenants = await tenantsWith(
        db,
        sql`select distinct tenant_id from reservations where expires_at <= now()`,
      );
      let released = 0;
      for (const tenantId of tenants) {
        // Batches of 500 per transaction, until the tenant has no lapsed hold left.
        let n = await db.withTenant(tenantId, (tx) => releaseExpired(tx));
        while (n > 0) {
          released += n;
          n = await db.withTenant(tenantId, (tx) => releaseExpired(tx));
        }
      }
      // Replay protection only needs ids younger than the timestamp tolerance; keep a day.
      await db.withPlatform((tx) =>
        sql`delete from inventory_webhook_deliveries where received_at < now() - interval '1 day'`.execute(
          tx,
        ),
      );
      return released;
    },
    /** Recomputes every tenant's stock from its ledger and stores a report per tenant. */
    async reconcileAll(): Promise<number> {
      const tenants = await tenantsWith(db, sql`select distinct tenant_id from stock_levels`);
      let drifted = 0;
      for (const tenantId of tenants) {
        const report = await db.withTenant(tenantId, (tx) => reconcile(tx));
        if (report.drift.length > 0) drifted++;
      }
      return drifted;
    },
  };
}

export function registerInventoryJobs(registry: JobRegistry, db: Db) {
  const jobs = inventoryJobs(db);
  registry.define(SWEEP_JOB, async () => void (await jobs.sweepReservations()), { cron: '* * * * *' });
  registry.define(RECONCILE_JOB, async () => void (await jobs.reconcileAll()), { cron: '17 * * * *' });
  return jobs;
}
