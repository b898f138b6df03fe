import { z } from 'zod';
import { notFound, unauthenticated } from '../../platform/errors.ts';
import { adminRoute, created, noContent, type RouteDef, storefrontRoute } from '../../platform/http/route.ts';
import { ListEnvelopeOf, StoreIdParams, StoreParams } from '../../platform/http/schemas.ts';
import { abandonedStats, listAbandonedCarts } from './abandoned-carts.ts';
import { AbandonedCartResponse, AbandonedStatsResponse, CartResponse } from './cart.responses.ts';
import type { CartService } from './cart.service.ts';
import {
  AdminCartItemParams,
  CartItemParams,
  CartLineInput,
  CartParams,
  CreateCartBody,
  UpdateCartBody,
  UpdateItemBody,
} from './cart.validators.ts';

const tags = ['cart'];
const ShopperCartBody = CreateCartBody.omit({ customerId: true });
const DomainParams = z.object({ domain: z.string() });
const RecoverBody = z.strictObject({ token: z.string().trim().min(16).max(128) });
const AbandonedCartsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).default(0),
  /** `true`: only carts that came back through their recovery link; `false`: only those still waiting. */
  recovered: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
const viewerOf = (shopper: { customerId: string } | null) => ({ customerId: shopper?.customerId ?? null });

/** The shopper's cart under `/api/storefront/:domain/cart…`. */
function storefrontCartRoutes(carts: CartService): RouteDef[] {
  const base = '/api/storefront/:domain/cart';
  return [
    storefrontRoute(
      {
        method: 'post',
        path: base,
        summary: 'Create a cart',
        response: CartResponse,
        tags,
        params: DomainParams,
        body: ShopperCartBody,
      },
      async ({ tx, store, shopper, body, params }) => {
        const cart = await carts.create(tx, store.storeId, body, shopper?.customerId ?? null);
        return created(`/api/storefront/${params.domain}/cart/${cart.id}`, cart);
      },
    ),
    storefrontRoute(
      {
        method: 'post',
        path: `${base}/recover`,
        status: 200,
        summary: 'Restore an abandoned cart from its recovery link',
        response: CartResponse,
        tags,
        params: DomainParams,
        body: RecoverBody,
      },
      ({ tx, store, body }) => carts.recover(tx, store.storeId, body.token),
    ),
    storefrontRoute(
      {
        method: 'post',
        path: `${base}/:id/claim`,
        status: 200,
        summary: "Join a guest cart to the signed-in customer's cart",
        response: CartResponse,
        tags,
        params: CartParams,
      },
      ({ tx, store, shopper, params }) => {
        // Without a signed-in shopper there is nothing to join it to: like any cart not theirs, 404.
        if (!shopper) throw notFound('Cart');
        return carts.claim(tx, store.storeId, params.id, shopper.customerId);
      },
    ),
    storefrontRoute(
      {
        method: 'get',
        path: '/api/storefront/:domain/account/cart',
        summary: "The signed-in customer's active cart",
        response: CartResponse,
        tags,
        params: DomainParams,
      },
      ({ tx, store, shopper }) => {
        if (!shopper) throw unauthenticated('Sign in to see your cart');
        return carts.activeFor(tx, store.storeId, shopper.customerId);
      },
    ),
    storefrontRoute(
      {
        method: 'get',
        path: `${base}/:id`,
        summary: 'Get a cart',
        response: CartResponse,
        tags,
        params: CartParams,
      },
      ({ tx, store, shopper, params }) => carts.get(tx, store.storeId, params.id, viewerOf(shopper)),
    ),
    storefrontRoute(
      {
        method: 'put',
        path: `${base}/:id`,
        summary: 'Update a cart',
        response: CartResponse,
        tags,
        params: CartParams,
        body: UpdateCartBody,
      },
      ({ tx, store, shopper, params, body }) =>
        carts.update(tx, store.storeId, params.id, body, viewerOf(shopper)),
    ),
    storefrontRoute(
      {
        method: 'post',
        path: `${base}/:id/items`,
        status: 200,
        summary: 'Add an item',
        response: CartResponse,
        tags,
        params: CartParams,
        body: CartLineInput,
      },
      ({ tx, store, shopper, params, body }) =>
        carts.addItem(tx, store.storeId, params.id, body, viewerOf(shopper)),
    ),
    storefrontRoute(
      {
        method: 'put',
        path: `${base}/:id/items/:itemId`,
        summary: 'Change an item quantity',
        response: CartResponse,
        tags,
        params: CartItemParams,
        body: UpdateItemBody,
      },
      ({ tx, store, shopper, params, body }) =>
        carts.updateItem(tx, store.storeId, params.id, params.itemId, body.quantity, viewerOf(shopper)),
    ),
    storefrontRoute(
      {
        method: 'delete',
        path: `${base}/:id/items/:itemId`,
        status: 200,
        summary: 'Remove an item',
        response: CartResponse,
        tags,
        params: CartItemParams,
      },
      ({ tx, store, shopper, params }) =>
        carts.removeItem(tx, store.storeId, params.id, params.itemId, viewerOf(shopper)),
    ),
    storefrontRoute(
      {
        method: 'post',
        path: `${base}/:id/items/:itemId/save-for-later`,
        status: 200,
        summary: 'Save an item for later',
        response: CartResponse,
        tags,
        params: CartItemParams,
      },
      ({ tx, store, shopper, params }) =>
        carts.saveForLater(tx, store.storeId, params.id, params.itemId, true, viewerOf(shopper)),
    ),
    storefrontRoute(
      {
        method: 'post',
        path: `${base}/:id/items/:itemId/move-to-cart`,
        status: 200,
        summary: 'Move a saved item back',
        response: CartResponse,
        tags,
        params: CartItemParams,
      },
      ({ tx, store, shopper, params }) =>
        carts.saveForLater(tx, store.storeId, params.id, params.itemId, false, viewerOf(shopper)),
    ),
  ];
}

/** The merchant's view under `/api/stores/:storeId/carts…` (seed endpoints). */
function adminCartRoutes(carts: CartService): RouteDef[] {
  const base = '/api/stores/:storeId/carts';
  return [
    adminRoute(
      {
        method: 'post',
        path: base,
        summary: 'Create a cart',
        response: CartResponse,
        tags,
        params: StoreParams,
        body: CreateCartBody,
        requirePermission: 'orders.write',
      },
      async ({ tx, params, body }) => {
        const cart = await carts.create(tx, params.storeId, body, body.customerId ?? null);
        return created(`/api/stores/${params.storeId}/carts/${cart.id}`, cart);
      },
    ),
    adminRoute(
      {
        method: 'get',
        path: '/api/stores/:storeId/analytics/abandoned-carts',
        summary: 'Abandoned and recovered carts',
        response: AbandonedStatsResponse,
        tags: ['analytics'],
        params: StoreParams,
      },
      ({ tx, params }) => abandonedStats(tx, params.storeId),
    ),
    adminRoute(
      {
        method: 'get',
        path: '/api/stores/:storeId/abandoned-carts',
        summary: 'List abandoned carts (newest first), with their reminder and recovery',
        response: ListEnvelopeOf(AbandonedCartResponse),
        tags,
        params: StoreParams,
        query: AbandonedCartsQuery,
      },
      ({ tx, params, query }) => listAbandonedCarts(tx, params.storeId, query),
    ),
    adminRoute(
      {
        method: 'get',
        path: `${base}/:id`,
        summary: 'Get a cart',
        response: CartResponse,
        tags,
        params: StoreIdParams,
      },
      ({ tx, params }) => carts.get(tx, params.storeId, params.id, 'admin'),
    ),
    adminRoute(
      {
        method: 'put',
        path: `${base}/:id`,
        summary: 'Update a cart',
        response: CartResponse,
        tags,
        params: StoreIdParams,
        body: UpdateCartBody,
        requirePermission: 'orders.write',
      },
      ({ tx, params, body }) => carts.update(tx, params.storeId, params.id, body, 'admin'),
    ),
    adminRoute(
      {
        method: 'delete',
        path: `${base}/:id`,
        summary: 'Delete a cart',
        tags,
        params: StoreIdParams,
        requirePermission: 'orders.write',
      },
      async ({ tx, params }) => {
        await carts.remove(tx, params.storeId, params.id);
        return noContent();
      },
    ),
    adminRoute(
      {
        method: 'post',
        path: `${base}/:id/items`,
        status: 200,
        summary: 'Add an item',
        response: CartResponse,
        tags,
        params: StoreIdParams,
        body: CartLineInput,
        requirePermission: 'orders.write',
      },
      ({ tx, params, body }) => carts.addItem(tx, params.storeId, params.id, body, 'admin'),
    ),
    adminRoute(
      {
        method: 'put',
        path: `${base}/:id/items/:itemId`,
        summary: 'Change an item quantity',
        response: CartResponse,
        tags,
        params: AdminCartItemParams,
        body: UpdateItemBody,
        requirePermission: 'orders.write',
      },
      ({ tx, params, body }) =>
        carts.updateItem(tx, params.storeId, params.id, params.itemId, body.quantity, 'admin'),
    ),
    adminRoute(
      {
        method: 'delete',
        path: `${base}/:id/items/:itemId`,
        status: 200,
        summary: 'Remove an item',
        response: CartResponse,
        tags,
        params: AdminCartItemParams,
        requirePermission: 'orders.write',
      },
      ({ tx, params }) => carts.removeItem(tx, params.storeId, params.id, params.itemId, 'admin'),
    ),
  ];
}

export const cartRoutes = (carts: CartService): RouteDef[] => [
  ...storefrontCartRoutes(carts),
  ...adminCartRoutes(carts),
];
