import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { onRollback, type TenantTx } from '../../platform/db/pool.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import type { ResolvedStore } from '../../platform/http/route.ts';
import { storefrontLink } from '../../platform/storefront-url.ts';
import type { OrderDto, OrderRow, OrderService } from '../orders/index.ts';
import {
  type GatewayFactory,
  insertPayments,
  paymentsOfOrders,
  type SavedMethodService,
} from '../payments/index.ts';
import { storeContext } from '../tenancy/index.ts';
import {
  compensate,
  executePayments,
  paymentRows,
  paymentStatusOf,
  planPayments,
} from './checkout.payments.ts';
import type { PaymentEntry } from './checkout.validators.ts';

/**
 * Payment links for orders a merchant created (phone or in-person sales, "draft orders").
 *
 * A draft is not a status of its own: it is a MANUAL order with paymentStatus PENDING, created
 * through the same `createManual` as any manual order (so it is numbered, lists and filters like
 * one, and its stock is allocated at once: the merchant promised those items to this customer;
 * canceling releases them). What makes it payable online is only this link.
 *
 * The link is stateless: a JWT (HS256, its own key and audience, so it can never pass for an
 * access or preview token) naming tenant, store and order, with an expiry. Nothing is stored;
 * whether it may still pay is read from the order itself (paid or canceled: 409).
 */
export const PAY_LINK_TTL_SECONDS = 7 * 24 * 60 * 60;
const AUDIENCE = 'order-payment-link';
const ISSUER = 'ventory';
const Grant = z.object({ typ: z.literal('pay'), sub: z.string(), tid: z.string(), sid: z.string() });

type Deps = {
  secret: string | undefined;
  storefrontUrl: string;
  orders: OrderService;
  gateways: GatewayFactory;
  saved: SavedMethodService;
};

/** What a token grants, or why it grants nothing (410 for an expired one, 404 for anything else). */
export type PayLinkCheck = { ok: true; orderId: string } | { ok: false; expired: boolean };

const unpayable = (o: Pick<OrderRow, 'status' | 'paymentStatus'>) =>
  o.status === 'CANCELED' || o.status === 'RETURNED'
    ? conflict('ORDER_CANCELED', 'This order was canceled; it cannot be paid')
    : o.paymentStatus === 'PENDING' || o.paymentStatus === 'FAILED'
      ? null
      : conflict(
          'ORDER_ALREADY_PAID',
          `This order is already ${o.paymentStatus.toLowerCase().replace('_', ' ')}`,
        );

export function createPayLinks(deps: Deps) {
  // Derived, not the raw secret: a key of its own for this purpose only.
  const key = createHmac('sha256', deps.secret ?? randomBytes(32))
    .update('order-payment-links')
    .digest();

  /** Checks a token against the store the request is for (another store's token grants nothing). */
  async function check(token: string, store: ResolvedStore): Promise<PayLinkCheck> {
    try {
      const { payload } = await jwtVerify(token, key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        // From Date.now (jose would read `new Date()`): one clock for the app and its tests.
        currentDate: new Date(Date.now()),
      });
      const g = Grant.parse(payload);
      if (g.tid !== store.tenantId || g.sid !== store.storeId) return { ok: false, expired: false };
      return { ok: true, orderId: g.sub };
    } catch (err) {
      // jose checks the signature before the expiry: only a genuine link reports "expired".
      return { ok: false, expired: err instanceof joseErrors.JWTExpired };
    }
  }

  /** The order a valid token names, locked for the rest of the transaction when paying. */
  async function orderOf(tx: TenantTx, storeId: string, orderId: string, lock: boolean) {
    let q = tx.selectFrom('orders').selectAll().where('storeId', '=', storeId).where('id', '=', orderId);
    if (lock) q = q.forUpdate();
    const order = await q.executeTakeFirst();
    if (!order) throw notFound('Order');
    return order;
  }

  return {
    check,

    /** A link to pay an unpaid order on the store's storefront (409 once paid or canceled). */
    async link(tx: TenantTx, tenantId: string, storeId: string, orderId: string) {
      const order = await orderOf(tx, storeId, orderId, false);
      const refused = unpayable(order);
      if (refused) throw refused;
      const store = await storeContext(tx, storeId);
      const exp = Math.floor(Date.now() / 1000) + PAY_LINK_TTL_SECONDS;
      const token = await new SignJWT({ typ: 'pay', tid: tenantId, sid: storeId })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(orderId)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setJti(randomUUID())
        .setIssuedAt()
        .setExpirationTime(exp)
        .sign(key);
      const url = storefrontLink(deps.storefrontUrl, store.domain, `/pay/${token}`);
      return { url, token, expiresAt: new Date(exp * 1000).toISOString() };
    },

    /** The order a link pays, with its store's name. */
    async summary(tx: TenantTx, storeId: string, orderId: string) {
      const [order, store] = await Promise.all([
        deps.orders.get(tx, storeId, orderId),
        storeContext(tx, storeId),
      ]);
      return toPayLinkSummary(order, store.name);
    },

    /**
     * Pays the order with the checkout's own payment steps (plan, authorise, record; captured after
     * the commit by the checkout's settlement, which marks it PAID and writes the event).
     */
    async pay(tx: TenantTx, storeId: string, orderId: string, entries: PaymentEntry[], idemKey?: string) {
      const order = await orderOf(tx, storeId, orderId, true);
      const refused = unpayable(order);
      if (refused) throw refused;
      const earlier = await paymentsOfOrders(tx, [orderId]);
      // An earlier payment still authorised or awaiting 3-D Secure: it is being paid already.
      if (earlier.some((p) => ['AUTHORIZED', 'REQUIRES_ACTION', 'CAPTURED'].includes(p.status)))
        throw conflict('ORDER_ALREADY_PAID', 'This order is being paid already');
      const currency = order.currency.trim();
      const plan = await planPayments(tx, entries, {
        storeId,
        currency,
        totalMinor: order.totalMinor,
        customerId: null,
        saved: deps.saved,
      });
      const done = await executePayments(tx, plan, {
        storeId,
        orderId,
        currency,
        gateways: deps.gateways,
        idempotencyKey: `pay:${idemKey ?? randomUUID()}:${orderId}`,
      });
      onRollback(tx, () => compensate(done, deps.gateways));
      await insertPayments(tx, paymentRows(orderId, currency, done, plan));
      const status = paymentStatusOf(
        done.map((p) => ({ status: p.status, amountMinor: p.planned.amountMinor })),
        order.totalMinor,
      );
      if (status !== order.paymentStatus) await deps.orders.setPaymentStatus(tx, storeId, orderId, status);
      return deps.orders.get(tx, storeId, orderId);
    },
  };
}
export type PayLinks = ReturnType<typeof createPayLinks>;

/** What the pay page shows: lines and totals, the name and email the merchant typed; no address. */
export function toPayLinkSummary(o: OrderDto, storeName: string) {
  return {
    orderId: o.id,
    orderNumber: o.orderNumber,
    storeName,
    status: o.status,
    paymentStatus: o.paymentStatus,
    customerName: o.customerName,
    customerEmail: o.customerEmail,
    currency: o.currency,
    items: o.items.map((i) => ({
      title: i.title,
      sku: i.sku,
      quantity: i.quantity,
      unitPrice: i.unitPrice,
      totalAmount: i.totalAmount,
    })),
    subtotalAmount: o.subtotalAmount,
    discountAmount: o.discountAmount,
    shippingAmount: o.shippingAmount,
    taxAmount: o.taxAmount,
    totalAmount: o.totalAmount,
    payments: o.payments.map((p) => ({ id: p.id, status: p.status, provider: p.provider })),
  };
}
