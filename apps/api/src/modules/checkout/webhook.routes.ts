import { z } from 'zod';
import { Reply, type RouteDef, storefrontRoute } from '../../platform/http/route.ts';
import type { OrderService } from '../orders/index.ts';
import { handleStripeWebhook, paymentsOfOrders } from '../payments/index.ts';
import { paymentStatusOf } from './checkout.payments.ts';
import { WebhookReceivedResponse } from './checkout.responses.ts';
import type { Settlement } from './checkout.settle.ts';

/** `POST /api/storefront/:domain/webhooks/stripe`: Stripe's events for the store, signature-checked. */
export function webhookRoutes(orders: OrderService, settlement: Settlement): RouteDef[] {
  return [
    storefrontRoute(
      {
        method: 'post',
        path: '/api/storefront/:domain/webhooks/stripe',
        status: 200,
        summary: 'Stripe webhook (verified by its Stripe-Signature)',
        response: WebhookReceivedResponse,
        tags: ['payments'],
        params: z.object({ domain: z.string() }),
      },
      async ({ tx, store, req }) => {
        const raw = (req as typeof req & { rawBody?: Buffer }).rawBody;
        const update = await handleStripeWebhook(tx, store.storeId, raw, req.header('stripe-signature'));
        if (update) {
          const order = await orders.findById(tx, update.orderId);
          const payments = await paymentsOfOrders(tx, [update.orderId]);
          const status = paymentStatusOf(payments, order?.totalMinor ?? 0);
          const failed = status === 'PENDING' && payments.every((p) => p.status === 'FAILED');
          await orders.setPaymentStatus(tx, store.storeId, update.orderId, failed ? 'FAILED' : status);
        }
        const received = new Reply(200, { received: true });
        if (!update?.captureNow) return received;
        // Authorised after 3-D Secure: captured once this transaction has committed.
        return received.completedAfterCommit(async () => {
          await settlement.settle(store.tenantId, store.storeId, update.orderId).catch(() => {});
          return received;
        });
      },
    ),
  ];
}
