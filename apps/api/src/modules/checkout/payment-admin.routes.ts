import { z } from 'zod';
import type { TenantTx } from '../../platform/db/pool.ts';
import { invalidState, notFound } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import { adminRoute, type RouteDef } from '../../platform/http/route.ts';
import { Uuid } from '../../platform/http/schemas.ts';
import { OrderResponse, type OrderService } from '../orders/index.ts';
import { findPayment, type GatewayFactory, paymentsOfOrders, updatePayment } from '../payments/index.ts';
import { paymentStatusOf } from './checkout.payments.ts';

const Params = z.object({ storeId: Uuid, id: Uuid, paymentId: Uuid });

/**
 * Merchant capture and void of payments that were only authorized (payment methods with
 * `settings.captureMode: "manual"`): the gateway is called, then the order's payment status follows.
 */
export function paymentAdminRoutes(deps: { orders: OrderService; gateways: GatewayFactory }): RouteDef[] {
  async function act(
    tx: TenantTx,
    storeId: string,
    orderId: string,
    paymentId: string,
    verb: 'capture' | 'void',
  ) {
    const order = await deps.orders.findById(tx, orderId);
    const payment = order?.storeId === storeId ? await findPayment(tx, orderId, paymentId) : undefined;
    if (!order || !payment) throw notFound('Payment');
    if (payment.status !== 'AUTHORIZED' || !payment.paymentMethodId || !payment.gatewayReference)
      throw invalidState(
        `A ${payment.status} payment cannot be ${verb === 'capture' ? 'captured' : 'voided'}`,
      );
    const method = await tx
      .selectFrom('paymentMethods')
      .selectAll()
      .where('id', '=', payment.paymentMethodId)
      .executeTakeFirstOrThrow();
    const gateway = deps.gateways(method);
    if (verb === 'capture') await gateway.capture(payment.gatewayReference, payment.amountMinor);
    else await gateway.void(payment.gatewayReference);
    await updatePayment(tx, payment.id, { status: verb === 'capture' ? 'CAPTURED' : 'VOIDED' });
    await recordEvent(tx, verb === 'capture' ? 'payment.captured' : 'payment.voided', {
      paymentId,
      orderId,
      storeId,
    });
    const all = await paymentsOfOrders(tx, [orderId]);
    await deps.orders.setPaymentStatus(tx, storeId, orderId, paymentStatusOf(all, order.totalMinor));
    return deps.orders.get(tx, storeId, orderId);
  }
  const route = (verb: 'capture' | 'void') =>
    adminRoute(
      {
        method: 'post',
        path: `/api/stores/:storeId/orders/:id/payments/:paymentId/${verb}`,
        status: 200,
        summary: `${verb === 'capture' ? 'Capture' : 'Void'} an authorized payment`,
        response: OrderResponse,
        tags: ['orders'],
        params: Params,
        idempotent: true,
        requirePermission: verb === 'capture' ? 'orders.write' : 'orders.refund',
      },
      ({ tx, params }) => act(tx, params.storeId, params.id, params.paymentId, verb),
    );
  return [route('capture'), route('void')];
}
