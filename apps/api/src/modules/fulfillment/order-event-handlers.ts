import type { TenantTx } from '../../platform/db/pool.ts';
import { fromMinor } from '../../platform/money.ts';
import type { CustomerService } from '../customers/index.ts';
import type { InboxEvent } from '../notifications/index.ts';
import type { FlowDeps } from './flow-context.ts';
import { notifyCustomer } from './flow-context.ts';
import * as repo from './fulfillment.repository.ts';
import type { FulfillmentService } from './fulfillment.service.ts';

const orderIdOf = (e: InboxEvent) => (typeof e.payload.orderId === 'string' ? e.payload.orderId : null);

/**
 * In-process consumers of order and stock events (fed by the outbox trigger, run by the delivery
 * worker): queueing for fulfilment, the order confirmation, low-stock alerts, customer counters.
 */
export function orderEventHandlers(
  deps: FlowDeps & { customers: CustomerService; fulfillment: FulfillmentService },
) {
  return {
    /** Step 3: a placed order goes to the fulfilment queue of the location holding its stock. */
    async fulfillment(tx: TenantTx, e: InboxEvent) {
      const orderId = orderIdOf(e);
      if (e.topic === 'order.placed' && orderId) await deps.fulfillment.autoQueue(tx, orderId);
    },

    async notifications(tx: TenantTx, e: InboxEvent) {
      const orderId = orderIdOf(e);
      if (e.topic === 'order.placed' && orderId) {
        const order = await deps.orders.findById(tx, orderId);
        if (!order) return;
        const items = await deps.orders.itemsOf(tx, orderId);
        const currency = order.currency.trim();
        await notifyCustomer(deps, tx, order, 'order_confirmation', {
          lines: items.map((i) => ({
            title: i.title,
            quantity: i.quantity,
            amount: fromMinor(i.totalMinor, currency),
          })),
        });
      }
      if (e.topic === 'inventory.stock.low') await lowStock(tx, e);
    },

    /** Customer counters follow the order's current totals (see CustomerService.syncOrder). */
    async customers(tx: TenantTx, e: InboxEvent) {
      const orderId = orderIdOf(e);
      if (!orderId) return;
      const order = await deps.orders.findById(tx, orderId);
      if (!order) return;
      const refunds = await repo.refundsOf(tx, orderId);
      await deps.customers.syncOrder(tx, {
        id: order.id,
        customerId: order.customerId,
        totalMinor: order.totalMinor,
        refundedMinor: refunds.reduce((n, r) => n + r.amountMinor, 0),
        canceled: order.status === 'CANCELED',
        placedAt: order.createdAt,
      });
    },
  };

  /** Low stock is tenant-wide: the owners and admins hear of it, in the first store's branding. */
  async function lowStock(tx: TenantTx, e: InboxEvent) {
    const productId = String(e.payload.productId ?? '');
    const [product] = productId ? await deps.inventory.getProducts(tx, [productId]) : [];
    const store = await tx.selectFrom('stores').select('id').orderBy('createdAt').executeTakeFirst();
    if (!product || !store) return;
    const staff = await tx
      .selectFrom('users')
      .select('email')
      .where('role', 'in', ['OWNER', 'ADMIN'])
      .execute();
    for (const u of staff)
      await deps.notifications.send(tx, {
        storeId: store.id,
        template: 'low_stock',
        to: u.email,
        reference: `product:${productId}`,
        data: {
          product: {
            name: product.name,
            sku: product.sku,
            available: e.payload.available,
            threshold: e.payload.threshold,
          },
        },
      });
  }
}
