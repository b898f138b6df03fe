import type { TenantTx } from '../../platform/db/pool.ts';
import { fromMinor } from '../../platform/money.ts';
import type { InventoryService } from '../inventory/index.ts';
import type { NotificationService, TemplateName } from '../notifications/index.ts';
import { itemsHtml, orderPush, queuePush } from '../notifications/index.ts';
import { type OrderRow, type OrderService, orderLifecycle } from '../orders/index.ts';
import type { GatewayFactory } from '../payments/index.ts';
import { storeContext } from '../tenancy/index.ts';
import type { Carrier } from './carrier.ts';
import { toFulfillmentDto, toOrderFulfillmentJson } from './fulfillment.dto.ts';
import * as repo from './fulfillment.repository.ts';

/** What the fulfilment use cases are built from (wired in server.ts). */
export type FlowDeps = {
  inventory: InventoryService;
  orders: OrderService;
  notifications: NotificationService;
  /** Payment gateways, for refunds to the original card payments. */
  gateways: GatewayFactory;
  /** Carriers by code; the first is the default (the built-in one). */
  carriers: (storeDomain: string) => Carrier[];
  /** A page of a store's storefront, for links in emails (STOREFRONT_URL). */
  storefront: (storeDomain: string, path: string) => string;
};

export type Actor = repo.Actor;
export const SYSTEM: Actor = { type: 'SYSTEM', id: null };

/** The order's fulfilments with their lines, as DTOs. */
export async function fulfillmentsOf(tx: TenantTx, orderId: string) {
  const rows = await repo.fulfillmentsOfOrder(tx, orderId);
  const items = await repo.itemsOfFulfillments(
    tx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toFulfillmentDto(r, items));
}

/** Rewrites the order's `fulfillments` JSON from the fulfilment tables (the seed's model field). */
export async function syncOrderFulfillments(tx: TenantTx, orderId: string) {
  const list = await fulfillmentsOf(tx, orderId);
  await orderLifecycle.record(tx, orderId, {
    fulfillments: list.filter((f) => f.status !== 'CANCELED').map(toOrderFulfillmentJson),
  });
  return list;
}

const firstName = (o: OrderRow) =>
  (o.shippingAddress as { firstName?: string } | null)?.firstName ?? o.customerName?.split(' ')[0] ?? '';

/** Queues a branded email to the order's customer and answers it (no email on the order: nothing to send). */
export async function notifyCustomer(
  deps: FlowDeps,
  tx: TenantTx,
  order: OrderRow,
  template: TemplateName,
  extra: Record<string, unknown> & { lines?: Array<{ title: string; quantity: number }> } = {},
) {
  if (!order.customerId && !order.customerEmail) return undefined;
  const store = await storeContext(tx, order.storeId);
  // Every order email and push links to the store's tracking page for this order (number + email).
  const trackingPageUrl = order.customerEmail
    ? deps.storefront(
        store.domain,
        `/track/${encodeURIComponent(order.orderNumber)}?email=${encodeURIComponent(order.customerEmail)}`,
      )
    : '';
  if (order.customerId)
    await queuePush(tx, order.storeId, order.customerId, {
      ...orderPush(template, order.orderNumber),
      orderId: order.id,
      status: order.status,
      url: trackingPageUrl || (store ? deps.storefront(store.domain, '/account/orders') : ''),
    });
  if (!order.customerEmail) return undefined;
  const currency = order.currency.trim();
  const { lines, ...rest } = extra;
  return deps.notifications.send(tx, {
    storeId: order.storeId,
    template,
    to: order.customerEmail,
    reference: `order:${order.id}`,
    data: {
      order: {
        orderNumber: order.orderNumber,
        totalAmount: fromMinor(order.totalMinor, currency),
        currency,
        trackingPageUrl,
      },
      customer: { firstName: firstName(order) },
      itemsHtml: lines ? itemsHtml(lines) : '',
      ...rest,
    },
  });
}
