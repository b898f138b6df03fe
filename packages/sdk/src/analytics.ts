import type { Call } from './call.ts';
import type { ApiPaths, RequestBody, ResponseBody } from './contract.ts';
import type { List } from './types.ts';

/** `?from=&to=` are UTC dates (`to` inclusive) or ISO timestamps; default: the last 30 days. */
export type ReportRange = { from?: string; to?: string; interval?: 'day' | 'week' | 'month'; limit?: number };
type Store = '/api/stores/{storeId}';
type Report<P extends string> = ResponseBody<Extract<keyof ApiPaths, `${Store}/analytics/${P}`>, 'get'>;
export type SalesReport = Report<'sales'>;
export type SalesFigures = SalesReport['totals'];
export type TenantSalesReport = ResponseBody<'/api/analytics/sales', 'get'>;
export type ProductSalesReport = Report<'sales/products'>;
export type ProductSales = ProductSalesReport['data'][number];
export type CategorySalesReport = Report<'sales/categories'>;
export type CategorySales = CategorySalesReport['data'][number];
export type FunnelReport = Report<'funnel'>;
export type FunnelStep = FunnelReport['steps'][number];
export type CustomerReport = Report<'customers'>;
export type CustomerCohort = CustomerReport['cohorts'][number];
export type AffinityReport = Report<'affinity'>;
export type AffinityPair = AffinityReport['data'][number];
export type InventoryVelocityReport = ResponseBody<'/api/analytics/inventory', 'get'>;
export type InventoryVelocity = InventoryVelocityReport['data'][number];
export type FulfillmentReport = Report<'fulfillment'>;
export type BehaviorReport = Report<'behavior'>;
export type RevenueForecast = Report<'forecast'>;
export type TrackedEvent =
  RequestBody<'/api/storefront/{domain}/events', 'post'> extends infer B
    ? B extends { events: Array<infer E> }
      ? E
      : B
    : never;
export type TrackedEventType = TrackedEvent['type'];
export type Experiment = ResponseBody<`${Store}/experiments/{id}`, 'get'>;
export type ExperimentInput = RequestBody<`${Store}/experiments`, 'post'>;
export type ExperimentReport = ResponseBody<`${Store}/experiments/{id}/report`, 'get'>;
export type ZTest = NonNullable<ExperimentReport['variants'][number]['vsControl']>;
export type ExperimentAssignment = ResponseBody<
  '/api/storefront/{domain}/experiments/{key}/assignment',
  'get'
>;

const qs = (r: ReportRange = {}) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(r)) if (v !== undefined) p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
};

/** Merchant reports (`/api/stores/:storeId/analytics/…`, `/api/analytics/…`) and experiments. */
export function analyticsApi(call: Call) {
  const store = (id: string) => `/api/stores/${id}`;
  return {
    sales: (storeId: string, r?: ReportRange) =>
      call<SalesReport>('GET', `${store(storeId)}/analytics/sales${qs(r)}`),
    productSales: (storeId: string, r?: ReportRange) =>
      call<ProductSalesReport>('GET', `${store(storeId)}/analytics/sales/products${qs(r)}`),
    categorySales: (storeId: string, r?: ReportRange) =>
      call<CategorySalesReport>('GET', `${store(storeId)}/analytics/sales/categories${qs(r)}`),
    funnel: (storeId: string, r?: ReportRange) =>
      call<FunnelReport>('GET', `${store(storeId)}/analytics/funnel${qs(r)}`),
    customers: (storeId: string, r?: ReportRange) =>
      call<CustomerReport>('GET', `${store(storeId)}/analytics/customers${qs(r)}`),
    affinity: (storeId: string, r?: ReportRange) =>
      call<AffinityReport>('GET', `${store(storeId)}/analytics/affinity${qs(r)}`),
    fulfillment: (storeId: string, r?: ReportRange) =>
      call<FulfillmentReport>('GET', `${store(storeId)}/analytics/fulfillment${qs(r)}`),
    forecast: (storeId: string, r?: ReportRange & { horizon?: number }) =>
      call<RevenueForecast>('GET', `${store(storeId)}/analytics/forecast${qs(r)}`),
    behavior: (storeId: string, r?: ReportRange) =>
      call<BehaviorReport>('GET', `${store(storeId)}/analytics/behavior${qs(r)}`),
    tenantSales: (r?: ReportRange) => call<TenantSalesReport>('GET', `/api/analytics/sales${qs(r)}`),
    tenantProductSales: (r?: ReportRange) =>
      call<ResponseBody<'/api/analytics/sales/products', 'get'>>(
        'GET',
        `/api/analytics/sales/products${qs(r)}`,
      ),
    inventory: (r?: ReportRange) => call<InventoryVelocityReport>('GET', `/api/analytics/inventory${qs(r)}`),
    experiments: {
      list: (storeId: string) => call<List<Experiment>>('GET', `${store(storeId)}/experiments`),
      get: (storeId: string, id: string) => call<Experiment>('GET', `${store(storeId)}/experiments/${id}`),
      create: (storeId: string, input: ExperimentInput) =>
        call<Experiment>('POST', `${store(storeId)}/experiments`, input),
      update: (storeId: string, id: string, input: Partial<Omit<ExperimentInput, 'key'>>) =>
        call<Experiment>('PUT', `${store(storeId)}/experiments/${id}`, input),
      report: (storeId: string, id: string) =>
        call<ExperimentReport>('GET', `${store(storeId)}/experiments/${id}/report`),
    },
  };
}

/** Shopper side: behaviour events and experiment assignment (public, no token needed). */
export function trackingEventsApi(call: Call) {
  const sf = (domain: string) => `/api/storefront/${encodeURIComponent(domain)}`;
  return {
    track: (domain: string, events: TrackedEvent | TrackedEvent[]) =>
      call<{ accepted: number }>('POST', `${sf(domain)}/events`, Array.isArray(events) ? { events } : events),
    assignment: (domain: string, key: string, sessionId: string) =>
      call<ExperimentAssignment>(
        'GET',
        `${sf(domain)}/experiments/${encodeURIComponent(key)}/assignment?sessionId=${encodeURIComponent(sessionId)}`,
      ),
  };
}
