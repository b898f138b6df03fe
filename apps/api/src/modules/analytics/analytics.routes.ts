import { z } from 'zod';
import type { TenantTx } from '../../platform/db/pool.ts';
import { adminRoute, created, Reply, type RouteDef, storefrontRoute } from '../../platform/http/route.ts';
import { StoreIdParams, StoreParams } from '../../platform/http/schemas.ts';
import {
  AssignmentQuery,
  EventsBody,
  ExperimentBody,
  ExperimentUpdateBody,
  ForecastQuery,
  type Range,
  RangeQuery,
  resolveRange,
} from './analytics.validators.ts';
import * as experiments from './experiments.service.ts';
import type { ReportingDb } from './reporting.ts';
import * as reports from './reports.service.ts';

const tags = ['analytics'];
type StoreReport = (tx: TenantTx, storeId: string, range: Range) => Promise<unknown>;

/** Read-only store reports under `/api/stores/:storeId/analytics/…`, all on the reporting database. */
function storeReports(reporting: ReportingDb): RouteDef[] {
  const report = (path: string, summary: string, run: StoreReport) =>
    adminRoute(
      {
        method: 'get',
        path: `/api/stores/:storeId/analytics/${path}`,
        summary,
        tags,
        params: StoreParams,
        query: RangeQuery,
        requirePermission: 'analytics.read',
      },
      ({ tx, auth, params, query }) =>
        reporting.read(tx, auth.tenantId, (rtx) => run(rtx, params.storeId, resolveRange(query))),
    );
  return [
    report(
      'sales',
      'Sales by day/week/month: revenue, orders, AOV, units, refunds, profit',
      reports.salesReport,
    ),
    report(
      'sales/products',
      'Sales per listing (best sellers) with cost and profit',
      reports.productSalesReport,
    ),
    report('sales/categories', 'Sales per category', reports.categorySalesReport),
    report('funnel', 'Conversion funnel and cart abandonment/recovery', reports.funnelReport),
    report(
      'customers',
      'Customer acquisition, retention, repeat rate and lifetime value',
      reports.customerReport,
    ),
    report('affinity', 'Listings bought together', reports.affinityReport),
    report('fulfillment', 'Time from order to shipment and delivery', reports.fulfilmentReport),
    adminRoute(
      {
        method: 'get',
        path: '/api/stores/:storeId/analytics/forecast',
        summary: 'Revenue forecast (linear trend of daily revenue)',
        tags,
        params: StoreParams,
        query: ForecastQuery,
        requirePermission: 'analytics.read',
      },
      ({ tx, auth, params, query }) =>
        reporting.read(tx, auth.tenantId, (rtx) =>
          reports.forecastReport(rtx, params.storeId, resolveRange(query), query.horizon),
        ),
    ),
    report(
      'behavior',
      'Storefront behaviour: events, session funnel, most viewed, searches',
      reports.behaviourReport,
    ),
  ];
}

/** Tenant-wide reports (every store; inventory is shared by the stores). */
function tenantReports(reporting: ReportingDb): RouteDef[] {
  const report = (path: string, summary: string, run: (tx: TenantTx, range: Range) => Promise<unknown>) =>
    adminRoute(
      {
        method: 'get',
        path: `/api/analytics/${path}`,
        summary,
        tags,
        query: RangeQuery,
        requirePermission: 'analytics.read',
      },
      ({ tx, auth, query }) => reporting.read(tx, auth.tenantId, (rtx) => run(rtx, resolveRange(query))),
    );
  return [
    report('sales', 'Sales by store, totals per currency', reports.tenantSalesReport),
    report('sales/products', 'Sales per inventory product across stores', (tx, r) =>
      reports.productSalesReport(tx, null, r),
    ),
    report('inventory', 'Inventory turnover and velocity', reports.inventoryReport),
  ];
}

function experimentRoutes(reporting: ReportingDb): RouteDef[] {
  const base = '/api/stores/:storeId/experiments';
  return [
    adminRoute(
      {
        method: 'post',
        path: base,
        summary: 'Create an A/B experiment',
        tags,
        params: StoreParams,
        body: ExperimentBody,
        requirePermission: 'marketing.write',
      },
      async ({ tx, params, body }) => {
        const e = await experiments.createExperiment(tx, params.storeId, body);
        return created(`/api/stores/${params.storeId}/experiments/${e.id}`, e);
      },
    ),
    adminRoute(
      {
        method: 'get',
        path: base,
        summary: 'A/B experiments',
        tags,
        params: StoreParams,
        requirePermission: 'analytics.read',
      },
      ({ tx, params }) => experiments.listExperiments(tx, params.storeId),
    ),
    adminRoute(
      {
        method: 'get',
        path: `${base}/:id`,
        summary: 'An experiment',
        tags,
        params: StoreIdParams,
        requirePermission: 'analytics.read',
      },
      ({ tx, params }) => experiments.getExperiment(tx, params.storeId, params.id),
    ),
    adminRoute(
      {
        method: 'put',
        path: `${base}/:id`,
        summary: 'Update an experiment (name, status, split, goal)',
        tags,
        params: StoreIdParams,
        body: ExperimentUpdateBody,
        requirePermission: 'marketing.write',
      },
      ({ tx, params, body }) => experiments.updateExperiment(tx, params.storeId, params.id, body),
    ),
    adminRoute(
      {
        method: 'get',
        path: `${base}/:id/report`,
        summary: 'Conversion per variant with a z-test',
        tags,
        params: StoreIdParams,
        requirePermission: 'analytics.read',
      },
      ({ tx, auth, params }) =>
        reporting.read(tx, auth.tenantId, (rtx) =>
          experiments.experimentReport(rtx, params.storeId, params.id),
        ),
    ),
  ];
}

const DomainParams = z.object({ domain: z.string() });

/** Shopper side: behaviour events and experiment assignment (under the per-IP rate limit of /api). */
function storefrontRoutes(): RouteDef[] {
  return [
    storefrontRoute(
      {
        method: 'post',
        path: '/api/storefront/:domain/events',
        summary: 'Track behaviour events',
        tags,
        params: DomainParams,
        body: EventsBody,
      },
      async ({ tx, store, shopper, body }) => {
        const events = 'events' in body ? body.events : [body];
        return new Reply(
          202,
          await experiments.recordEvents(tx, store.storeId, shopper?.customerId ?? null, events),
        );
      },
    ),
    storefrontRoute(
      {
        method: 'get',
        path: '/api/storefront/:domain/experiments/:key/assignment',
        summary: "The session's variant of an experiment",
        tags,
        params: DomainParams.extend({ key: z.string().max(100) }),
        query: AssignmentQuery,
      },
      ({ tx, store, params, query }) =>
        experiments.assignment(tx, store.storeId, params.key, query.sessionId),
    ),
  ];
}

export function analyticsRoutes(reporting: ReportingDb): RouteDef[] {
  return [
    ...storeReports(reporting),
    ...tenantReports(reporting),
    ...experimentRoutes(reporting),
    ...storefrontRoutes(),
  ];
}
