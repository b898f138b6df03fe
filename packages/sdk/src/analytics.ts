import type { Call } from './call.ts';
import type { ResponseBody } from './contract.ts';
import type { List } from './types.ts';

/** `?from=&to=` are UTC dates (`to` inclusive) or ISO timestamps; default: the last 30 days. */
export type ReportRange = { from?: string; to?: string; interval?: 'day' | 'week' | 'month'; limit?: number };
type Window = { from: string; to: string; interval: 'day' | 'week' | 'month' };

/** Money as decimal strings in the store's currency; rates are fractions (0.25 = 25 %). */
export type SalesFigures = {
  orders: number;
  units: number;
  refundedUnits: number;
  grossSales: string;
  discounts: string;
  netSales: string;
  shipping: string;
  tax: string;
  totalRevenue: string;
  refunds: string;
  refundCount: number;
  netRevenue: string;
  averageOrderValue: string;
  averageUnitsPerOrder: number;
  costOfGoods: string;
  grossProfit: string;
  grossMargin: number;
  unitsWithoutCost: number;
};
export type SalesReport = Window & {
  storeId: string;
  currency: string;
  totals: SalesFigures;
  series: Array<SalesFigures & { period: string }>;
};
export type TenantSalesReport = Window & {
  stores: Array<SalesFigures & { storeId: string; storeName: string; currency: string }>;
  totals: Array<SalesFigures & { currency: string }>;
};
export type ProductSales = {
  listingId: string | null;
  productId: string | null;
  title: string;
  sku: string | null;
  currency: string;
  orders: number;
  units: number;
  refundedUnits: number;
  netSales: string;
  costOfGoods: string | null;
  grossProfit: string | null;
};
export type CategorySales = {
  categoryId: string | null;
  name: string | null;
  orders: number;
  units: number;
  netSales: string;
  costOfGoods: string;
  grossProfit: string;
};
export type FunnelStep = { step: string; count: number };
export type FunnelReport = Window & {
  storeId: string;
  currency: string;
  steps: FunnelStep[];
  cartToOrderRate: number;
  checkoutToOrderRate: number;
  sessionToOrderRate: number | null;
  cartAbandonmentRate: number;
  checkoutAbandonmentRate: number;
  abandonment: {
    abandonedCarts: number;
    abandonedValue: string;
    remindersSent: number;
    recoveredCarts: number;
    recoveredAndOrdered: number;
    recoveredRevenue: string;
    recoveryRate: number;
  };
};
/** Buyers, retention, lifetime value, acquisition and cohorts (the API's documented shape). */
export type CustomerReport = ResponseBody<'/api/stores/{storeId}/analytics/customers', 'get'>;
export type CustomerCohort = CustomerReport['cohorts'][number];
export type AffinityPair = {
  listingA: { id: string; title: string };
  listingB: { id: string; title: string };
  orders: number;
  support: number;
  confidenceAtoB: number;
  confidenceBtoA: number;
  lift: number;
};
export type InventoryVelocity = {
  productId: string;
  sku: string;
  name: string;
  unitsSold: number;
  unitsPerDay: number;
  onHand: number;
  available: number;
  onHandAtStart: number;
  onHandAtEnd: number;
  turnover: number | null;
  daysOfCover: number | null;
  sellThroughRate: number;
};
export type FulfillmentReport = Window & {
  storeId: string;
  orders: number;
  shippedOrders: number;
  deliveredOrders: number;
  avgHoursToShip: number | null;
  medianHoursToShip: number | null;
  p90HoursToShip: number | null;
  shippedWithin24h: number;
  shippedWithin48h: number;
  avgHoursInTransit: number | null;
  unshippedOlderThan48h: number;
  shippedRate: number;
};
export type BehaviorReport = Window & {
  storeId: string;
  events: Array<{ type: string; events: number; sessions: number }>;
  funnel: { steps: FunnelStep[]; conversionRate: number };
  topViewed: Array<{
    listingId: string;
    title: string | null;
    views: number;
    viewers: number;
    addToCarts: number;
    viewToCartRate: number;
  }>;
  searches: Array<{ query: string; searches: number; zeroResults: number; lastResultCount: number }>;
  sources: Array<{ source: string; sessions: number; ordered: number; conversionRate: number }>;
};
export type RevenueForecast = Window & {
  storeId: string;
  currency: string;
  model: 'linear-trend';
  slopePerDay: string;
  r2: number | null;
  history: Array<{ day: string; revenue: string }>;
  forecast: Array<{ day: string; revenue: string }>;
  forecastTotal: string;
};
export type TrackedEventType =
  | 'page_view'
  | 'product_view'
  | 'add_to_cart'
  | 'remove_from_cart'
  | 'search'
  | 'checkout_started'
  | 'checkout_completed'
  | 'custom';
export type TrackedEvent = {
  sessionId: string;
  type: TrackedEventType;
  name?: string;
  listingId?: string;
  path?: string;
  query?: string;
  value?: string | number;
  properties?: Record<string, unknown>;
};
export type Experiment = {
  id: string;
  storeId: string;
  key: string;
  name: string;
  status: 'DRAFT' | 'RUNNING' | 'STOPPED';
  variants: Array<{ key: string; weight: number }>;
  goal: string;
  createdAt: string;
  updatedAt: string;
};
export type ExperimentInput = Pick<Experiment, 'key' | 'name' | 'variants'> &
  Partial<Pick<Experiment, 'status' | 'goal'>>;
export type ZTest = { z: number; pValue: number; significant: boolean; uplift: number | null };
export type ExperimentReport = {
  experiment: Experiment;
  control: string;
  variants: Array<{
    key: string;
    weight: number;
    sessions: number;
    conversions: number;
    conversionRate: number;
    /** 95 % Wilson interval of the rate; null without sessions. */
    conversionInterval: { low: number; high: number } | null;
    revenue: string;
    revenuePerSession: string;
    vsControl: ZTest | null;
  }>;
  observedSplit: Array<{ key: string; share: number }>;
};
export type ExperimentAssignment = {
  experiment: string;
  variant: string;
  active: boolean;
  assignedAt?: string;
};

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
      call<Window & { data: ProductSales[] }>('GET', `${store(storeId)}/analytics/sales/products${qs(r)}`),
    categorySales: (storeId: string, r?: ReportRange) =>
      call<Window & { data: CategorySales[] }>('GET', `${store(storeId)}/analytics/sales/categories${qs(r)}`),
    funnel: (storeId: string, r?: ReportRange) =>
      call<FunnelReport>('GET', `${store(storeId)}/analytics/funnel${qs(r)}`),
    customers: (storeId: string, r?: ReportRange) =>
      call<CustomerReport>('GET', `${store(storeId)}/analytics/customers${qs(r)}`),
    affinity: (storeId: string, r?: ReportRange) =>
      call<Window & { data: AffinityPair[] }>('GET', `${store(storeId)}/analytics/affinity${qs(r)}`),
    fulfillment: (storeId: string, r?: ReportRange) =>
      call<FulfillmentReport>('GET', `${store(storeId)}/analytics/fulfillment${qs(r)}`),
    forecast: (storeId: string, r?: ReportRange & { horizon?: number }) =>
      call<RevenueForecast>('GET', `${store(storeId)}/analytics/forecast${qs(r)}`),
    behavior: (storeId: string, r?: ReportRange) =>
      call<BehaviorReport>('GET', `${store(storeId)}/analytics/behavior${qs(r)}`),
    tenantSales: (r?: ReportRange) => call<TenantSalesReport>('GET', `/api/analytics/sales${qs(r)}`),
    tenantProductSales: (r?: ReportRange) =>
      call<Window & { data: ProductSales[] }>('GET', `/api/analytics/sales/products${qs(r)}`),
    inventory: (r?: ReportRange) =>
      call<Window & { days: number; data: InventoryVelocity[] }>('GET', `/api/analytics/inventory${qs(r)}`),
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
