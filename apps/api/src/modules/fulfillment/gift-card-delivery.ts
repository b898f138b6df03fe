import type { TenantTx } from '../../platform/db/pool.ts';
import type { ProductDto } from '../inventory/index.ts';
import { giftCardsHtml } from '../notifications/index.ts';
import { issueSoldGiftCard } from '../pricing/index.ts';
import { lineProducts } from './digital-lines.ts';
import { type FlowDeps, notifyCustomer } from './flow-context.ts';

/** A gift card sold as a product: a DIGITAL inventory product with `attributes.giftCard: true`. */
export const isGiftCardProduct = (p: Pick<ProductDto, 'type' | 'attributes'>) =>
  p.type === 'DIGITAL' && p.attributes.giftCard === true;

/**
 * Issues the gift cards bought in an order once it is PAID (one card per unit, worth the line's
 * unit price in the order's currency) and emails the new codes to the order's address in the
 * store's branding. Safe to run on every order event: a unit that already has its card issues
 * nothing (unique index), and the email goes out only with newly issued cards, in the same
 * transaction. Orders not (yet) paid, or canceled, issue nothing.
 */
export async function deliverGiftCards(deps: FlowDeps, tx: TenantTx, orderId: string) {
  const order = await deps.orders.findById(tx, orderId);
  if (order?.paymentStatus !== 'PAID' || order.status === 'CANCELED') return [];
  const items = await deps.orders.itemsOf(tx, orderId);
  const products = await lineProducts(deps, tx, items);
  const currency = order.currency.trim();
  const issued = [];
  for (const item of items) {
    const product = products.get(item.id);
    if (!product || !isGiftCardProduct(product)) continue;
    for (let unitIndex = 0; unitIndex < item.quantity; unitIndex++) {
      const card = await issueSoldGiftCard(tx, {
        storeId: order.storeId,
        orderId: order.id,
        orderItemId: item.id,
        unitIndex,
        amountMinor: item.unitPriceMinor,
        currency,
        recipientEmail: order.customerEmail,
        customerId: order.customerId,
      });
      if (card) issued.push({ ...card, currency });
    }
  }
  if (issued.length > 0)
    await notifyCustomer(deps, tx, order, 'gift_card', { giftCardsHtml: giftCardsHtml(issued) });
  return issued;
}
