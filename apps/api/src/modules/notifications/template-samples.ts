import { giftCardsHtml, itemsHtml, type TemplateName } from './templates.ts';

// What a template's placeholders hold when a merchant previews it or sends it to themselves: an
// order and a shopper that look real, so a missing or misspelt placeholder shows as a gap.
const customer = { firstName: 'Alex', lastName: 'Morgan', email: 'alex@example.com' };
const order = {
  orderNumber: '1042',
  totalAmount: '86.50',
  currency: 'USD',
  trackingPageUrl: 'https://shop.example.com/orders/track?o=1042',
  reason: 'You asked us to cancel it.',
};
const lines = itemsHtml([
  { title: 'Ceramic pour-over kettle', quantity: 1, amount: '64.00' },
  { title: 'Paper filters (100)', quantity: 2, amount: '22.50' },
]);
const link = { url: 'https://shop.example.com/account/link?token=sample' };

export const TEMPLATE_SAMPLES: Record<TemplateName, Record<string, unknown>> = {
  order_confirmation: { customer, order, itemsHtml: lines },
  shipment: {
    customer,
    order,
    itemsHtml: lines,
    shipment: {
      carrier: 'Ventory Post',
      trackingNumber: 'VP123456789',
      trackingUrl: 'https://track.example.com/VP123456789',
      carrierLinkHtml:
        '<p><a href="https://track.example.com/VP123456789">Follow the parcel on Ventory Post\'s site</a></p>',
    },
  },
  delivery: { customer, order },
  refund: { customer, order, refund: { amount: '22.50', reason: 'One item arrived damaged.' } },
  order_canceled: { customer, order },
  return_update: {
    customer,
    order,
    return: { number: 'R-1042-1', status: 'RECEIVED', note: 'Your refund follows within 5 days.' },
  },
  abandoned_cart: {
    customer,
    itemsHtml: lines,
    cart: { url: 'https://shop.example.com/cart?recover=sample' },
  },
  low_stock: { product: { name: 'Paper filters (100)', sku: 'FLT-100', available: 3, threshold: 5 } },
  gift_card: {
    customer,
    order,
    giftCardsHtml: giftCardsHtml([{ code: 'GIFT-SAMP-LE42', amount: '50.00', currency: 'USD' }]),
  },
  password_reset: { customer, link },
  email_verification: { customer, link },
};
