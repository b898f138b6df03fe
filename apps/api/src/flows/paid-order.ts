import type { FlowDeps } from '../modules/fulfillment/index.ts';
import { deliverGiftCards, fulfilDigitalLines } from '../modules/fulfillment/index.ts';
import type { JobRegistry } from '../platform/jobs/index.ts';

/**
 * Once an order is paid (placed paid, or paid later by a gateway, a capture or staff): the gift
 * cards bought in it are issued and emailed, and its DIGITAL lines count as fulfilled with no
 * package (the physical lines go through the queue). Both are idempotent, so every placement and
 * payment-status change simply asks again.
 */
export function subscribePaidOrder(jobs: JobRegistry, deps: FlowDeps): void {
  jobs.subscribe(
    { consumer: 'paid-order', topics: ['order.placed', 'order.payment_status.changed'] },
    async (e, tx) => {
      await deliverGiftCards(deps, tx, e.payload.orderId);
      await fulfilDigitalLines(deps, tx, e.payload.orderId);
    },
  );
}
