import { z } from 'zod';
import type { TenantTx } from '../../platform/db/pool.ts';
import { DomainError, notFound, unauthenticated } from '../../platform/errors.ts';
import {
  adminRoute,
  created,
  noContent,
  type RouteDef,
  type ShopperAuth,
  storefrontRoute,
} from '../../platform/http/route.ts';
import { StoreIdParams, Uuid } from '../../platform/http/schemas.ts';
import type { CartService, CartViewer } from '../cart/index.ts';
import type { CatalogService } from '../catalog/index.ts';
import {
  type OrderDto,
  OrderResponse,
  type OrderService,
  ShopperOrderResponse,
  toShopperOrder,
} from '../orders/index.ts';
import {
  paymentMethodService,
  SavedMethodResponse,
  type SavedMethodService,
  toPublicPaymentMethodDto,
} from '../payments/index.ts';
import type { createPaymentConfirmation } from './checkout.confirm.ts';
import {
  DownloadLinksResponse,
  PublicPaymentMethodList,
  SavedMethodList,
  ShippingOptionsResponse,
} from './checkout.responses.ts';
import type { CheckoutService } from './checkout.service.ts';
import type { Settlement } from './checkout.settle.ts';
import { CartCheckoutBody, CheckoutBody, ConfirmPaymentBody } from './checkout.validators.ts';
import type { ShippingOptions } from './shipping-options.ts';

type Deps = {
  checkout: CheckoutService;
  settlement: Settlement;
  orders: OrderService;
  carts: CartService;
  saved: SavedMethodService;
  confirm: ReturnType<typeof createPaymentConfirmation>;
  shippingOptions: ShippingOptions;
  /** Signed download links of the digital lines (the catalog's). */
  downloadLink: CatalogService['downloadLink'];
};
const tags = ['checkout'];
const Domain = z.object({ domain: z.string() });
const OrderParams = z.object({ domain: z.string(), id: Uuid });
const PaymentParams = z.object({ domain: z.string(), id: Uuid, paymentId: Uuid });
const SavedParams = z.object({ domain: z.string(), id: Uuid });
const SaveBody = z.strictObject({ paymentMethodId: Uuid, token: z.string().trim().min(1).max(255) });

/** What a shopper sees of an order: no internal notes. */
const key = (req: { header(name: string): string | undefined }) => req.header('idempotency-key') ?? undefined;

export function checkoutRoutes(d: Deps): RouteDef[] {
  /**
   * Guests reach their order by its unguessable id (also once it is linked to their email's
   * profile); an order placed by a customer needs that customer's token.
   */
  async function mustReach(tx: TenantTx, orderId: string, shopper: ShopperAuth | null) {
    const order = await d.orders.findById(tx, orderId);
    if (order?.placedByCustomer && order.customerId !== shopper?.customerId)
      throw unauthenticated('Sign in to see this order');
  }

  /**
   * A retry that took over the Idempotency-Key of a checkout whose process died: when that run
   * did commit its order (a key from before leases, sealed apart from the order), answer with it.
   */
  async function resumedOrder(
    tx: TenantTx,
    storeId: string,
    cartId: string,
    viewer: CartViewer,
    res: { locals: Record<string, unknown> },
  ) {
    if (res.locals.idempotencyResumed !== true) return null;
    const orderId = await d.carts.convertedOrderId(tx, storeId, cartId, viewer);
    return orderId ? d.orders.get(tx, storeId, orderId) : null;
  }

  /**
   * The order once its authorisations are captured (after the commit). Should that fail (the
   * database away again), the order stands as committed and the capture sweep finishes it.
   */
  const settled = (tenantId: string, storeId: string, order: OrderDto) =>
    d.settlement.settle(tenantId, storeId, order.id, order).catch(() => order);

  const needShopper = (shopper: { customerId: string } | null) => {
    if (!shopper) throw unauthenticated('Sign in to manage saved payment methods');
    return shopper.customerId;
  };
  return [
    storefrontRoute(
      {
        method: 'post',
        path: '/api/storefront/:domain/checkout',
        summary: 'Check out a cart',
        response: ShopperOrderResponse,
        tags,
        params: Domain,
        body: CheckoutBody,
        idempotent: true,
      },
      async ({ tx, store, shopper, params, body, req, res }) => {
        const viewer = { customerId: shopper?.customerId ?? null };
        const earlier = await resumedOrder(tx, store.storeId, body.cartId, viewer, res);
        if (earlier)
          return created(`/api/storefront/${params.domain}/orders/${earlier.id}`, toShopperOrder(earlier));
        const order = await d.checkout.checkout(tx, store.storeId, body, viewer, key(req));
        const location = `/api/storefront/${params.domain}/orders/${order.id}`;
        return created(location, toShopperOrder(order)).completedAfterCommit(async () =>
          created(location, toShopperOrder(await settled(store.tenantId, store.storeId, order))),
        );
      },
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/stores/:storeId/carts/:id/checkout',
        summary: 'Check out a cart',
        response: OrderResponse,
        tags,
        params: StoreIdParams,
        body: CartCheckoutBody,
        idempotent: true,
        requirePermission: 'orders.write',
      },
      async ({ tx, params, body, req, res, auth }) => {
        const earlier = await resumedOrder(tx, params.storeId, params.id, 'admin', res);
        if (earlier) return created(`/api/stores/${params.storeId}/orders/${earlier.id}`, earlier);
        const order = await d.checkout.checkout(
          tx,
          params.storeId,
          { ...body, cartId: params.id },
          'admin',
          key(req),
        );
        const location = `/api/stores/${params.storeId}/orders/${order.id}`;
        return created(location, order).completedAfterCommit(async () =>
          created(location, await settled(auth.tenantId, params.storeId, order)),
        );
      },
    ),
    storefrontRoute(
      {
        method: 'get',
        path: '/api/storefront/:domain/orders/:id',
        summary: 'An order placed at checkout',
        response: ShopperOrderResponse,
        tags,
        params: OrderParams,
      },
      async ({ tx, store, shopper, params }) => {
        const order = await d.orders.get(tx, store.storeId, params.id);
        await mustReach(tx, params.id, shopper);
        return toShopperOrder(order);
      },
    ),
    storefrontRoute(
      {
        method: 'get',
        path: '/api/storefront/:domain/orders/:id/downloads',
        summary: "Signed, expiring links to the order's digital products (none once refunded or canceled)",
        response: DownloadLinksResponse,
        tags,
        params: OrderParams,
      },
      async ({ tx, store, shopper, params }) => {
        const order = await d.orders.get(tx, store.storeId, params.id);
        await mustReach(tx, params.id, shopper);
        const entitled = await d.orders.entitledListings(tx, order.id);
        const links = [];
        for (const item of order.items) {
          if (!item.listingId || !entitled.has(item.listingId)) continue;
          const link = await d
            .downloadLink(tx, {
              tenantId: store.tenantId,
              storeId: store.storeId,
              domain: params.domain,
              listingId: item.listingId,
              orderId: order.id,
            })
            .catch((err: unknown) => {
              if (err instanceof DomainError && err.code === 'VALIDATION_FAILED') return null; // not digital
              throw err;
            });
          if (link) links.push({ itemId: item.id, title: item.title, ...link });
        }
        return { data: links };
      },
    ),
    storefrontRoute(
      {
        method: 'post',
        path: '/api/storefront/:domain/orders/:id/payments/:paymentId/confirm',
        status: 200,
        summary: 'Complete a payment that needed a second step (3-D Secure)',
        response: ShopperOrderResponse,
        tags,
        params: PaymentParams,
        body: ConfirmPaymentBody,
      },
      async ({ tx, store, shopper, params, body }) => {
        await mustReach(tx, params.id, shopper);
        return toShopperOrder(
          await d.confirm(tx, store.storeId, params.id, params.paymentId, body.succeeded),
        );
      },
    ),
    storefrontRoute(
      {
        method: 'get',
        path: '/api/storefront/:domain/cart/:id/shipping-options',
        summary: 'Shipping methods for the cart and its address, with prices',
        response: ShippingOptionsResponse,
        tags,
        params: OrderParams,
      },
      ({ tx, store, shopper, params }) =>
        d.shippingOptions(tx, store.storeId, params.id, { customerId: shopper?.customerId ?? null }),
    ),
    storefrontRoute(
      {
        method: 'get',
        path: '/api/storefront/:domain/payment-methods',
        summary: 'Payment methods a shopper may choose (no settings)',
        response: PublicPaymentMethodList,
        tags,
        params: Domain,
      },
      async ({ tx, store }) => ({
        data: (await paymentMethodService.active(tx, store.storeId)).map(toPublicPaymentMethodDto),
      }),
    ),
    storefrontRoute(
      {
        method: 'get',
        path: '/api/storefront/:domain/account/payment-methods',
        summary: 'Saved payment methods',
        response: SavedMethodList,
        tags,
        params: Domain,
      },
      async ({ tx, store, shopper }) => ({
        data: await d.saved.list(tx, store.storeId, needShopper(shopper)),
      }),
    ),
    storefrontRoute(
      {
        method: 'post',
        path: '/api/storefront/:domain/account/payment-methods',
        summary: 'Save a payment method (gateway token only)',
        response: SavedMethodResponse,
        tags,
        params: Domain,
        body: SaveBody,
      },
      async ({ tx, store, shopper, params, body }) => {
        const saved = await d.saved.save(tx, {
          storeId: store.storeId,
          customerId: needShopper(shopper),
          email: null,
          ...body,
        });
        return created(`/api/storefront/${params.domain}/account/payment-methods/${saved.id}`, saved);
      },
    ),
    storefrontRoute(
      {
        method: 'delete',
        path: '/api/storefront/:domain/account/payment-methods/:id',
        summary: 'Delete a saved payment method',
        tags,
        params: SavedParams,
      },
      async ({ tx, store, shopper, params }) => {
        // Without a signed-in shopper no saved method is theirs: 404, like any other one.
        if (!shopper) throw notFound('Saved payment method');
        await d.saved.remove(tx, store.storeId, shopper.customerId, params.id);
        return noContent();
      },
    ),
  ];
}
