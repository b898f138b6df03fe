import type { FlowDeps, FulfillmentService } from '../modules/fulfillment/index.ts';
import { addTimeline, confirmationEmail, notifyCustomer } from '../modules/fulfillment/index.ts';
import type { TenantTx } from '../platform/db/pool.ts';
import type { EventOf } from '../platform/events.ts';
import type { JobRegistry } from '../platform/jobs/index.ts';

type Placed = EventOf<'order.placed'>;

/** Step 1 on the timeline (who placed it), then the fulfilment queue of the location holding its stock. */
async function queueForFulfilment(fulfillment: FulfillmentService, tx: TenantTx, e: Placed) {
  const { orderId, customerId, orderNumber, source } = e.payload;
  const actor =
    source === 'MANUAL'
      ? { type: 'STAFF' as const, id: null }
      : { type: 'CUSTOMER' as const, id: customerId };
  await addTimeline(tx, orderId, actor, 'order.placed', `Order ${orderNumber ?? ''} placed`);
  await fulfillment.autoQueue(tx, orderId);
}

/** The order confirmation (email and, for a signed-in shopper, push). */
async function confirmToCustomer(deps: FlowDeps, tx: TenantTx, e: Placed) {
  const order = await deps.orders.findById(tx, e.payload.orderId);
  if (!order) return;
  await notifyCustomer(
    deps,
    tx,
    order,
    'order_confirmation',
    confirmationEmail(order, await deps.orders.itemsOf(tx, order.id)),
  );
}

/** What follows a placed order: fulfilment's queue and the customer's confirmation. */
export function subscribeOrderPlaced(
  jobs: JobRegistry,
  deps: FlowDeps & { fulfillment: FulfillmentService },
): void {
  jobs.subscribe({ consumer: 'fulfillment', topics: ['order.placed'] }, (e, tx) =>
    queueForFulfilment(deps.fulfillment, tx, e),
  );
  jobs.subscribe({ consumer: 'order-confirmation', topics: ['order.placed'] }, (e, tx) =>
    confirmToCustomer(deps, tx, e),
  );
}
