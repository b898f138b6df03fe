import type { TenantTx } from '../../platform/db/pool.ts';
import { DomainError, invalidState, notFound } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import type { InventoryService } from '../inventory/index.ts';
import { type OrderService, orderLifecycle } from '../orders/index.ts';
import { findPayment, type GatewayFactory, paymentsOfOrders, updatePayment } from '../payments/index.ts';
import { giftCardService, returnCouponUses } from '../pricing/index.ts';
import { paymentStatusOf } from './checkout.payments.ts';

type Deps = {
  orders: OrderService;
  gateways: GatewayFactory;
  inventory: Pick<InventoryService, 'releaseAllocation'>;
};

/**
 * The second step of a payment that needed one (3-D Secure): on success the payment is captured
 * and the order's payment status recomputed; on failure the payment FAILS, the order is CANCELED,
 * its stock released, gift-card amounts and coupon uses put back. Either way the answer is the order.
 */
export function createPaymentConfirmation(deps: Deps) {
  return async function confirm(
    tx: TenantTx,
    storeId: string,
    orderId: string,
    paymentId: string,
    succeeded: boolean,
  ) {
    const order = await deps.orders.findById(tx, orderId);
    const payment =
      order && order.storeId === storeId ? await findPayment(tx, orderId, paymentId) : undefined;
    if (!order || !payment) throw notFound('Payment');
    if (payment.status !== 'REQUIRES_ACTION' || !payment.paymentMethodId || !payment.gatewayReference)
      throw invalidState(`This payment is ${payment.status} and needs no confirmation`);
    const method = await tx
      .selectFrom('paymentMethods')
      .selectAll()
      .where('id', '=', payment.paymentMethodId)
      .executeTakeFirstOrThrow();
    try {
      const gateway = deps.gateways(method);
      let outcome = await gateway.confirm(payment.gatewayReference, { succeeded });
      // Checkout only authorises; the order is committed already, so a sale is captured now.
      if (outcome.status === 'AUTHORIZED' && method.settings.captureMode !== 'manual')
        outcome = await gateway.capture(payment.gatewayReference, payment.amountMinor);
      await updatePayment(tx, payment.id, {
        status: outcome.status,
        details: JSON.stringify({ ...payment.details, nextAction: null }),
      });
      const all = await paymentsOfOrders(tx, [orderId]);
      await deps.orders.setPaymentStatus(tx, storeId, orderId, paymentStatusOf(all, order.totalMinor));
    } catch (err) {
      if (!(err instanceof DomainError) || err.kind !== 'PAYMENT_DECLINED') throw err;
      await updatePayment(tx, payment.id, { status: 'FAILED' });
      for (const p of await paymentsOfOrders(tx, [orderId]))
        if (p.giftCardId && p.status === 'CAPTURED') {
          await giftCardService.refund(tx, p.giftCardId, p.amountMinor, orderId);
          await updatePayment(tx, p.id, { status: 'REFUNDED', refundedMinor: p.amountMinor });
        }
      await deps.inventory.releaseAllocation(tx, orderId);
      // The key the checkout counted the use under (a guest order may since have been linked to a profile).
      const customerKey =
        order.placedByCustomer && order.customerId
          ? order.customerId
          : (order.customerEmail ?? '').toLowerCase();
      await returnCouponUses(tx, storeId, order.couponCodes, customerKey);
      // Through the status rules like every cancellation (a shipped order cannot be canceled).
      await orderLifecycle.transition(tx, order, 'CANCELED', { paymentStatus: 'FAILED' });
      await recordEvent(tx, 'order.canceled', { orderId, storeId, reason: 'payment failed' });
    }
    return deps.orders.get(tx, storeId, orderId);
  };
}
