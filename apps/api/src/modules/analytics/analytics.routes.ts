import { z } from 'zod';
import type { TenantTx } from '../../platform/db/pool.ts';
import { adminRoute, created, Reply, type RouteDef, storefrontRoute } from '../../platform/http/route.ts';
import { StoreIdParams, StoreParams } from '../../platform/http/schemas.ts';
import {
  AffinityReportResponse,
  AssignmentResponse,
  BehaviourReportResponse,
  CategorySalesReportResponse,
  CustomerReportResponse,
  EventsAcceptedResponse,
  ExperimentList,
  ExperimentReportResponse,
  ExperimentResponse,
  ForecastReportResponse,
  FulfilmentReportResponse,
  FunnelReportResponse,
  InventoryReportResponse,
  ProductSalesReportResponse,
  SalesReportResponse,
  TenantSalesReportResponse,
} from './analytics.responses.ts';
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
  const report = (path: string, summary: string, run: StoreReport, response: z.ZodType) =>
    adminRoute(
      {
        method: 'get',
        path: `/api/stores/:storeId/analytics/${path}`,
        summary,
        response,
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
      SalesReportResponse,
    ),
    report(
      'sales/products',
      'Sales per listing (best sellers) with cost and profit',
      reports.productSalesReport,
      ProductSalesReportResponse,
    ),
    report(
      'sales/categories',
      'Sales per category',
      reports.categorySalesReport,
      CategorySalesReportResponse,
    ),
    report(
      'funnel',
      'Conversion funnel and cart abandonment/recovery',
      reports.funnelReport,
      FunnelReportResponse,
    ),
    report(
      'customers',
      'Customer acquisition, retention, repeat rate and lifetime value',
      reports.customerReport,
      CustomerReportResponse,
    ),
    report('affinity', 'Listings bought together', reports.affinityReport, AffinityReportResponse),
    report(
      'fulfillment',
      'Time from order to shipment and delivery',
      reports.fulfilmentReport,
      FulfilmentReportResponse,
    ),
    adminRoute(
      {
        method: 'get',
        path: '/api/stores/:storeId/analytics/forecast',
        summary: 'Revenue forecast (linear trend of daily revenue)',
        response: ForecastReportResponse,
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
      BehaviourReportResponse,
    ),
  ];
}

/** Tenant-wide reports (every store; inventory is shared by the stores). */
function tenantReports(reporting: ReportingDb): RouteDef[] {
  const report = (
    path: string,
    summary: string,
    run: (tx: TenantTx, range: Range) => Promise<unknown>,
    response: z.ZodType,
  ) =>
    adminRoute(
      {
        method: 'get',
        path: `/api/analytics/${path}`,
        summary,
        response,
        tags,
        query: RangeQuery,
        requirePermission: 'analytics.read',
      },
      ({ tx, auth, query }) => reporting.read(tx, auth.tenantId, (rtx) => run(rtx, resolveRange(query))),
    );
  return [
    report(
      'sales',
      'Sales by store, totals per currency',
      reports.tenantSalesReport,
      TenantSalesReportResponse,
    ),
    report(
      'sales/products',
      'Sales per inventory product across stores',
      (tx, r) => reports.productSalesReport(tx, null, r),
      ProductSalesReportResponse,
    ),
    report('inventory', 'Inventory turnover and velocity', reports.inventoryReport, InventoryReportResponse),
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
        response: ExperimentResponse,
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
        response: ExperimentList,
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
        response: ExperimentResponse,
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
        response: ExperimentResponse,
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
        response: ExperimentReportResponse,
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
        status: 202,
        summary: 'Track behaviour events',
        response: EventsAcceptedResponse,
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
        response: AssignmentResponse,
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
