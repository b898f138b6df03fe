import { performance } from 'node:perf_hooks';
import { temporarilyUnavailable } from '../errors.ts';

/**
 * A tenant's share of an API process's storefront writes (issue 17, fairness). A flash sale's carts
 * and checkouts are the heaviest requests a shop makes (a transaction, a stock row lock, a commit,
 * 5–10 ms of the process's CPU each), and all tenants share the process's one core: the pool
 * budget bounds a sale's connections, not the CPU its requests take from other stores.
 *
 * While the process is saturated and another tenant has had a request in it within `activeMs`, a
 * tenant runs at most `share` storefront writes at once; the rest wait in its own FIFO queue,
 * costing nothing, up to `maxWaitMs` (then 503 with Retry-After: a sale's shoppers are in a waiting
 * room, not failed at once). Otherwise nothing is limited (work-conserving, like the pool budget's
 * borrowing): a shop alone, or writes that mostly wait (a payment gateway's answer) on a process
 * with CPU to spare, lose nothing.
 */
export type TenantWriteShare = {
  /** Notes a request of the tenant (reads included): other tenants' writes are shared while it is active. */
  seen(tenantId: string): void;
  run<T>(tenantId: string, fn: () => Promise<T>): Promise<T>;
  /** Writes running and waiting for one tenant (for tests and diagnostics). */
  usage(tenantId: string): { running: number; waiting: number };
  close(): void;
};

/** Event-loop utilisation over the last quarter second at or above which the process is saturated. */
const SATURATED = 0.8;
const SAMPLE_MS = 250;

export function createTenantWriteShare(opts: {
  share: number;
  maxWaitMs?: number;
  activeMs?: number;
  /** Whether the process is saturated now; by default its event loop's utilisation (SATURATED). */
  saturated?: () => boolean;
  now?: () => number;
}): TenantWriteShare {
  const { share } = opts;
  const maxWaitMs = opts.maxWaitMs ?? 30_000;
  const activeMs = opts.activeMs ?? 5_000;
  const now = opts.now ?? Date.now;
  const running = new Map<string, number>();
  const queues = new Map<string, Array<() => void>>();
  // The most recently seen tenant, and the most recently seen one other than it: whether anyone
  // but `t` was active is then known without keeping every tenant's last request.
  let latest = { tenantId: '', at: -Infinity };
  let other = { tenantId: '', at: -Infinity };

  let busy = false;
  let sample = performance.eventLoopUtilization();
  const saturated = opts.saturated ?? (() => busy);
  const sampler = opts.saturated
    ? undefined
    : setInterval(() => {
        const next = performance.eventLoopUtilization();
        busy = performance.eventLoopUtilization(next, sample).utilization >= SATURATED;
        sample = next;
        // No longer saturated: whoever waits goes in.
        if (!busy) for (const tenantId of queues.keys()) letIn(tenantId);
      }, SAMPLE_MS).unref();

  // On every request's path: a new object only when the tenant changes.
  function seen(tenantId: string) {
    if (tenantId === latest.tenantId) {
      latest.at = now();
      return;
    }
    other = latest;
    latest = { tenantId, at: now() };
  }
  const othersActive = (tenantId: string) => {
    const since = now() - activeMs;
    return (
      (latest.tenantId !== tenantId && latest.at > since) || (other.tenantId !== tenantId && other.at > since)
    );
  };
  const admissible = (tenantId: string) =>
    (running.get(tenantId) ?? 0) < share || !othersActive(tenantId) || !saturated();
  const admit = (tenantId: string) => running.set(tenantId, (running.get(tenantId) ?? 0) + 1);

  /** Wakes the tenant's oldest waiting writes as far as its share now allows. */
  function letIn(tenantId: string) {
    const queue = queues.get(tenantId);
    while (queue?.length && admissible(tenantId)) {
      admit(tenantId);
      queue.shift()?.();
    }
    if (queue?.length === 0) queues.delete(tenantId);
  }

  async function acquire(tenantId: string) {
    // Arrivals do not jump their own tenant's queue.
    if (!queues.has(tenantId) && admissible(tenantId)) return void admit(tenantId);
    const list = queues.get(tenantId) ?? [];
    queues.set(tenantId, list);
    await new Promise<void>((resolve, reject) => {
      const waiter = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        list.splice(list.indexOf(waiter), 1);
        if (list.length === 0 && queues.get(tenantId) === list) queues.delete(tenantId);
        reject(
          temporarilyUnavailable(
            "The store is busy: its shoppers' requests are queued behind many others (a sale?). Retry in a moment; nothing was changed",
            2,
          ),
        );
      }, maxWaitMs);
      list.push(waiter);
    });
  }

  function release(tenantId: string) {
    const left = (running.get(tenantId) ?? 1) - 1;
    if (left === 0) running.delete(tenantId);
    else running.set(tenantId, left);
    letIn(tenantId);
  }

  return {
    seen,
    async run(tenantId, fn) {
      seen(tenantId);
      await acquire(tenantId);
      try {
        return await fn();
      } finally {
        release(tenantId);
      }
    },
    usage: (tenantId) => ({
      running: running.get(tenantId) ?? 0,
      waiting: queues.get(tenantId)?.length ?? 0,
    }),
    close: () => clearInterval(sampler),
  };
}
