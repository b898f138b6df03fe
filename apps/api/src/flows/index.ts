/**
 * Flows: reactions that cross modules, declared as subscriptions to outbox topics (one API,
 * `jobs.subscribe`, one transport: outbox → relay → subscriber, retried through pg-boss, logged
 * per consumer in event_deliveries). A flow calls module faces (their index.ts) only.
 */
import type { CustomerService } from '../modules/customers/index.ts';
import type { FlowDeps, FulfillmentService } from '../modules/fulfillment/index.ts';
import type { LoyaltyService } from '../modules/loyalty/index.ts';
import type { JobRegistry } from '../platform/jobs/index.ts';
import { subscribeCustomerTotals } from './customer-totals.ts';
import { subscribeLowStock } from './low-stock.ts';
import { subscribeOrderPlaced } from './order-placed.ts';
import { subscribePaidOrder } from './paid-order.ts';

export { abandonedCartEmails } from './abandoned-cart.ts';

export type OrderFlowDeps = FlowDeps & {
  customers: CustomerService;
  fulfillment: FulfillmentService;
  loyalty: LoyaltyService;
};

/** Everything that reacts to orders and stock, after the fact. */
export function subscribeOrderFlows(jobs: JobRegistry, deps: OrderFlowDeps): void {
  subscribeOrderPlaced(jobs, deps);
  // Customers before paid-order, as when both rode one consumer: a guest order has its profile first.
  subscribeCustomerTotals(jobs, deps);
  subscribePaidOrder(jobs, deps);
  subscribeLowStock(jobs, deps);
}
