import type { TenantTx } from '../../platform/db/pool.ts';
import { notFound } from '../../platform/errors.ts';
import { type PaymentRow, toPaymentDto } from '../payments/index.ts';
import { insertOrderWithItems, numberOrder, updatePaymentStatus } from './order-placement.repository.ts';
import type { OrderDto } from './orders.dto.ts';
import { toOrderDto } from './orders.dto.ts';
import type { OrderItemRow, PaymentStatus } from './orders.schema.ts';
import { type NewOrder, orderRowOf } from './orders.service.ts';

/**
 * Order placement at checkout, in as few statements as it can: the order with its items (one
 * statement), then, as the checkout's last step, its number with `order.placed` (one statement).
 * The order a shopper gets back is built from what those statements returned, not read again.
 */
export const orderPlacement = {
  /** Inserts the order (numbered later, `number`) and its items; returns the items as stored. */
  async place(tx: TenantTx, o: NewOrder & { id: string }): Promise<OrderItemRow[]> {
    return insertOrderWithItems(tx, orderRowOf(o.id, o), o.items);
  },

  /** Numbers the placed order (the store's counter stays locked until commit); returns its DTO. */
  async number(
    tx: TenantTx,
    storeId: string,
    orderId: string,
    items: OrderItemRow[],
    payments: PaymentRow[],
  ) {
    const row = await numberOrder(tx, storeId, orderId);
    if (!row) throw notFound('Order');
    return toOrderDto(row, items, payments.map(toPaymentDto));
  },

  /**
   * After the checkout's captures: the order's new payment status (with its event), returned as
   * `placed` with that status and the payments as they are now (one statement, no re-read).
   */
  async settled(
    tx: TenantTx,
    placed: OrderDto,
    payments: PaymentRow[],
    paymentStatus: PaymentStatus,
  ): Promise<OrderDto> {
    const row =
      paymentStatus === placed.paymentStatus
        ? undefined
        : await updatePaymentStatus(tx, placed.storeId, placed.id, paymentStatus);
    return {
      ...placed,
      paymentStatus,
      updatedAt: row ? row.updatedAt.toISOString() : placed.updatedAt,
      payments: payments.map(toPaymentDto),
    };
  },
};
