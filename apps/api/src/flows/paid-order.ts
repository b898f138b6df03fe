import type { FlowDeps } from '../modules/fulfillment/index.ts';
import { deliverGiftCards, fulfilDigitalLines } from '../modules/fulfillment/index.ts';
import type { JobRegistry } from '../platform/jobs/index.ts';

/**
 * Once an order is paid (placed paid, or paid later by a gateway, a capture or staff): the gift
 * cards bought in it are issued and emailed, and its DIGITAL lines count as fulfilled with no
 * package (the physical lines go through the queue). Both are idempotent and read the order as it
 * is now, so every placement and payment-status change simply asks again, once per order of a
 * relay batch (a purchase's placement and payment change usually come together).
 */
export function subscribePaidOrder(jobs: JobRegistry, deps: FlowDeps): void {
  jobs.subscribeBatch(
    { consumer: 'paid-order', topics: ['order.placed', 'order.payment_status.changed'] },
    async (events, tx) => {
      for (const orderId of new Set(events.map((e) => e.payload.orderId))) {
        await deliverGiftCards(deps, tx, orderId);
        await fulfilDigitalLines(deps, tx, orderId);
      }
    },
  );
}
