import type { CustomerService } from '../modules/customers/index.ts';
import { refundsOf } from '../modules/fulfillment/index.ts';
import type { LoyaltyService } from '../modules/loyalty/index.ts';
import { ORDER_TOPICS, type OrderService, orderLifecycle } from '../modules/orders/index.ts';
import { paymentsOfOrders } from '../modules/payments/index.ts';
import type { TenantTx } from '../platform/db/pool.ts';
import type { JobRegistry } from '../platform/jobs/index.ts';

type Deps = { orders: OrderService; customers: CustomerService; loyalty: LoyaltyService };

/** Payments whose money was taken (and maybe given back): what loyalty points follow. */
const PAID = ['CAPTURED', 'PARTIALLY_REFUNDED', 'REFUNDED'];

/**
 * Customer counters and loyalty points follow the order's current totals: recomputed from the
 * order on every order event (see CustomerService.syncOrder, LoyaltyService.syncOrder), so the
 * order of events does not matter. A guest order gets the store's profile for its email.
 */
async function syncCustomerOf(deps: Deps, tx: TenantTx, orderId: string) {
  const order = await deps.orders.findById(tx, orderId);
  if (!order) return;
  let customerId = order.customerId;
  if (!customerId && order.customerEmail) {
    const name = (order.customerName ?? '').split(' ');
    customerId = await deps.customers.resolveForOrder(tx, order.storeId, {
      email: order.customerEmail,
      firstName: name[0] || null,
      lastName: name.slice(1).join(' ') || null,
    });
    await orderLifecycle.linkCustomer(tx, order.id, customerId);
  }
  const refundedMinor = (await refundsOf(tx, orderId)).reduce((n, r) => n + r.amountMinor, 0);
  const canceled = order.status === 'CANCELED';
  await deps.customers.syncOrder(tx, {
    id: order.id,
    customerId,
    totalMinor: order.totalMinor,
    refundedMinor,
    canceled,
    placedAt: order.createdAt,
  });
  const payments = await paymentsOfOrders(tx, [orderId]);
  await deps.loyalty.syncOrder(tx, {
    id: order.id,
    storeId: order.storeId,
    customerId,
    paidMinor: payments.filter((p) => PAID.includes(p.status)).reduce((n, p) => n + p.amountMinor, 0),
    refundedMinor,
    canceled,
    currency: order.currency.trim(),
  });
}

export function subscribeCustomerTotals(jobs: JobRegistry, deps: Deps): void {
  // Recomputed from the order as it is now: an order's several events of a batch need it once.
  jobs.subscribeBatch({ consumer: 'customers', topics: ORDER_TOPICS }, async (events, tx) => {
    for (const orderId of new Set(events.map((e) => e.payload.orderId)))
      await syncCustomerOf(deps, tx, orderId);
  });
}
