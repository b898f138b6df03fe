import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Per-tenant concurrency budgets on the database pool (issue 17, fairness). One tenant's flash sale
 * (hundreds of shoppers queueing on one stock row, each holding a pooled connection while it
 * waits for the row lock) must not take every connection of the shared pool: each tenant may run
 * at most `perTenant` transactions at once; the rest wait in that tenant's own FIFO queue, holding
 * no connection, while other tenants' transactions go straight to the pool.
 *
 * A transaction opened while the same tenant's slot is already held in this async context (a
 * nested `withTenant`) does not wait for a second slot: waiting could deadlock a tenant against
 * itself once all its slots are held by transactions that wait for their nested ones.
 */
export type TenantBudget = {
  run<T>(tenantId: string, fn: () => Promise<T>): Promise<T>;
  /** Transactions running and waiting for one tenant (for tests and diagnostics). */
  usage(tenantId: string): { running: number; waiting: number };
};

type Lane = { running: number; waiting: Array<() => void> };
const holding = new AsyncLocalStorage<ReadonlySet<string>>();

/**
 * `maxWaitMs`: a transaction that waited this long for its tenant's slot fails like a pool that
 * gave no connection in time (the message pg-pool uses, so it maps to the same 503).
 */
export function createTenantBudget(perTenant: number, maxWaitMs = 5000): TenantBudget {
  if (!Number.isInteger(perTenant) || perTenant < 1) throw new Error('perTenant must be a positive integer');
  const lanes = new Map<string, Lane>();

  async function acquire(tenantId: string): Promise<void> {
    let lane = lanes.get(tenantId);
    if (!lane) {
      lane = { running: 0, waiting: [] };
      lanes.set(tenantId, lane);
    }
    if (lane.running < perTenant) {
      lane.running++;
      return;
    }
    // The slot is handed over by `release` (running stays counted), so arrivals cannot jump the queue.
    const queue = lane.waiting;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        const at = queue.indexOf(wake);
        if (at >= 0) queue.splice(at, 1);
        reject(new Error('timeout exceeded when trying to connect (tenant budget)'));
      }, maxWaitMs);
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      queue.push(wake);
    });
  }

  function release(tenantId: string) {
    const lane = lanes.get(tenantId);
    if (!lane) return;
    const next = lane.waiting.shift();
    if (next) return next();
    lane.running--;
    if (lane.running === 0) lanes.delete(tenantId);
  }

  return {
    async run(tenantId, fn) {
      const held = holding.getStore();
      if (held?.has(tenantId)) return fn();
      await acquire(tenantId);
      try {
        return await holding.run(new Set([...(held ?? []), tenantId]), fn);
      } finally {
        release(tenantId);
      }
    },
    usage(tenantId) {
      const lane = lanes.get(tenantId);
      return { running: lane?.running ?? 0, waiting: lane?.waiting.length ?? 0 };
    },
  };
}

/** `DB_DEDICATED_TENANTS`: comma-separated tenant ids that get a pool of their own (high-traffic stores). */
export function parseTenantList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s.length > 0);
}
