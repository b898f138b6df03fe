import { type Insertable, type RawBuilder, sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import {
  captureOutcomesCtes,
  insertPaymentsCte,
  type PaymentRow,
  type PaymentsTable,
  toPaymentDto,
} from '../payments/index.ts';
import { insertPlacedOrder, paymentStatusCtes } from './order-placement.repository.ts';
import type { OrderDto } from './orders.dto.ts';
import { toOrderDto } from './orders.dto.ts';
import type { PaymentStatus } from './orders.schema.ts';
import { type NewOrder, orderRowOf } from './orders.service.ts';

/**
 * Order placement at checkout, in as few statements as it can: the order with its number, items,
 * payments and `order.placed` (one statement), then the captures after commit (one statement).
 * The order a shopper gets back is built from what those statements returned, not read again.
 */
export const orderPlacement = {
  /**
   * Places the order in ONE statement: its number, the order, its items, its payments,
   * `order.placed` and the caller's CTEs (`also`). The checkout's last statement (the store's
   * counter row stays locked until commit). Returns the order's DTO, built from what was written.
   */
  async place(
    tx: TenantTx,
    o: NewOrder & { id: string },
    payments: Insertable<PaymentsTable>[],
    also: RawBuilder<unknown>[] = [],
  ): Promise<OrderDto> {
    const placed = await insertPlacedOrder(
      tx,
      orderRowOf(o.id, o),
      o.items,
      insertPaymentsCte(tx, payments),
      also,
    );
    return toOrderDto(placed.order, placed.items, placed.payments.map(toPaymentDto));
  },

  /**
   * After the checkout's captures: their outcomes (with `payment.captured` / `payment.failed`) and,
   * when it changes, the order's payment status (with its event), in ONE statement. Returns
   * `placed` with that status and the payments as they are now (no re-read).
   */
  async settled(
    tx: TenantTx,
    placed: OrderDto,
    payments: PaymentRow[],
    outcomes: Array<{ id: string; captured: boolean }>,
    paymentStatus: PaymentStatus,
  ): Promise<OrderDto> {
    if (outcomes.length === 0) return { ...placed, payments: payments.map(toPaymentDto) };
    const changes = paymentStatus !== placed.paymentStatus;
    const { rows } = await sql<PaymentRow & { orderUpdatedAt: Date | null }>`
      with ${captureOutcomesCtes(outcomes, placed.storeId)}${
        changes ? sql`, ${paymentStatusCtes(placed.storeId, placed.id, paymentStatus)}` : sql``
      }
      select c.*, ${changes ? sql`(select updated_at from status_changed)` : sql`null::timestamptz`} as order_updated_at
        from captured c`.execute(tx);
    const now = new Map(rows.map(({ orderUpdatedAt: _, ...p }) => [p.id, p as PaymentRow]));
    const updatedAt = rows[0]?.orderUpdatedAt;
    return {
      ...placed,
      paymentStatus,
      updatedAt: updatedAt ? updatedAt.toISOString() : placed.updatedAt,
      payments: payments.map((p) => toPaymentDto(now.get(p.id) ?? p)),
    };
  },
};
