import type { TenantTx } from '../../platform/db/pool.ts';
import { invalidState } from '../../platform/errors.ts';
import type { OrderRow } from '../orders/index.ts';
import { type PaymentRow, recordPaymentRefund, updatePayment } from '../payments/index.ts';
import { giftCardService } from '../pricing/index.ts';
import type { FlowDeps } from './flow-context.ts';

/** Payment states that hold money we may give back. */
export const REFUNDABLE: readonly string[] = ['CAPTURED', 'PARTIALLY_REFUNDED'];
/** Gateway payments not taken (yet): a cancellation cancels them at the gateway instead. */
const OPEN: readonly string[] = ['AUTHORIZED', 'REQUIRES_ACTION'];

type Payment = Pick<
  PaymentRow,
  'id' | 'provider' | 'giftCardId' | 'paymentMethodId' | 'gatewayReference' | 'refundedMinor'
>;

async function gatewayOf(deps: FlowDeps, tx: TenantTx, paymentMethodId: string) {
  const method = await tx
    .selectFrom('paymentMethods')
    .select(['provider', 'settings'])
    .where('id', '=', paymentMethodId)
    .executeTakeFirst();
  if (!method) throw invalidState('The payment method of this payment no longer exists');
  return deps.gateways(method);
}

/**
 * Pays an amount back to one payment: gift cards get their balance back, card payments are
 * refunded through their gateway (test simulator, Stripe), manual ones are settled offline.
 *
 * The gateway call cannot roll back with our transaction, so its idempotency key names this exact
 * refund (payment, what it had refunded before, amount): when a later step fails and the request
 * is retried, the gateway replays its first refund instead of paying twice.
 */
export async function refundToPayment(
  deps: FlowDeps,
  tx: TenantTx,
  order: Pick<OrderRow, 'id' | 'orderNumber'>,
  payment: Payment,
  amountMinor: number,
) {
  if (payment.provider === 'gift_card' && payment.giftCardId)
    await giftCardService.refund(tx, payment.giftCardId, amountMinor, order.id);
  else if (payment.paymentMethodId && payment.gatewayReference)
    await (await gatewayOf(deps, tx, payment.paymentMethodId)).refund({
      reference: payment.gatewayReference,
      amountMinor,
      idempotencyKey: `refund:${payment.id}:${payment.refundedMinor}:${amountMinor}`,
      metadata: { order_id: order.id, order_number: order.orderNumber, payment_id: payment.id },
    });
  await recordPaymentRefund(tx, payment.id, amountMinor);
}

/**
 * Cancels at their gateway the payments that were authorized (not captured) or wait for 3-D
 * Secure, so no hold stays on the shopper's card, and marks them VOIDED. Returns how many.
 */
export async function voidOpenPayments(
  deps: FlowDeps,
  tx: TenantTx,
  payments: Array<Payment & Pick<PaymentRow, 'status'>>,
) {
  const open = payments.filter((p) => OPEN.includes(p.status));
  for (const p of open) {
    if (p.paymentMethodId && p.gatewayReference)
      await (await gatewayOf(deps, tx, p.paymentMethodId)).void(p.gatewayReference);
    await updatePayment(tx, p.id, { status: 'VOIDED' });
  }
  return open.length;
}
