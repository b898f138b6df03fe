import type { TenantTx } from '../../platform/db/pool.ts';
import { fromMinor } from '../../platform/money.ts';
import type { CustomerService } from '../customers/index.ts';
import type { LoyaltyService } from '../loyalty/index.ts';
import type { InboxEvent } from '../notifications/index.ts';
import { paymentsOfOrders } from '../payments/index.ts';
import { fulfilDigitalLines } from './digital-lines.ts';
import type { FlowDeps } from './flow-context.ts';
import { notifyCustomer } from './flow-context.ts';
import * as repo from './fulfillment.repository.ts';
import type { FulfillmentService } from './fulfillment.service.ts';
import { deliverGiftCards } from './gift-card-delivery.ts';
import { setOrderCustomer } from './order-writes.ts';

const orderIdOf = (e: InboxEvent) => (typeof e.payload.orderId === 'string' ? e.payload.orderId : null);

/**
 * In-process consumers of order and stock events (fed by the outbox trigger, run by the delivery
 * worker): queueing for fulfilment, the order confirmation, low-stock alerts, customer counters.
 */
export function orderEventHandlers(
  deps: FlowDeps & { customers: CustomerService; fulfillment: FulfillmentService; loyalty: LoyaltyService },
) {
  return {
    /** Step 3: a placed order goes to the fulfilment queue of the location holding its stock. */
    async fulfillment(tx: TenantTx, e: InboxEvent) {
      const orderId = orderIdOf(e);
      if (e.topic !== 'order.placed' || !orderId) return;
      // Step 1 on the timeline: who placed it (the shopper at checkout, staff for manual orders).
      const customerId = typeof e.payload.customerId === 'string' ? e.payload.customerId : null;
      const actor =
        e.payload.source === 'MANUAL'
          ? { type: 'STAFF' as const, id: null }
          : { type: 'CUSTOMER' as const, id: customerId };
      await repo.addTimeline(
        tx,
        orderId,
        actor,
        'order.placed',
        `Order ${String(e.payload.orderNumber ?? '')} placed`,
      );
      await deps.fulfillment.autoQueue(tx, orderId);
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
      if (e.topic === 'cart.abandoned.reminder') await abandonedCart(tx, e);
    },

    /**
     * Once an order is paid (placed paid, or paid later by a gateway, a capture or staff): the gift
     * cards bought in it are issued and emailed, and its DIGITAL lines count as fulfilled with no
     * package (the physical lines go through the queue, see `fulfillment`). Both are idempotent.
     */
    async paidOrder(tx: TenantTx, e: InboxEvent) {
      const orderId = orderIdOf(e);
      if (!orderId || (e.topic !== 'order.placed' && e.topic !== 'order.payment_status.changed')) return;
      await deliverGiftCards(deps, tx, orderId);
      await fulfilDigitalLines(deps, tx, orderId);
    },

    /** Customer counters follow the order's current totals (see CustomerService.syncOrder). */
    async customers(tx: TenantTx, e: InboxEvent) {
      const orderId = orderIdOf(e);
      if (!orderId) return;
      const order = await deps.orders.findById(tx, orderId);
      if (!order) return;
      // A guest order gets the store's profile for its email (created when there is none).
      let customerId = order.customerId;
      if (!customerId && order.customerEmail) {
        const name = (order.customerName ?? '').split(' ');
        customerId = await deps.customers.resolveForOrder(tx, order.storeId, {
          email: order.customerEmail,
          firstName: name[0] || null,
          lastName: name.slice(1).join(' ') || null,
        });
        await setOrderCustomer(tx, order.id, customerId);
      }
      const refunds = await repo.refundsOf(tx, orderId);
      await deps.customers.syncOrder(tx, {
        id: order.id,
        customerId,
        totalMinor: order.totalMinor,
        refundedMinor: refunds.reduce((n, r) => n + r.amountMinor, 0),
        canceled: order.status === 'CANCELED',
        placedAt: order.createdAt,
      });
      // Points follow the money actually paid (captured payments), net of refunds.
      const payments = await paymentsOfOrders(tx, [orderId]);
      await deps.loyalty.syncOrder(tx, {
        id: order.id,
        storeId: order.storeId,
        customerId,
        paidMinor: payments
          .filter((p) => ['CAPTURED', 'PARTIALLY_REFUNDED', 'REFUNDED'].includes(p.status))
          .reduce((n, p) => n + p.amountMinor, 0),
        refundedMinor: refunds.reduce((n, r) => n + r.amountMinor, 0),
        canceled: order.status === 'CANCELED',
        currency: order.currency.trim(),
      });
    },
  };

  /** The abandoned-cart reminder: a marketing email, so only with the customer's consent. */
  async function abandonedCart(tx: TenantTx, e: InboxEvent) {
    const { storeId, email, recoveryToken } = e.payload as {
      storeId?: string;
      email?: string | null;
      recoveryToken?: string;
    };
    if (!storeId || !email || !recoveryToken) return;
    const store = await tx.selectFrom('stores').select('domain').where('id', '=', storeId).executeTakeFirst();
    if (!store) return;
    await deps.notifications.send(tx, {
      storeId,
      template: 'abandoned_cart',
      to: email,
      reference: `cart:${String(e.payload.cartId ?? '')}`,
      data: {
        cart: {
          url: deps.storefront(store.domain, `/cart/recover?token=${encodeURIComponent(recoveryToken)}`),
        },
      },
    });
  }

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
