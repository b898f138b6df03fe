import { z } from 'zod';
import { adminRoute, created, type RouteDef } from '../../platform/http/route.ts';
import { IdParams, ListEnvelopeOf, listQuery } from '../../platform/http/schemas.ts';
import {
  AlertResponse,
  LocationResponse,
  ProductResponse,
  ReconciliationResponse,
  StockByLocationResponse,
} from './inventory.responses.ts';
import { CreateLocationBody, TransferBody } from './inventory.validators.ts';
import { locationService as locations } from './locations.service.ts';
import { latestReconciliation, reconcile } from './reconciliation.ts';

const tags = ['inventory'];

/** Locations, transfers, per-location stock, low-stock alerts and reconciliation. */
export function stockRoutes(): RouteDef[] {
  return [
    adminRoute(
      {
        method: 'get',
        path: '/api/inventory/locations',
        summary: 'List locations',
        response: ListEnvelopeOf(LocationResponse),
        tags,
      },
      ({ tx }) => locations.list(tx),
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/inventory/locations',
        summary: 'Create a location (warehouse)',
        response: LocationResponse,
        tags,
        body: CreateLocationBody,
        requirePermission: 'inventory.manage',
      },
      async ({ tx, body }) => {
        const location = await locations.create(tx, body);
        return created(`/api/inventory/locations/${location.id}`, location);
      },
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/inventory/transfers',
        status: 200,
        summary: 'Move on-hand stock between locations',
        response: ProductResponse,
        tags,
        body: TransferBody,
        requirePermission: 'inventory.write',
      },
      ({ tx, body, auth }) => locations.transfer(tx, body, auth.userId),
    ),
    adminRoute(
      {
        method: 'get',
        path: '/api/inventory/products/:id/stock',
        summary: 'Stock of a product per variant and location',
        response: StockByLocationResponse,
        tags,
        params: IdParams,
      },
      async ({ tx, params }) => ({ data: await locations.stockByLocation(tx, params.id) }),
    ),
    adminRoute(
      {
        method: 'get',
        path: '/api/inventory/alerts',
        summary: 'Low-stock alerts, newest first',
        response: ListEnvelopeOf(AlertResponse),
        tags,
        query: listQuery(['createdAt']).extend({
          acknowledged: z
            .enum(['true', 'false'])
            .transform((v) => v === 'true')
            .optional(),
        }),
      },
      ({ tx, query }) => locations.alerts(tx, query),
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/inventory/alerts/:id/acknowledge',
        status: 200,
        summary: 'Mark a low-stock alert as seen',
        response: AlertResponse,
        tags,
        params: IdParams,
        requirePermission: 'inventory.write',
      },
      ({ tx, params }) => locations.acknowledgeAlert(tx, params.id),
    ),
    adminRoute(
      {
        method: 'get',
        path: '/api/inventory/reconciliation',
        summary: 'The latest reconciliation report (stock recomputed from the ledger)',
        response: ReconciliationResponse,
        tags,
      },
      ({ tx }) => latestReconciliation(tx),
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/inventory/reconciliation',
        status: 200,
        summary: 'Run a reconciliation now',
        response: ReconciliationResponse,
        tags,
        requirePermission: 'inventory.manage',
      },
      ({ tx }) => reconcile(tx),
    ),
  ];
}
