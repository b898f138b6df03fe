import { performance } from 'node:perf_hooks';
import { temporarilyUnavailable } from '../errors.ts';

/**
 * A tenant's share of an API process's storefront writes (issue 17, fairness). A flash sale's carts
 * and checkouts are the heaviest requests a shop makes (a transaction, a stock row lock, a commit,
 * 5–10 ms of the process's CPU each), and all tenants share the process's one core: the pool
 * budget bounds a sale's connections, not the CPU its requests take from other stores.
 *
 * While the process is saturated and another tenant has had a request in it within `activeMs`, a
 * tenant runs at most `share` storefront writes at once, and only while its writes have taken less
 * than `timeShare` of the current quarter second: a quick write (a cart change, a few milliseconds)
 * would otherwise follow the last one without pause, and one at a time would still take most of
 * the process. The rest wait in its own FIFO queue, costing nothing, up to `maxWaitMs` (then 503
 * with Retry-After: a sale's shoppers are in a waiting room, not failed at once). Otherwise nothing
 * is limited (work-conserving, like the pool budget's borrowing): a shop alone, or writes that
 * mostly wait (a payment gateway's answer) on a process with CPU to spare, lose nothing. While the
 * share binds, such writes also run one at a time: the price of fairness on a busy process.
 */
export type TenantWriteShare = {
  /** Notes a request of the tenant (reads included): other tenants' writes are shared while it is active. */
  seen(tenantId: string): void;
  run<T>(tenantId: string, fn: () => Promise<T>): Promise<T>;
  /** Writes running and waiting for one tenant (for tests and diagnostics). */
  usage(tenantId: string): { running: number; waiting: number };
  close(): void;
};

/**
 * Event-loop utilisation over the last quarter second at or above which the process is saturated.
 * Not 0.8: a request arriving at a loop busy 60 % of the time already waits about one and a half
 * times its own work (queueing), and with the database on the same cores a store's sale kept the
 * loop at 65–70 % while another store's reads lost a third of their throughput (bench/README.md,
 * fairness, 2026-12-07).
 */
const SATURATED = 0.6;
const SAMPLE_MS = 250;

export function createTenantWriteShare(opts: {
  share: number;
  /** The part of each quarter second a tenant's writes may take while shared (default 0.5; 1: no bound). */
  timeShare?: number;
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
  const timeShare = opts.timeShare ?? 0.5;
  const running = new Map<string, number>();
  const queues = new Map<string, Array<() => void>>();
  // The most recently seen tenant, and the most recently seen one other than it: whether anyone
  // but `t` was active is then known without keeping every tenant's last request.
  let latest = { tenantId: '', at: -Infinity };
  let other = { tenantId: '', at: -Infinity };

  /** Per tenant: its writes' time in the quarter second `window` (ms), and since when one has run. */
  const occupancy = new Map<string, { window: number; ms: number; since: number | null }>();
  const windowOf = (t: number) => Math.floor(t / SAMPLE_MS);
  /** The tenant's occupancy, moved on to the current quarter second. */
  function occupancyOf(tenantId: string, t: number) {
    const w = windowOf(t);
    let o = occupancy.get(tenantId);
    if (!o) {
      o = { window: w, ms: 0, since: null };
      occupancy.set(tenantId, o);
    } else if (o.window !== w) {
      o.window = w;
      o.ms = 0;
      if (o.since !== null) o.since = w * SAMPLE_MS;
    }
    return o;
  }
  const occupied = (tenantId: string) => {
    const t = now();
    const o = occupancyOf(tenantId, t);
    return o.ms + (o.since === null ? 0 : t - o.since);
  };

  let busy = false;
  let sample = performance.eventLoopUtilization();
  const saturated = opts.saturated ?? (() => busy);
  const sampler = setInterval(() => {
    if (!opts.saturated) {
      const next = performance.eventLoopUtilization();
      busy = performance.eventLoopUtilization(next, sample).utilization >= SATURATED;
      sample = next;
    }
    // A new quarter second, or no longer saturated: whoever waits and may go, goes in.
    for (const tenantId of queues.keys()) letIn(tenantId);
    for (const [tenantId, o] of occupancy)
      if (o.since === null && o.window < windowOf(now())) occupancy.delete(tenantId);
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
    !othersActive(tenantId) ||
    !saturated() ||
    ((running.get(tenantId) ?? 0) < share && occupied(tenantId) < timeShare * SAMPLE_MS);
  function admit(tenantId: string) {
    const n = (running.get(tenantId) ?? 0) + 1;
    running.set(tenantId, n);
    if (n === 1) {
      const t = now();
      occupancyOf(tenantId, t).since = t;
    }
  }

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
    if (left === 0) {
      running.delete(tenantId);
      const t = now();
      const o = occupancyOf(tenantId, t);
      if (o.since !== null) o.ms += t - o.since;
      o.since = null;
    } else running.set(tenantId, left);
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
