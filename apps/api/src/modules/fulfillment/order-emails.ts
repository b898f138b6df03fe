import type { TenantTx } from '../../platform/db/pool.ts';
import { invalidState } from '../../platform/errors.ts';
import { fromMinor } from '../../platform/money.ts';
import { escapeHtml } from '../notifications/index.ts';
import { type OrderItemRow, type OrderRow, orderLifecycle } from '../orders/index.ts';
import { type Actor, type FlowDeps, notifyCustomer } from './flow-context.ts';
import * as repo from './fulfillment.repository.ts';
import type { ResendTemplate } from './fulfillment.validators.ts';

const SHIPPED = ['SHIPPED', 'DELIVERED'];

type Shipped = { carrier: string | null; trackingNumber: string | null; trackingUrl: string | null };

/** What the order confirmation lists: each line with its quantity and amount. */
export const confirmationEmail = (order: OrderRow, items: OrderItemRow[]) => ({
  lines: items.map((i) => ({
    title: i.title,
    quantity: i.quantity,
    amount: fromMinor(i.totalMinor, order.currency.trim()),
  })),
});

/** What the shipment email says of a package: carrier, tracking (with a link) and its lines. */
export const shipmentEmail = (f: Shipped, lines: Array<{ title: string; quantity: number }>) => ({
  shipment: {
    carrier: f.carrier,
    trackingNumber: f.trackingNumber,
    trackingUrl: f.trackingUrl ?? '',
    carrierLinkHtml: f.trackingUrl
      ? `<p><a href="${escapeHtml(f.trackingUrl)}">Follow the parcel on ${escapeHtml(f.carrier ?? 'the carrier')}'s site</a></p>`
      : '',
  },
  lines: lines.map((l) => ({ title: l.title, quantity: l.quantity })),
});

/**
 * Sends an order email to the customer again (they lost it, or it went to spam): the
 * confirmation at any time, the shipment email once a package has shipped (its latest one).
 * Answers the queued email, as the store's email log shows it.
 */
export async function resendOrderEmail(
  deps: FlowDeps,
  tx: TenantTx,
  storeId: string,
  orderId: string,
  template: ResendTemplate,
  actor: Actor,
) {
  const order = await orderLifecycle.lock(tx, storeId, orderId);
  let extra: Parameters<typeof notifyCustomer>[4];
  if (template === 'order_confirmation') {
    extra = confirmationEmail(order, await deps.orders.itemsOf(tx, order.id));
  } else {
    const shipped = (await repo.fulfillmentsOfOrder(tx, order.id)).filter((f) => SHIPPED.includes(f.status));
    const last = shipped.at(-1);
    if (!last) throw invalidState('Nothing of this order has shipped yet, so there is no shipment email');
    extra = shipmentEmail(last, await repo.itemsOfFulfillments(tx, [last.id]));
  }
  const email = await notifyCustomer(deps, tx, order, template, extra);
  // Nothing was queued: the order has no address to write to.
  if (!email) throw invalidState('The order has no customer email to send to');
  const what = template === 'shipment' ? 'Shipment' : 'Order confirmation';
  await repo.addTimeline(tx, order.id, actor, 'email.resent', `${what} email sent again to ${email.to}`, {
    emailId: email.id,
    template,
  });
  return email;
}
