import { sql } from 'kysely';
import type { Db, TenantTx } from '../../platform/db/pool.ts';
import { DomainError } from '../../platform/errors.ts';
import type { JobRegistry } from '../../platform/jobs/index.ts';
import { toMinor } from '../../platform/money.ts';
import { type OrderDto, type OrderService, orderPlacement } from '../orders/index.ts';
import {
  type GatewayFactory,
  type PaymentMethodRow,
  type PaymentRow,
  paymentsOfOrderForUpdate,
  paymentsOfOrders,
  pendingCaptures,
  recordCapture,
} from '../payments/index.ts';
import { paymentStatusOf } from './checkout.payments.ts';

export const CAPTURE_SWEEP_JOB = 'checkout-capture-sweep';

type Deps = {
  db: Db;
  orders: OrderService;
  gateways: GatewayFactory;
  /** A capture that could not be made now (the gateway is away): the sweep tries again. */
  onCaptureError?: (err: unknown, payment: { id: string; orderId: string }) => void;
};

/**
 * The checkout saga's last step: once the order's transaction has committed, the card payments it
 * only authorised are captured, and the order's payment status follows. Safe to repeat (payments
 * are locked and only AUTHORIZED ones marked `capture_on_commit` are taken); the capture sweep
 * repeats it for orders whose process died between the commit and the capture.
 */
export function createSettlement(deps: Deps) {
  /**
   * Captures one authorisation at its gateway: whether it is captured now, or null when the
   * gateway could not be reached (left pending for the sweep).
   */
  async function takeCapture(
    tx: TenantTx,
    p: PaymentRow,
    known?: Pick<PaymentMethodRow, 'provider' | 'settings'>,
  ): Promise<boolean | null> {
    const method =
      known ??
      (await tx
        .selectFrom('paymentMethods')
        .selectAll()
        .where('id', '=', p.paymentMethodId as string)
        .executeTakeFirstOrThrow());
    const gateway = deps.gateways(method);
    const reference = p.gatewayReference as string;
    try {
      return (await gateway.capture(reference, p.amountMinor)).status === 'CAPTURED';
    } catch (err) {
      if (!(err instanceof DomainError) || !['PAYMENT_DECLINED', 'CONFLICT'].includes(err.kind)) {
        deps.onCaptureError?.(err, p);
        return null;
      }
      // Refused: maybe captured already (a capture whose record did not commit), else it lapsed.
      const now = await gateway.confirm(reference, { succeeded: true }).catch(() => null);
      return now?.status === 'CAPTURED';
    }
  }

  /** Captures one authorisation and records it; null when the gateway could not be reached. */
  async function captureOne(tx: TenantTx, storeId: string, p: PaymentRow): Promise<PaymentRow | null> {
    const captured = await takeCapture(tx, p);
    return captured === null ? null : recordCapture(tx, p.id, captured, storeId);
  }

  const isPending = (p: PaymentRow) => p.captureOnCommit && p.status === 'AUTHORIZED';

  /**
   * `placed`: the order as the checkout just returned it (same request). All its payments are read
   * (locked) at once, its captures settled, and it is returned with them, without reading it again.
   */
  async function settlePlaced(tx: TenantTx, placed: OrderDto) {
    const payments = await paymentsOfOrderForUpdate(tx, placed.id);
    if (!payments.some((p) => isPending(p.payment))) return placed;
    const outcomes: Array<{ id: string; captured: boolean }> = [];
    for (const { payment: p, method } of payments) {
      if (!isPending(p)) continue;
      const captured = await takeCapture(tx, p, method ?? undefined);
      if (captured !== null) outcomes.push({ id: p.id, captured });
    }
    // The statuses the outcomes give; the capture statement writes them and returns the rows.
    const now = payments.map(({ payment: p }) => {
      const o = outcomes.find((x) => x.id === p.id);
      return o ? { ...p, status: o.captured ? ('CAPTURED' as const) : ('FAILED' as const) } : p;
    });
    const totalMinor = toMinor(placed.totalAmount, placed.currency);
    return orderPlacement.settled(
      tx,
      placed,
      payments.map((p) => p.payment),
      outcomes,
      paymentStatusOf(now, totalMinor),
    );
  }

  async function settle(tenantId: string, storeId: string, orderId: string, placed?: OrderDto) {
    return deps.db.withTenant(tenantId, async (tx) => {
      if (placed) return settlePlaced(tx, placed);
      const pending = await pendingCaptures(tx, orderId);
      let changed = false;
      for (const p of pending) changed = (await captureOne(tx, storeId, p)) !== null || changed;
      const order = await deps.orders.findById(tx, orderId);
      if (changed && order) {
        const all = await paymentsOfOrders(tx, [orderId]);
        const status = paymentStatusOf(all, order.totalMinor);
        if (status !== order.paymentStatus) await deps.orders.setPaymentStatus(tx, storeId, orderId, status);
      }
      return deps.orders.get(tx, storeId, orderId);
    });
  }

  /** Settles orders whose capture is overdue (the process died after the commit). */
  async function sweep(olderThanSeconds = 30): Promise<number> {
    const due = await deps.db.withPlatform((tx) =>
      sql<{ tenantId: string; storeId: string; orderId: string }>`
        select distinct p.tenant_id, o.store_id, p.order_id from payments p
          join orders o on o.tenant_id = p.tenant_id and o.id = p.order_id
         where p.capture_on_commit and p.status = 'AUTHORIZED'
           and p.created_at < now() - make_interval(secs => ${olderThanSeconds})
         limit 200`.execute(tx),
    );
    for (const o of due.rows)
      await settle(o.tenantId, o.storeId, o.orderId).catch((err) =>
        deps.onCaptureError?.(err, { id: '', orderId: o.orderId }),
      );
    return due.rows.length;
  }

  return { settle, sweep };
}
export type Settlement = ReturnType<typeof createSettlement>;

export function registerCaptureSweep(registry: JobRegistry, settlement: Settlement) {
  registry.define(CAPTURE_SWEEP_JOB, async () => void (await settlement.sweep()), { cron: '* * * * *' });
}
