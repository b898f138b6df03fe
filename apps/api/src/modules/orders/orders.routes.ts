import { adminRoute, created, type RouteDef } from '../../platform/http/route.ts';
import { ListEnvelopeOf, StoreIdParams, StoreParams } from '../../platform/http/schemas.ts';
import { OrderResponse } from './orders.responses.ts';
import type { OrderService } from './orders.service.ts';
import { CreateOrderBody, OrderListQuery, UpdateOrderBody } from './orders.validators.ts';

const tags = ['orders'];

/** Admin order endpoints; fulfil/refund/cancel/returns are built by the customers module. */
export function orderRoutes(orders: OrderService): RouteDef[] {
  return [
    adminRoute(
      {
        method: 'get',
        path: '/api/stores/:storeId/orders',
        summary: 'List orders',
        response: ListEnvelopeOf(OrderResponse),
        tags,
        params: StoreParams,
        query: OrderListQuery,
      },
      ({ tx, params, query }) => orders.list(tx, params.storeId, query),
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/stores/:storeId/orders',
        summary: 'Create a manual order',
        response: OrderResponse,
        tags,
        params: StoreParams,
        body: CreateOrderBody,
        idempotent: true,
        requirePermission: 'orders.write',
      },
      async ({ tx, params, body }) => {
        const order = await orders.createManual(tx, params.storeId, body);
        return created(`/api/stores/${params.storeId}/orders/${order.id}`, order);
      },
    ),
    adminRoute(
      {
        method: 'get',
        path: '/api/stores/:storeId/orders/:id',
        summary: 'Get an order',
        response: OrderResponse,
        tags,
        params: StoreIdParams,
      },
      ({ tx, params }) => orders.get(tx, params.storeId, params.id),
    ),
    adminRoute(
      {
        method: 'put',
        path: '/api/stores/:storeId/orders/:id',
        summary: 'Update an order',
        response: OrderResponse,
        tags,
        params: StoreIdParams,
        body: UpdateOrderBody,
        requirePermission: 'orders.write',
      },
      ({ tx, params, body }) => orders.update(tx, params.storeId, params.id, body),
    ),
    ...(['invoice', 'packing-slip'] as const).map((kind) =>
      adminRoute(
        {
          method: 'get',
          path: `/api/stores/:storeId/orders/:id/${kind}.pdf`,
          produces: 'application/pdf',
          summary: kind === 'invoice' ? 'The order’s invoice as PDF' : 'The order’s packing slip as PDF',
          tags,
          params: StoreIdParams,
        },
        async ({ tx, params, res }) => {
          const { pdf, filename } = await orders.document(tx, params.storeId, params.id, kind);
          res.type('application/pdf').setHeader('Content-Disposition', `inline; filename="${filename}"`);
          res.send(pdf);
        },
      ),
    ),
  ];
}
