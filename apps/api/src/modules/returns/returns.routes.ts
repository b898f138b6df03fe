import { notFound, unauthenticated } from '../../platform/errors.ts';
import {
  type AdminAuth,
  adminRoute,
  created,
  type RouteDef,
  storefrontRoute,
} from '../../platform/http/route.ts';
import { ListEnvelopeOf, StoreIdParams, StoreParams } from '../../platform/http/schemas.ts';
import type { Actor } from '../fulfillment/index.ts';
import { orderLifecycle } from '../orders/index.ts';
import {
  ExchangeResponse,
  MyReturnList,
  ReturnListItem,
  ReturnResponse,
  ShopperReturnList,
} from './returns.responses.ts';
import type { ReturnService } from './returns.service.ts';
import {
  EmailQuery,
  NoteBody,
  OrderNumberParams,
  Paging,
  ReceiveBody,
  RequestReturnBody,
  ReturnListQuery,
  ShopperReturnBody,
} from './returns.validators.ts';

const tags = ['returns'];
const base = '/api/stores/:storeId/returns';
const staff = (auth: AdminAuth): Actor => ({ type: 'STAFF', id: auth.userId });

/** Staff handle returns; shoppers ask from their account or from the tracking page (with email). */
export function returnRoutes(returns: ReturnService): RouteDef[] {
  return [
    adminRoute(
      {
        method: 'get',
        path: base,
        summary: 'List returns (newest first), with their orders’ numbers and customers',
        response: ListEnvelopeOf(ReturnListItem),
        tags,
        params: StoreParams,
        query: ReturnListQuery,
      },
      ({ tx, params, query }) => returns.list(tx, params.storeId, query),
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/stores/:storeId/orders/:id/returns',
        summary: 'Open a return or exchange for an order',
        response: ReturnResponse,
        tags,
        params: StoreIdParams,
        body: RequestReturnBody,
        idempotent: true,
        requirePermission: 'orders.write',
      },
      async ({ tx, params, body, auth }) => {
        const r = await returns.request(
          tx,
          await orderLifecycle.lock(tx, params.storeId, params.id),
          body,
          staff(auth),
        );
        return created(`/api/stores/${params.storeId}/returns/${r.id}`, r);
      },
    ),
    adminRoute(
      {
        method: 'get',
        path: `${base}/:id`,
        summary: 'A return',
        response: ReturnResponse,
        tags,
        params: StoreIdParams,
      },
      ({ tx, params }) => returns.get(tx, params.storeId, params.id),
    ),
    adminRoute(
      {
        method: 'post',
        path: `${base}/:id/approve`,
        status: 200,
        summary: 'Approve a return',
        response: ReturnResponse,
        tags,
        params: StoreIdParams,
        body: NoteBody,
        requirePermission: 'orders.write',
      },
      ({ tx, params, body, auth }) => returns.approve(tx, params.storeId, params.id, body.note, staff(auth)),
    ),
    adminRoute(
      {
        method: 'post',
        path: `${base}/:id/reject`,
        status: 200,
        summary: 'Reject a return',
        response: ReturnResponse,
        tags,
        params: StoreIdParams,
        body: NoteBody,
        requirePermission: 'orders.write',
      },
      ({ tx, params, body, auth }) => returns.reject(tx, params.storeId, params.id, body.note, staff(auth)),
    ),
    adminRoute(
      {
        method: 'post',
        path: `${base}/:id/receive`,
        status: 200,
        summary: 'Goods received: restock or write off per line',
        response: ReturnResponse,
        tags,
        params: StoreIdParams,
        body: ReceiveBody,
        requirePermission: 'orders.write',
      },
      ({ tx, params, body, auth }) => returns.receive(tx, params.storeId, params.id, body, staff(auth)),
    ),
    adminRoute(
      {
        method: 'post',
        path: `${base}/:id/refund`,
        status: 200,
        summary: 'Refund the returned lines to the original payments',
        response: ReturnResponse,
        tags,
        params: StoreIdParams,
        idempotent: true,
        requirePermission: 'orders.refund',
      },
      ({ tx, params, auth }) => returns.refund(tx, params.storeId, params.id, staff(auth)),
    ),
    adminRoute(
      {
        method: 'post',
        path: `${base}/:id/exchange`,
        status: 200,
        summary: 'Place the exchange order (no charge), fulfilled like any order',
        response: ExchangeResponse,
        tags,
        params: StoreIdParams,
        idempotent: true,
        requirePermission: 'orders.write',
      },
      ({ tx, params, auth }) => returns.exchange(tx, params.storeId, params.id, staff(auth)),
    ),
    storefrontRoute(
      {
        method: 'post',
        path: '/api/storefront/:domain/account/orders/:orderNumber/returns',
        summary: 'Ask to return lines of one of my orders',
        response: ReturnResponse,
        tags: ['storefront', 'account'],
        params: OrderNumberParams,
        body: ShopperReturnBody,
      },
      async ({ tx, store, shopper, params, body }) => {
        // Without a token no order is the caller's: 404, as for another shopper's order.
        const order = await orderLifecycle.findByNumber(tx, store.storeId, params.orderNumber);
        if (!shopper || !order || order.customerId !== shopper.customerId) throw notFound('Order');
        const r = await returns.request(tx, order, body, { type: 'CUSTOMER', id: shopper.customerId });
        return created(`/api/storefront/${params.domain}/orders/${params.orderNumber}/returns`, r);
      },
    ),
    storefrontRoute(
      {
        method: 'get',
        path: '/api/storefront/:domain/account/returns',
        summary: 'My returns, across my orders',
        response: MyReturnList,
        tags: ['storefront', 'account'],
        query: Paging,
      },
      ({ tx, store, shopper, query }) => {
        if (!shopper) throw unauthenticated('Log in as a customer first');
        return returns.ofCustomer(tx, store.storeId, shopper.customerId, query);
      },
    ),
    storefrontRoute(
      {
        method: 'post',
        path: '/api/storefront/:domain/orders/:orderNumber/returns',
        summary: 'Ask for a return from the tracking page (?email=)',
        response: ReturnResponse,
        tags: ['storefront'],
        params: OrderNumberParams,
        query: EmailQuery,
        body: ShopperReturnBody,
      },
      async ({ tx, store, params, query, body }) => {
        const order = await orderLifecycle.findByNumber(tx, store.storeId, params.orderNumber);
        if (!order?.customerEmail || order.customerEmail.toLowerCase() !== query.email.toLowerCase())
          throw notFound('Order');
        const r = await returns.request(tx, order, body, { type: 'CUSTOMER', id: order.customerId });
        return created(`/api/storefront/${params.domain}/orders/${params.orderNumber}/returns`, r);
      },
    ),
    storefrontRoute(
      {
        method: 'get',
        path: '/api/storefront/:domain/orders/:orderNumber/returns',
        summary: 'Returns of an order (?email=)',
        response: ShopperReturnList,
        tags: ['storefront'],
        params: OrderNumberParams,
        query: EmailQuery,
      },
      async ({ tx, store, params, query }) => {
        const order = await orderLifecycle.findByNumber(tx, store.storeId, params.orderNumber);
        if (!order?.customerEmail || order.customerEmail.toLowerCase() !== query.email.toLowerCase())
          throw notFound('Order');
        const data = (await returns.ofOrder(tx, order.id)).map(({ staffNote: _s, ...r }) => r);
        return { data, total: data.length, limit: data.length, offset: 0 };
      },
    ),
  ];
}
