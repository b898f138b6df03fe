import { z } from 'zod';
import { notFound } from '../../platform/errors.ts';
import { adminRoute, Reply, type RouteDef, storefrontRoute } from '../../platform/http/route.ts';
import { DateTimeOut, MoneyOut, StoreIdParams } from '../../platform/http/schemas.ts';
import { OrderStatusOut, PaymentStatusOut } from '../orders/index.ts';
import { storeContext } from '../tenancy/index.ts';
import type { Settlement } from './checkout.settle.ts';
import { PaymentEntry } from './checkout.validators.ts';
import { type PayLinkCheck, type PayLinks, toPayLinkSummary } from './pay-links.ts';

export const PayLinkResponse = z.strictObject({
  url: z.string().describe("The pay page on the store's storefront"),
  token: z.string(),
  expiresAt: DateTimeOut,
});

export const PayLinkSummaryResponse = z.strictObject({
  orderId: z.string(),
  orderNumber: z.string(),
  storeName: z.string(),
  status: OrderStatusOut,
  paymentStatus: PaymentStatusOut,
  customerName: z.string().nullable(),
  customerEmail: z.string().nullable(),
  currency: z.string(),
  items: z.array(
    z.strictObject({
      title: z.string(),
      sku: z.string().nullable(),
      quantity: z.number().int(),
      unitPrice: MoneyOut,
      totalAmount: MoneyOut,
    }),
  ),
  subtotalAmount: MoneyOut,
  discountAmount: MoneyOut,
  shippingAmount: MoneyOut,
  taxAmount: MoneyOut,
  totalAmount: MoneyOut,
  payments: z.array(z.strictObject({ id: z.string(), status: z.string(), provider: z.string() })),
});

export const PayLinkBody = z.strictObject({ payments: z.array(PaymentEntry).min(1).max(5) });

const TokenParams = z.object({ domain: z.string(), token: z.string().min(1).max(2000) });
const tags = ['checkout'];

/** 410 for a genuine link past its expiry; anything else that is not a valid link is 404. */
function orderIdOf(check: PayLinkCheck): string | Reply {
  if (check.ok) return check.orderId;
  if (!check.expired) throw notFound('Payment link');
  return new Reply(410, {
    type: 'https://docs.ventory.dev/problems/link-expired',
    title: 'Gone',
    status: 410,
    detail: 'This payment link has expired; ask the shop for a new one',
    code: 'LINK_EXPIRED',
  });
}

/** Staff create a payment link for an unpaid order; shoppers read and pay it on the storefront. */
export function payLinkRoutes(d: { links: PayLinks; settlement: Settlement }): RouteDef[] {
  return [
    adminRoute(
      {
        method: 'post',
        path: '/api/stores/:storeId/orders/:id/payment-link',
        status: 200,
        summary: 'A signed, expiring storefront link that lets the customer pay this unpaid order',
        response: PayLinkResponse,
        tags: ['orders'],
        params: StoreIdParams,
        requirePermission: 'orders.write',
      },
      ({ tx, auth, params }) => d.links.link(tx, auth.tenantId, params.storeId, params.id),
    ),
    storefrontRoute(
      {
        method: 'get',
        path: '/api/storefront/:domain/pay/:token',
        summary: 'The order a payment link pays: lines, totals, the name and email given (410 once expired)',
        response: PayLinkSummaryResponse,
        tags,
        params: TokenParams,
      },
      async ({ tx, store, params }) => {
        const id = orderIdOf(await d.links.check(params.token, store));
        return typeof id === 'string' ? d.links.summary(tx, store.storeId, id) : id;
      },
    ),
    storefrontRoute(
      {
        method: 'post',
        path: '/api/storefront/:domain/pay/:token',
        status: 200,
        summary: "Pay an order through its payment link, with the store's payment methods (409 once paid)",
        response: PayLinkSummaryResponse,
        tags,
        params: TokenParams,
        body: PayLinkBody,
        idempotent: true,
      },
      async ({ tx, store, params, body, req }) => {
        const id = orderIdOf(await d.links.check(params.token, store));
        if (typeof id !== 'string') return id;
        const { name } = await storeContext(tx, store.storeId);
        const paid = await d.links.pay(tx, store.storeId, id, body.payments, req.header('idempotency-key'));
        // Captured once committed, by the checkout's settlement (PAID and its event); should that
        // fail, the order stands authorised and the capture sweep finishes it.
        return new Reply(200, toPayLinkSummary(paid, name)).completedAfterCommit(async () => {
          const settled = await d.settlement
            .settle(store.tenantId, store.storeId, id, paid)
            .catch(() => paid);
          return new Reply(200, toPayLinkSummary(settled, name));
        });
      },
    ),
  ];
}
