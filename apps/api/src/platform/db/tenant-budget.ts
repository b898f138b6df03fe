import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Per-tenant concurrency budgets on the database pool (issue 17, fairness). One tenant's flash sale
 * (hundreds of shoppers queueing on one stock row, each holding a pooled connection while it
 * waits for the row lock) must not take every connection of the shared pool.
 *
 * Work-conserving: a tenant always gets up to `perTenant` transactions at once (its share), and may
 * borrow idle capacity beyond it as long as `reserve` of the pool's `poolSize` connections stay
 * free for other tenants' shares. The rest wait in a FIFO queue, holding no connection, and are
 * woken as slots free up (tenants under their share first). So a lone busy tenant uses most of the
 * pool, and a second tenant arriving during its sale still finds connections at once.
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

type Waiter = { tenantId: string; wake: () => void };
const holding = new AsyncLocalStorage<ReadonlySet<string>>();

/**
 * `maxWaitMs`: a transaction that waited this long for a slot fails like a pool that gave no
 * connection in time (the message pg-pool uses, so it maps to the same 503).
 */
export function createTenantBudget(opts: {
  perTenant: number;
  poolSize: number;
  reserve?: number;
  maxWaitMs?: number;
}): TenantBudget {
  const { perTenant, poolSize } = opts;
  if (!Number.isInteger(perTenant) || perTenant < 1) throw new Error('perTenant must be a positive integer');
  const ceiling = Math.max(perTenant, poolSize - (opts.reserve ?? perTenant));
  const maxWaitMs = opts.maxWaitMs ?? 30_000;
  const running = new Map<string, number>();
  let total = 0;
  const queue: Waiter[] = [];

  const admissible = (tenantId: string) => (running.get(tenantId) ?? 0) < perTenant || total < ceiling;
  function admit(tenantId: string) {
    running.set(tenantId, (running.get(tenantId) ?? 0) + 1);
    total++;
  }

  async function acquire(tenantId: string): Promise<void> {
    // Arrivals do not jump a queue of their own tenant.
    if (admissible(tenantId) && !queue.some((w) => w.tenantId === tenantId)) return admit(tenantId);
    await new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        tenantId,
        wake: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        const at = queue.indexOf(waiter);
        if (at >= 0) queue.splice(at, 1);
        reject(new Error('timeout exceeded when trying to connect (tenant budget)'));
      }, maxWaitMs);
      queue.push(waiter);
    });
  }

  function release(tenantId: string) {
    const left = (running.get(tenantId) ?? 1) - 1;
    if (left === 0) running.delete(tenantId);
    else running.set(tenantId, left);
    total--;
    // Wake whom the freed slot admits: tenants under their share first, then the oldest waiter.
    for (;;) {
      const under = queue.findIndex((w) => (running.get(w.tenantId) ?? 0) < perTenant);
      const at = under >= 0 ? under : total < ceiling && queue.length > 0 ? 0 : -1;
      if (at < 0) return;
      const [next] = queue.splice(at, 1);
      if (!next) return;
      admit(next.tenantId);
      next.wake();
    }
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
      return {
        running: running.get(tenantId) ?? 0,
        waiting: queue.filter((w) => w.tenantId === tenantId).length,
      };
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
