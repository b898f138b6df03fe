import { unauthenticated } from '../../platform/errors.ts';
import {
  type AdminAuth,
  adminRoute,
  created,
  type RouteDef,
  storefrontRoute,
} from '../../platform/http/route.ts';
import { ListEnvelopeOf, listQuery, StoreIdParams } from '../../platform/http/schemas.ts';
import { EmailResponse } from '../notifications/index.ts';
import { OrderResponse, type OrderService, ShopperOrderResponse, toShopperOrder } from '../orders/index.ts';
import type { Actor } from './flow-context.ts';
import {
  BinsUpdatedResponse,
  FulfillmentList,
  FulfillmentResponse,
  LocationQueueResponse,
  PickListResponse,
  TimelineResponse,
  TrackingResponse,
} from './fulfillment.responses.ts';
import type { FulfillmentService } from './fulfillment.service.ts';
import {
  BinsBody,
  CancelBody,
  FulfillBody,
  FulfillmentParams,
  LabelBody,
  LocationParams,
  PackBody,
  PickBody,
  PickListQuery,
  QueueBody,
  QueueQuery,
  RefundBody,
  ResendEmailBody,
  ShipBody,
  TrackingParams,
  TrackingQuery,
} from './fulfillment.validators.ts';
import type { OrderActions } from './order-actions.service.ts';
import type { FulfillmentViews } from './views.service.ts';

const tags = ['fulfillment'];
const order = '/api/stores/:storeId/orders/:id';
const pkg = '/api/stores/:storeId/fulfillments/:id';
const staff = (auth: AdminAuth): Actor => ({ type: 'STAFF', id: auth.userId });

/** Order actions (fulfil, cancel, refund), the package flow, warehouse views and tracking. */
export function fulfillmentRoutes(s: {
  fulfillment: FulfillmentService;
  actions: OrderActions;
  views: FulfillmentViews;
  orders: OrderService;
}): RouteDef[] {
  const { fulfillment, actions, views } = s;
  return [
    adminRoute(
      {
        method: 'post',
        path: `${order}/fulfill`,
        status: 200,
        summary: 'Fulfil (ship) lines, or the whole order, in one call',
        response: OrderResponse,
        tags,
        params: StoreIdParams,
        body: FulfillBody,
        idempotent: true,
        requirePermission: 'orders.write',
      },
      ({ tx, params, body, auth }) =>
        fulfillment.fulfillNow(tx, params.storeId, params.id, body, staff(auth)),
    ),
    adminRoute(
      {
        method: 'post',
        path: `${order}/cancel`,
        status: 200,
        summary: 'Cancel: release stock, refund what was paid',
        response: OrderResponse,
        tags,
        params: StoreIdParams,
        body: CancelBody,
        idempotent: true,
        requirePermission: 'orders.write',
      },
      ({ tx, params, body, auth }) => actions.cancel(tx, params.storeId, params.id, body, staff(auth)),
    ),
    adminRoute(
      {
        method: 'post',
        path: `${order}/refund`,
        status: 200,
        summary: 'Refund by amount or by lines (to the original payments)',
        response: OrderResponse,
        tags,
        params: StoreIdParams,
        body: RefundBody,
        idempotent: true,
        requirePermission: 'orders.refund',
      },
      ({ tx, params, body, auth }) => actions.refund(tx, params.storeId, params.id, body, staff(auth)),
    ),
    adminRoute(
      {
        method: 'post',
        path: `${order}/emails`,
        summary: 'Send the order confirmation or shipment email to the customer again',
        response: EmailResponse,
        tags,
        params: StoreIdParams,
        body: ResendEmailBody,
        requirePermission: 'orders.write',
      },
      async ({ tx, params, body, auth }) => {
        const email = await actions.resendEmail(tx, params.storeId, params.id, body.template, staff(auth));
        return created(`/api/stores/${params.storeId}/notifications`, email);
      },
    ),
    adminRoute(
      {
        method: 'get',
        path: `${order}/timeline`,
        summary: 'Everything that happened to an order',
        response: TimelineResponse,
        tags,
        params: StoreIdParams,
      },
      ({ tx, params }) => views.timeline(tx, params.storeId, params.id),
    ),
    adminRoute(
      {
        method: 'get',
        path: `${order}/fulfillments`,
        summary: "An order's packages",
        response: FulfillmentList,
        tags,
        params: StoreIdParams,
      },
      async ({ tx, params }) => {
        await s.orders.get(tx, params.storeId, params.id);
        const data = await fulfillment.list(tx, params.id);
        return { data, total: data.length, limit: data.length, offset: 0 };
      },
    ),
    adminRoute(
      {
        method: 'post',
        path: `${order}/fulfillments`,
        summary: 'Queue a package (split shipments, several packages)',
        response: FulfillmentResponse,
        tags,
        params: StoreIdParams,
        body: QueueBody,
        idempotent: true,
        requirePermission: 'orders.write',
      },
      async ({ tx, params, body, auth }) => {
        const f = await fulfillment.queue(tx, params.storeId, params.id, body, staff(auth));
        return created(`/api/stores/${params.storeId}/fulfillments/${f.id}`, f);
      },
    ),
    adminRoute(
      {
        method: 'get',
        path: pkg,
        summary: 'A package',
        response: FulfillmentResponse,
        tags,
        params: FulfillmentParams,
      },
      ({ tx, params }) => fulfillment.get(tx, params.storeId, params.id),
    ),
    adminRoute(
      {
        method: 'post',
        path: `${pkg}/pick`,
        status: 200,
        summary: 'Scan a picked unit (by SKU or line), or all: true',
        response: FulfillmentResponse,
        tags,
        params: FulfillmentParams,
        body: PickBody,
        requirePermission: 'orders.write',
      },
      ({ tx, params, body, auth }) => fulfillment.pick(tx, params.storeId, params.id, body, staff(auth)),
    ),
    adminRoute(
      {
        method: 'post',
        path: `${pkg}/pack`,
        status: 200,
        summary: 'Pack, with an optional quality check',
        response: FulfillmentResponse,
        tags,
        params: FulfillmentParams,
        body: PackBody,
        requirePermission: 'orders.write',
      },
      ({ tx, params, body, auth }) => fulfillment.pack(tx, params.storeId, params.id, body, staff(auth)),
    ),
    adminRoute(
      {
        method: 'post',
        path: `${pkg}/label`,
        status: 200,
        summary: 'Buy a shipping label (built-in carrier: PDF + tracking number)',
        response: FulfillmentResponse,
        tags,
        params: FulfillmentParams,
        body: LabelBody,
        requirePermission: 'orders.write',
      },
      ({ tx, params, body, auth }) => fulfillment.label(tx, params.storeId, params.id, body, staff(auth)),
    ),
    adminRoute(
      {
        method: 'get',
        path: `${pkg}/label.pdf`,
        produces: 'application/pdf',
        summary: 'The shipping label as PDF',
        tags,
        params: FulfillmentParams,
      },
      async ({ tx, params, res }) => {
        const label = await views.label(tx, params.storeId, params.id);
        res
          .type('application/pdf')
          .setHeader('Content-Disposition', `inline; filename="label-${label.trackingNumber}.pdf"`);
        res.send(label.labelPdf);
      },
    ),
    adminRoute(
      {
        method: 'post',
        path: `${pkg}/ship`,
        status: 200,
        summary: 'Mark shipped: stock leaves the shelf, the shopper is emailed',
        response: FulfillmentResponse,
        tags,
        params: FulfillmentParams,
        body: ShipBody,
        idempotent: true,
        requirePermission: 'orders.write',
      },
      ({ tx, params, body, auth }) => fulfillment.ship(tx, params.storeId, params.id, body, staff(auth)),
    ),
    adminRoute(
      {
        method: 'post',
        path: `${pkg}/deliver`,
        status: 200,
        summary: 'Mark delivered',
        response: FulfillmentResponse,
        tags,
        params: FulfillmentParams,
        requirePermission: 'orders.write',
      },
      ({ tx, params, auth }) => fulfillment.deliver(tx, params.storeId, params.id, staff(auth)),
    ),
    adminRoute(
      {
        method: 'post',
        path: `${pkg}/cancel`,
        status: 200,
        summary: 'Cancel a package that has not shipped',
        response: FulfillmentResponse,
        tags,
        params: FulfillmentParams,
        requirePermission: 'orders.write',
      },
      ({ tx, params, auth }) => fulfillment.cancelPackage(tx, params.storeId, params.id, staff(auth)),
    ),
    adminRoute(
      {
        method: 'get',
        path: '/api/inventory/locations/:id/fulfillment-queue',
        summary: "A location's queue of open packages",
        response: LocationQueueResponse,
        tags,
        params: LocationParams,
        query: QueueQuery,
      },
      ({ tx, params, query }) => views.queue(tx, params.id, query.status),
    ),
    adminRoute(
      {
        method: 'get',
        path: '/api/inventory/locations/:id/pick-lists',
        summary: 'Pick list by bin (?format=pdf for print)',
        response: PickListResponse,
        tags,
        params: LocationParams,
        query: PickListQuery,
      },
      async ({ tx, params, query, req, res }) => {
        const list = await views.pickList(tx, params.id, query.fulfillmentIds);
        if (query.format !== 'pdf' && !/application\/pdf/.test(req.headers.accept ?? '')) return list;
        res.type('application/pdf').send(await views.pickListPdf(list));
      },
    ),
    adminRoute(
      {
        method: 'put',
        path: '/api/inventory/locations/:id/bins',
        summary: 'Assign variants to bins at a location',
        response: BinsUpdatedResponse,
        tags,
        params: LocationParams,
        body: BinsBody,
        requirePermission: 'inventory.write',
      },
      ({ tx, params, body }) => views.setBins(tx, params.id, body.assignments),
    ),
    storefrontRoute(
      {
        method: 'get',
        path: '/api/storefront/:domain/orders/:orderNumber/tracking',
        summary: 'Tracking of an order (email must match)',
        response: TrackingResponse,
        tags: ['storefront'],
        params: TrackingParams,
        query: TrackingQuery,
      },
      ({ tx, store, params, query }) => views.tracking(tx, store.storeId, params.orderNumber, query.email),
    ),
    storefrontRoute(
      {
        method: 'get',
        path: '/api/storefront/:domain/account/orders',
        summary: "The logged-in shopper's orders",
        response: ListEnvelopeOf(ShopperOrderResponse),
        tags: ['storefront', 'account'],
        query: listQuery(['createdAt']),
      },
      async ({ tx, store, shopper, query }) => {
        if (!shopper) throw unauthenticated('Log in as a customer first');
        const page = await s.orders.list(tx, store.storeId, {
          ...query,
          sort: query.sort ?? '-createdAt',
          customerId: shopper.customerId,
        });
        return { ...page, data: page.data.map(toShopperOrder) };
      },
    ),
  ];
}
