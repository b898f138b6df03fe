import type { TenantTx } from '../../platform/db/pool.ts';
import { invalid, invalidState } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import { fromMinor, toMinor } from '../../platform/money.ts';
import {
  fulfillmentStatusOf,
  lineShare,
  type OrderItemRow,
  type OrderRow,
  orderLifecycle,
  owedUnits,
  paymentStatusAfterRefund,
  splitRefund,
} from '../orders/index.ts';
import { paymentsOfOrders } from '../payments/index.ts';
import { type Actor, type FlowDeps, notifyCustomer, syncOrderFulfillments } from './flow-context.ts';
import { fulfillmentConflict } from './fulfillment.errors.ts';
import * as repo from './fulfillment.repository.ts';
import type { RefundKind } from './fulfillment.schema.ts';
import type { FulfillmentService, LineRequest } from './fulfillment.service.ts';
import type { ResendTemplate } from './fulfillment.validators.ts';
import { resendOrderEmail } from './order-emails.ts';
import { REFUNDABLE, refundToPayment, voidOpenPayments } from './payment-returns.ts';

/** Refund amount of `quantity` more units of a line, given what was refunded before (exact in sum). */
const itemsAmount = (item: OrderItemRow, quantity: number) =>
  lineShare(item.totalMinor, item.quantity, item.quantityRefunded + quantity) -
  lineShare(item.totalMinor, item.quantity, item.quantityRefunded);

/** Cancellations and refunds: stock released or restocked and money returned, in one transaction. */
export function createOrderActions(deps: FlowDeps, fulfillment: FulfillmentService) {
  /** Moves money back over the order's payments (most recent first) and records the refund. */
  async function payBack(
    tx: TenantTx,
    order: OrderRow,
    amountMinor: number,
    meta: { reason?: string; items: LineRequest; kind: RefundKind },
  ) {
    const payments = await paymentsOfOrders(tx, [order.id]);
    const live = payments.filter((p) => REFUNDABLE.includes(p.status));
    const { parts, unplaced } = splitRefund(
      amountMinor,
      live.map((p) => ({ id: p.id, refundableMinor: p.amountMinor - p.refundedMinor })),
    );
    const currency = order.currency.trim();
    if (unplaced > 0)
      throw fulfillmentConflict(
        'REFUND_EXCEEDS_PAID',
        `At most ${fromMinor(amountMinor - unplaced, currency)} can be refunded`,
        {
          refundable: fromMinor(amountMinor - unplaced, currency),
        },
      );
    for (const part of parts) {
      const p = live.find((x) => x.id === part.id);
      if (p) await refundToPayment(deps, tx, order, p, part.amountMinor);
    }
    const refund = await repo.insertRefund(tx, {
      storeId: order.storeId,
      orderId: order.id,
      amountMinor,
      currency,
      reason: meta.reason ?? null,
      kind: meta.kind,
      items: JSON.stringify(meta.items),
      payments: JSON.stringify(
        parts.map((x) => ({
          paymentId: x.id,
          provider: live.find((p) => p.id === x.id)?.provider ?? '',
          amountMinor: x.amountMinor,
        })),
      ),
    });
    const all = await repo.refundsOf(tx, order.id);
    const paid = payments
      .filter((p) => p.status !== 'FAILED' && p.status !== 'VOIDED' && p.status !== 'PENDING')
      .reduce((n, p) => n + p.amountMinor, 0);
    const refunded = all.reduce((n, r) => n + r.amountMinor, 0);
    await orderLifecycle.record(tx, order.id, {
      paymentStatus: paymentStatusAfterRefund(order.paymentStatus, paid, refunded),
      refunds: all.map((r) => ({
        id: r.id,
        amount: fromMinor(r.amountMinor, currency),
        reason: r.reason,
        kind: r.kind,
        items: r.items,
        payments: r.payments.map((x) => ({ ...x, amount: fromMinor(x.amountMinor, currency) })),
        createdAt: r.createdAt.toISOString(),
      })),
    });
    return { refund, refundedTotal: refunded };
  }

  /** Line quantities to refund: as asked, or every unit not refunded yet. */
  function refundLines(items: OrderItemRow[], requested?: LineRequest) {
    if (!requested?.length)
      return items.flatMap((item) =>
        item.quantity - item.quantityRefunded > 0
          ? [{ item, quantity: item.quantity - item.quantityRefunded }]
          : [],
      );
    const errors = requested.flatMap((r, i) =>
      items.some((it) => it.id === r.itemId)
        ? []
        : [{ path: `items.${i}.itemId`, message: 'is not a line of this order' }],
    );
    if (errors.length > 0) throw invalid('The request is not valid', errors);
    return requested.map((r) => {
      const item = items.find((it) => it.id === r.itemId) as OrderItemRow;
      if (r.quantity > item.quantity - item.quantityRefunded)
        throw fulfillmentConflict(
          'QUANTITY_EXCEEDS_REMAINING',
          `Only ${item.quantity - item.quantityRefunded} of "${item.title}" can still be refunded`,
        );
      return { item, quantity: r.quantity };
    });
  }

  /** How many units of each refunded line never shipped (those are released, not restocked). */
  async function planRelease(
    tx: TenantTx,
    orderId: string,
    lines: Array<{ item: OrderItemRow; quantity: number }>,
  ) {
    const released = await repo.releasedUnits(tx, orderId);
    return lines.map((l) => ({
      ...l,
      free: Math.max(0, Math.min(l.quantity, owedUnits(l.item, released) - l.item.quantityFulfilled)),
    }));
  }

  /** Unshipped units: allocation released, queued picks dropped; shipped ones restocked if asked. */
  async function applyRelease(
    tx: TenantTx,
    orderId: string,
    plan: Array<{ item: OrderItemRow; quantity: number; free: number }>,
    restock: boolean,
    refundId: string,
  ) {
    const unshipped = plan.filter((l) => l.free > 0);
    await fulfillment.releaseQueued(tx, orderId, new Map(unshipped.map((l) => [l.item.id, l.free])));
    const stocked = unshipped.flatMap((l) =>
      l.item.variantId ? [{ variantId: l.item.variantId, quantity: l.free }] : [],
    );
    if (stocked.length > 0) await deps.inventory.releaseAllocation(tx, orderId, stocked);
    const shippedBack = plan.flatMap((l) =>
      restock && l.quantity > l.free && l.item.variantId
        ? [{ variantId: l.item.variantId, quantity: l.quantity - l.free }]
        : [],
    );
    if (shippedBack.length > 0)
      await deps.inventory.restock(tx, {
        reference: `refund:${refundId}`,
        lines: shippedBack,
        reason: 'Refunded and restocked',
      });
  }

  return {
    /**
     * `POST /orders/:id/cancel`: packages canceled, allocations released, captured payments
     * refunded, authorized ones (and ones waiting for 3-D Secure) voided at their gateway.
     */
    async cancel(tx: TenantTx, storeId: string, orderId: string, input: { reason?: string }, actor: Actor) {
      const order = await orderLifecycle.lock(tx, storeId, orderId);
      if (order.status === 'CANCELED') throw invalidState('This order is already canceled');
      orderLifecycle.assertMove(order.status, 'CANCELED');
      const items = await deps.orders.itemsOf(tx, orderId);
      if (items.some((i) => i.quantityFulfilled > 0))
        throw invalidState('Part of this order has shipped: refund or return it instead of canceling');
      for (const f of await repo.fulfillmentsOfOrder(tx, orderId))
        if (repo.OPEN.includes(f.status))
          await repo.updateFulfillment(tx, f.id, { status: 'CANCELED', canceledAt: new Date() });
      await deps.inventory.releaseAllocation(tx, orderId);
      const payments = await paymentsOfOrders(tx, [orderId]);
      const voided = await voidOpenPayments(deps, tx, payments);
      const refundable = payments
        .filter((p) => REFUNDABLE.includes(p.status))
        .reduce((n, p) => n + p.amountMinor - p.refundedMinor, 0);
      if (refundable > 0)
        await payBack(tx, order, refundable, { reason: input.reason, items: [], kind: 'CANCELLATION' });
      await orderLifecycle.transition(tx, order, 'CANCELED');
      await repo.addTimeline(
        tx,
        orderId,
        actor,
        'order.canceled',
        `Order canceled${input.reason ? `: ${input.reason}` : ''}`,
        { refunded: fromMinor(refundable, order.currency.trim()), voidedPayments: voided },
      );
      await syncOrderFulfillments(tx, orderId);
      await notifyCustomer(deps, tx, order, 'order_canceled', {
        order: {
          orderNumber: order.orderNumber,
          currency: order.currency.trim(),
          reason: input.reason ?? '',
        },
      });
      await recordEvent(tx, 'order.canceled', {
        orderId,
        storeId,
        refundedMinor: refundable,
        reason: input.reason ?? null,
      });
      return deps.orders.get(tx, storeId, orderId);
    },

    /** `POST /orders/:id/refund`: by amount, by lines (amount from the lines), or all of it. */
    async refund(
      tx: TenantTx,
      storeId: string,
      orderId: string,
      input: { amount?: string; items?: LineRequest; reason?: string; restock?: boolean },
      actor: Actor,
    ) {
      const order = await orderLifecycle.lock(tx, storeId, orderId);
      if (order.status === 'CANCELED')
        throw invalidState('A canceled order was refunded when it was canceled');
      const currency = order.currency.trim();
      const items = await deps.orders.itemsOf(tx, orderId);
      const byAmountOnly = input.amount !== undefined && !input.items?.length;
      const lines = byAmountOnly ? [] : refundLines(items, input.items);
      const payments = await paymentsOfOrders(tx, [orderId]);
      const refundable = payments
        .filter((p) => REFUNDABLE.includes(p.status))
        .reduce((n, p) => n + p.amountMinor - p.refundedMinor, 0);
      const amountMinor =
        input.amount !== undefined
          ? toMinor(input.amount, currency)
          : input.items?.length
            ? lines.reduce((n, l) => n + itemsAmount(l.item, l.quantity), 0)
            : refundable;
      if (amountMinor <= 0 && input.amount === undefined)
        throw invalidState('Nothing is left to refund on this order');
      if (amountMinor <= 0)
        throw invalid('The request is not valid', [{ path: 'amount', message: 'must be more than zero' }]);
      const plan = await planRelease(tx, orderId, lines);
      const requested = plan.map((l) => ({ itemId: l.item.id, quantity: l.quantity, released: l.free }));
      const { refund, refundedTotal } = await payBack(tx, order, amountMinor, {
        reason: input.reason,
        items: requested,
        kind: 'REFUND',
      });
      await applyRelease(tx, orderId, plan, input.restock ?? false, refund.id);
      for (const l of lines) await orderLifecycle.addLineCounts(tx, l.item.id, { refunded: l.quantity });
      if (lines.length > 0)
        await orderLifecycle.record(tx, orderId, {
          fulfillmentStatus: fulfillmentStatusOf(
            await deps.orders.itemsOf(tx, orderId),
            await repo.releasedUnits(tx, orderId),
          ),
        });
      const amount = fromMinor(amountMinor, currency);
      await repo.addTimeline(
        tx,
        orderId,
        actor,
        'order.refunded',
        `Refunded ${amount} ${currency}${input.reason ? `: ${input.reason}` : ''}`,
        {
          refundId: refund.id,
          amount,
          items: requested,
        },
      );
      await syncOrderFulfillments(tx, orderId);
      await notifyCustomer(deps, tx, order, 'refund', { refund: { amount, reason: input.reason ?? '' } });
      await recordEvent(tx, 'order.refunded', {
        orderId,
        storeId,
        refundId: refund.id,
        amountMinor,
        refundedTotalMinor: refundedTotal,
      });
      return deps.orders.get(tx, storeId, orderId);
    },

    payBack,

    /** Sends the order confirmation or the shipment email to the customer again. */
    resendEmail: (tx: TenantTx, storeId: string, orderId: string, template: ResendTemplate, actor: Actor) =>
      resendOrderEmail(deps, tx, storeId, orderId, template, actor),
  };
}

export type OrderActions = ReturnType<typeof createOrderActions>;
