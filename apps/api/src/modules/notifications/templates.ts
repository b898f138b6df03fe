import type { EmailCategory } from './notifications.schema.ts';

/** The notification templates every store has; a store may override subject and body of each. */
export const TEMPLATE_NAMES = [
  'order_confirmation',
  'shipment',
  'delivery',
  'refund',
  'order_canceled',
  'return_update',
  'abandoned_cart',
  'low_stock',
  'gift_card',
  'password_reset',
  'email_verification',
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

type Template = { subject: string; body: string; category: EmailCategory };

/**
 * Built-in templates. `{{a.b}}` inserts an HTML-escaped value; `{{{xHtml}}}` inserts markup the
 * platform built and escaped itself (only keys ending in `Html` are ever inserted raw).
 */
export const DEFAULT_TEMPLATES: Record<TemplateName, Template> = {
  order_confirmation: {
    category: 'TRANSACTIONAL',
    subject: 'Order {{order.orderNumber}} confirmed',
    body: `<p>Hi {{customer.firstName}},</p>
<p>Thank you for your order <strong>{{order.orderNumber}}</strong>. We will let you know when it ships.</p>
<p><a href="{{order.trackingPageUrl}}">See your order</a></p>
{{{itemsHtml}}}
<p>Total: <strong>{{order.totalAmount}} {{order.currency}}</strong></p>`,
  },
  shipment: {
    category: 'TRANSACTIONAL',
    subject: 'Your order {{order.orderNumber}} is on its way',
    body: `<p>Hi {{customer.firstName}},</p>
<p>Good news: your order <strong>{{order.orderNumber}}</strong> has shipped with {{shipment.carrier}}.</p>
<p>Tracking number: <strong>{{shipment.trackingNumber}}</strong></p>
<p><a href="{{order.trackingPageUrl}}">Track your order</a></p>
{{{shipment.carrierLinkHtml}}}
{{{itemsHtml}}}`,
  },
  delivery: {
    category: 'TRANSACTIONAL',
    subject: 'Your order {{order.orderNumber}} was delivered',
    body: `<p>Hi {{customer.firstName}},</p><p>Your order <strong>{{order.orderNumber}}</strong> was delivered. Enjoy!</p>`,
  },
  refund: {
    category: 'TRANSACTIONAL',
    subject: 'Refund of {{refund.amount}} {{order.currency}} for order {{order.orderNumber}}',
    body: `<p>Hi {{customer.firstName}},</p>
<p>We refunded <strong>{{refund.amount}} {{order.currency}}</strong> for order {{order.orderNumber}} to your original payment method.</p>
<p>{{refund.reason}}</p>`,
  },
  order_canceled: {
    category: 'TRANSACTIONAL',
    subject: 'Order {{order.orderNumber}} was canceled',
    body: `<p>Hi {{customer.firstName}},</p><p>Your order <strong>{{order.orderNumber}}</strong> was canceled. {{order.reason}}</p>`,
  },
  return_update: {
    category: 'TRANSACTIONAL',
    subject: 'Your return for order {{order.orderNumber}}: {{return.status}}',
    body: `<p>Hi {{customer.firstName}},</p>
<p>Your return <strong>{{return.number}}</strong> for order {{order.orderNumber}} is now <strong>{{return.status}}</strong>.</p>
<p>{{return.note}}</p>`,
  },
  abandoned_cart: {
    category: 'MARKETING',
    subject: 'You left something in your cart',
    body: `<p>Hi {{customer.firstName}},</p><p>Your cart is waiting for you.</p>{{{itemsHtml}}}<p><a href="{{cart.url}}">Return to your cart</a></p>`,
  },
  low_stock: {
    category: 'TRANSACTIONAL',
    subject: 'Low stock: {{product.sku}} ({{product.available}} left)',
    body: `<p>{{product.name}} (SKU {{product.sku}}) is down to <strong>{{product.available}}</strong>, at or below its threshold of {{product.threshold}}.</p>`,
  },
  gift_card: {
    category: 'TRANSACTIONAL',
    subject: 'Your gift card from {{store.name}} (order {{order.orderNumber}})',
    body: `<p>Hi {{customer.firstName}},</p>
<p>Thank you for your order <strong>{{order.orderNumber}}</strong>. Here are your gift card codes:</p>
{{{giftCardsHtml}}}
<p>Use a code at checkout on {{store.domain}}; a card can pay part of an order and keeps the rest of its balance.</p>`,
  },
  password_reset: {
    category: 'TRANSACTIONAL',
    subject: 'Reset your {{store.name}} password',
    body: `<p>Hi {{customer.firstName}},</p>
<p>Someone (we hope you) asked to reset the password of your account. The link works once, for an hour:</p>
<p><a href="{{link.url}}">Choose a new password</a></p>
<p>If you did not ask for this, ignore this email: your password stays as it is.</p>`,
  },
  email_verification: {
    category: 'TRANSACTIONAL',
    subject: 'Confirm your email for {{store.name}}',
    body: `<p>Hi {{customer.firstName}},</p>
<p>Please confirm that this is your email address (the link works for three days):</p>
<p><a href="{{link.url}}">Confirm my email</a></p>`,
  },
};

export const isTemplateName = (name: string): name is TemplateName =>
  (TEMPLATE_NAMES as readonly string[]).includes(name);

export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function lookup(data: Record<string, unknown>, path: string): unknown {
  let value: unknown = data;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

const show = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** Fills `{{path}}` (escaped) and `{{{somethingHtml}}}` (trusted markup) placeholders. */
export function renderString(template: string, data: Record<string, unknown>, html: boolean): string {
  return template
    .replace(/\{\{\{\s*([\w.]+Html)\s*\}\}\}/g, (_, path: string) => (html ? show(lookup(data, path)) : ''))
    .replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, path: string) => {
      const text = show(lookup(data, path));
      return html ? escapeHtml(text) : text;
    });
}

export type Branding = {
  name: string;
  logo: string | null;
  primaryColor: string | null;
  contactEmail: string | null;
};

/** The store's branded frame around a rendered body. */
export function brandedLayout(brand: Branding, bodyHtml: string, category: EmailCategory): string {
  const color =
    brand.primaryColor && /^#[0-9a-fA-F]{3,8}$/.test(brand.primaryColor) ? brand.primaryColor : '#222222';
  const logo =
    brand.logo && /^https?:\/\//.test(brand.logo)
      ? `<img src="${escapeHtml(brand.logo)}" alt="${escapeHtml(brand.name)}" height="40">`
      : `<strong>${escapeHtml(brand.name)}</strong>`;
  const contact = brand.contactEmail
    ? ` · <a href="mailto:${escapeHtml(brand.contactEmail)}">${escapeHtml(brand.contactEmail)}</a>`
    : '';
  const marketing =
    category === 'MARKETING'
      ? '<p style="font-size:12px;color:#888">You receive this because you agreed to hear from us. You can opt out in your account.</p>'
      : '';
  return `<!doctype html><html><body style="margin:0;font-family:Arial,sans-serif;color:#222">
<div style="background:${color};color:#fff;padding:16px 24px">${logo}</div>
<div style="padding:24px">${bodyHtml}</div>
<div style="padding:16px 24px;font-size:12px;color:#666;border-top:1px solid #eee">${escapeHtml(brand.name)}${contact}${marketing}</div>
</body></html>`;
}

/** A plain-text alternative of rendered HTML. */
export const htmlToText = (html: string) =>
  html
    .replace(/<(br|\/p|\/div|\/tr|\/h\d)>/gi, '\n')
    .replace(/<a [^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/gi, '$2 ($1)')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** A small escaped table of lines, for `{{{itemsHtml}}}`. */
export function itemsHtml(items: Array<{ title: string; quantity: number; amount?: string }>): string {
  const rows = items
    .map(
      (i) =>
        `<tr><td>${escapeHtml(i.title)}</td><td style="text-align:right">× ${i.quantity}</td><td style="text-align:right">${escapeHtml(i.amount ?? '')}</td></tr>`,
    )
    .join('');
  return `<table style="width:100%;border-collapse:collapse">${rows}</table>`;
}

/** The gift card codes and their values, one per paragraph, for `{{{giftCardsHtml}}}`. */
export function giftCardsHtml(cards: Array<{ code: string; amount: string; currency: string }>): string {
  return cards
    .map(
      (c) =>
        `<p><strong style="font-family:monospace;font-size:18px">${escapeHtml(c.code)}</strong> (${escapeHtml(c.amount)} ${escapeHtml(c.currency)})</p>`,
    )
    .join('');
}
