'use client';
// The reports beside sales, each a chart (when one helps) over its table and CSV: the conversion
// funnel with cart abandonment, customers (acquisition, cohorts, retention, lifetime value), listings bought
// together, inventory velocity (all stores), searches with zero results, fulfilment time, forecast.
import type { AffinityPair, InventoryVelocity } from '@ventory/sdk';
import type { ReportKey } from '@/lib/analytics';
import { useReport } from '@/lib/analytics';
import type { Column } from '@/lib/csv';
import { toCents } from '@/lib/csv';
import { useSession } from '@/lib/session';
import { CohortGrid } from './cohort-grid';
import { BarsChart, TrendChart } from './report-chart';
import { ReportTable, shown } from './report-view';
import { States } from './ui';

type Range = { from: string; to: string };
type Props = { range: Range; storeId: string; storeName: string };
type Fact = { figure: string; kind: Column<unknown>['kind']; value: string | number | null };
const facts: Column<Fact>[] = [
  { label: 'Figure', kind: 'text', value: (r) => r.figure },
  { label: 'Value', kind: 'text', value: (r) => (r.value === null ? null : shown(r.kind, r.value)) },
];
const file = (name: string, r: Range) => `${name}-${r.from}-to-${r.to}.csv`;
const span = (r: Range) => `${r.from} to ${r.to}`;

/** Reports that cover every store (inventory is shared by the stores). */
export const TENANT_WIDE: ReportKey[] = ['inventory'];

export function OtherReport({ report, ...p }: Props & { report: ReportKey }) {
  switch (report) {
    case 'funnel':
      return <Funnel {...p} />;
    case 'customers':
      return <Customers {...p} />;
    case 'affinity':
      return <Affinity {...p} />;
    case 'inventory':
      return <Inventory range={p.range} />;
    case 'searches':
      return <Searches {...p} />;
    case 'fulfilment':
      return <Fulfilment {...p} />;
    case 'forecast':
      return <Forecast {...p} />;
    default:
      return null;
  }
}

function Funnel({ range, storeId, storeName }: Props) {
  const { client } = useSession();
  const r = useReport(['funnel', storeId], range, (q) => client.analytics.funnel(storeId, q));
  return (
    <States
      query={r.now}
      empty="No carts in this period."
      isEmpty={(d) => d.steps.every((s) => s.count === 0)}
    >
      {(d) => {
        const a = d.abandonment;
        const rows: Fact[] = [
          { figure: 'Cart to order', kind: 'rate', value: d.cartToOrderRate },
          { figure: 'Checkout to order', kind: 'rate', value: d.checkoutToOrderRate },
          { figure: 'Cart abandonment', kind: 'rate', value: d.cartAbandonmentRate },
          { figure: 'Checkout abandonment', kind: 'rate', value: d.checkoutAbandonmentRate },
          { figure: 'Abandoned carts', kind: 'count', value: a.abandonedCarts },
          { figure: `Abandoned value (${d.currency})`, kind: 'money', value: a.abandonedValue },
          { figure: 'Reminders sent', kind: 'count', value: a.remindersSent },
          { figure: 'Recovered carts', kind: 'count', value: a.recoveredCarts },
          { figure: `Recovered revenue (${d.currency})`, kind: 'money', value: a.recoveredRevenue },
          { figure: 'Recovery rate', kind: 'rate', value: a.recoveryRate },
        ];
        return (
          <>
            <BarsChart
              title={`Conversion funnel of ${storeName}`}
              points={d.steps.map((s) => ({ name: s.step, value: s.count, label: shown('count', s.count) }))}
            />
            <ReportTable
              caption={`Funnel steps of ${storeName}, ${span(range)}`}
              columns={[
                { label: 'Step', kind: 'text', value: (s) => s.step },
                { label: 'Count', kind: 'count', value: (s) => s.count },
              ]}
              rows={d.steps}
              filename={file('funnel', range)}
            />
            <ReportTable
              caption={`Conversion and cart abandonment of ${storeName}, ${span(range)}`}
              columns={facts}
              rows={rows}
              filename={file('abandonment', range)}
            />
          </>
        );
      }}
    </States>
  );
}

function Customers({ range, storeId, storeName }: Props) {
  const { client } = useSession();
  const r = useReport(['customers', storeId], range, (q) => client.analytics.customers(storeId, q));
  return (
    <States
      query={r.now}
      empty="No orders in this period."
      isEmpty={(d) => d.buyers === 0 && d.acquisition.every((a) => a.signups === 0)}
    >
      {(d) => {
        const rows: Fact[] = [
          { figure: 'Buyers', kind: 'count', value: d.buyers },
          { figure: 'New buyers', kind: 'count', value: d.newBuyers },
          { figure: 'Returning buyers', kind: 'count', value: d.returningBuyers },
          { figure: 'Repeat rate', kind: 'rate', value: d.repeatRate },
          { figure: 'Retained from the previous period', kind: 'count', value: d.retention.retained },
          { figure: 'Retention rate', kind: 'rate', value: d.retention.rate },
          {
            figure: `Average lifetime value (${d.currency})`,
            kind: 'money',
            value: d.lifetime.averageLifetimeValue,
          },
          {
            figure: `Average order value (${d.currency})`,
            kind: 'money',
            value: d.lifetime.averageOrderValue,
          },
          { figure: 'Orders per customer', kind: 'number', value: d.lifetime.purchaseFrequency },
        ];
        return (
          <>
            <ReportTable
              caption={`Customers of ${storeName}, ${span(range)}`}
              columns={facts}
              rows={rows}
              filename={file('customers', range)}
            />
            <TrendChart
              title="First-time buyers per day"
              points={d.acquisition.map((a) => ({
                name: a.period.slice(0, 10),
                value: a.firstTimeBuyers,
                label: String(a.firstTimeBuyers),
              }))}
            />
            <ReportTable
              caption={`Acquisition of ${storeName} per period`}
              columns={[
                { label: 'Period', kind: 'text', value: (a) => a.period.slice(0, 10) },
                { label: 'First-time buyers', kind: 'count', value: (a) => a.firstTimeBuyers },
                { label: 'Sign-ups', kind: 'count', value: (a) => a.signups },
              ]}
              rows={d.acquisition}
              filename={file('acquisition', range)}
            />
            <CohortGrid range={range} storeId={storeId} storeName={storeName} />
            <ReportTable
              caption={`Top customers of ${storeName} by lifetime value (${d.currency})`}
              columns={[
                { label: 'Customer', kind: 'text', value: (c) => c.email ?? 'Guest' },
                { label: 'Orders', kind: 'count', value: (c) => c.orders },
                { label: 'Lifetime value', kind: 'money', value: (c) => c.lifetimeValue },
                { label: 'First order', kind: 'text', value: (c) => c.firstOrderAt.slice(0, 10) },
                { label: 'Last order', kind: 'text', value: (c) => c.lastOrderAt.slice(0, 10) },
              ]}
              rows={d.topCustomers}
              filename={file('top-customers', range)}
            />
          </>
        );
      }}
    </States>
  );
}

const affinityColumns: Column<AffinityPair>[] = [
  { label: 'Product', kind: 'text', value: (p) => p.listingA.title },
  { label: 'Bought with', kind: 'text', value: (p) => p.listingB.title },
  { label: 'Orders with both', kind: 'count', value: (p) => p.orders },
  { label: 'Support', kind: 'rate', value: (p) => p.support },
  { label: 'Confidence A→B', kind: 'rate', value: (p) => p.confidenceAtoB },
  { label: 'Lift', kind: 'number', value: (p) => p.lift },
];

function Affinity({ range, storeId, storeName }: Props) {
  const { client } = useSession();
  const r = useReport(['affinity', storeId], range, (q) => client.analytics.affinity(storeId, q));
  return (
    <States
      query={r.now}
      empty="No orders with two or more products in this period."
      isEmpty={(d) => d.data.length === 0}
    >
      {(d) => (
        <ReportTable
          caption={`Products bought together at ${storeName}, ${span(range)}`}
          columns={affinityColumns}
          rows={d.data}
          filename={file('bought-together', range)}
        />
      )}
    </States>
  );
}

const inventoryColumns: Column<InventoryVelocity>[] = [
  { label: 'Product', kind: 'text', value: (v) => v.name },
  { label: 'SKU', kind: 'text', value: (v) => v.sku },
  { label: 'Units sold', kind: 'count', value: (v) => v.unitsSold },
  { label: 'Units per day', kind: 'number', value: (v) => v.unitsPerDay },
  { label: 'On hand', kind: 'count', value: (v) => v.onHand },
  { label: 'Turnover', kind: 'number', value: (v) => v.turnover },
  { label: 'Days of cover', kind: 'number', value: (v) => v.daysOfCover },
  { label: 'Sell-through', kind: 'rate', value: (v) => v.sellThroughRate },
];

function Inventory({ range }: { range: Range }) {
  const { client } = useSession();
  const r = useReport(['inventory'], range, (q) => client.analytics.inventory(q));
  return (
    <States
      query={r.now}
      empty="No products with stock or sales in this period."
      isEmpty={(d) => d.data.length === 0}
    >
      {(d) => (
        <>
          <BarsChart
            title="Units sold per day, all stores"
            points={d.data
              .slice(0, 10)
              .map((v) => ({ name: v.name, value: v.unitsPerDay, label: shown('number', v.unitsPerDay) }))}
          />
          <ReportTable
            caption={`Inventory turnover and velocity, all stores, ${span(range)}`}
            columns={inventoryColumns}
            rows={d.data}
            filename={file('inventory-velocity', range)}
          />
        </>
      )}
    </States>
  );
}

type Search = { query: string; searches: number; zeroResults: number; lastResultCount: number };
const searchColumns: Column<Search>[] = [
  { label: 'Search', kind: 'text', value: (s) => s.query },
  { label: 'Searches', kind: 'count', value: (s) => s.searches },
  { label: 'With no results', kind: 'count', value: (s) => s.zeroResults },
  { label: 'Results last time', kind: 'count', value: (s) => s.lastResultCount },
];

function Searches({ range, storeId, storeName }: Props) {
  const { client } = useSession();
  const r = useReport(['behavior', storeId], range, (q) => client.analytics.behavior(storeId, q));
  return (
    <States query={r.now} empty="No searches in this period." isEmpty={(d) => d.searches.length === 0}>
      {(d) => {
        const zero = d.searches.filter((s) => s.zeroResults > 0);
        return (
          <>
            <ReportTable
              caption={`Searches with no results at ${storeName}, ${span(range)}`}
              columns={searchColumns}
              rows={zero}
              filename={file('searches-zero-results', range)}
            />
            <ReportTable
              caption={`All searches at ${storeName}, ${span(range)}`}
              columns={searchColumns}
              rows={d.searches}
              filename={file('searches', range)}
            />
          </>
        );
      }}
    </States>
  );
}

function Fulfilment({ range, storeId, storeName }: Props) {
  const { client } = useSession();
  const r = useReport(['fulfillment', storeId], range, (q) => client.analytics.fulfillment(storeId, q));
  return (
    <States query={r.now} empty="No orders in this period." isEmpty={(d) => d.orders === 0}>
      {(d) => {
        const rows: Fact[] = [
          { figure: 'Orders', kind: 'count', value: d.orders },
          { figure: 'Shipped', kind: 'count', value: d.shippedOrders },
          { figure: 'Delivered', kind: 'count', value: d.deliveredOrders },
          { figure: 'Shipped share', kind: 'rate', value: d.shippedRate },
          { figure: 'Hours to ship, average', kind: 'number', value: d.avgHoursToShip },
          { figure: 'Hours to ship, median', kind: 'number', value: d.medianHoursToShip },
          { figure: 'Hours to ship, 90th percentile', kind: 'number', value: d.p90HoursToShip },
          { figure: 'Shipped within 24 hours', kind: 'count', value: d.shippedWithin24h },
          { figure: 'Shipped within 48 hours', kind: 'count', value: d.shippedWithin48h },
          { figure: 'Hours in transit, average', kind: 'number', value: d.avgHoursInTransit },
          { figure: 'Not shipped after 48 hours', kind: 'count', value: d.unshippedOlderThan48h },
        ];
        return (
          <ReportTable
            caption={`Fulfilment time at ${storeName}, ${span(range)}`}
            columns={facts}
            rows={rows}
            filename={file('fulfilment', range)}
          />
        );
      }}
    </States>
  );
}

type Day = { day: string; revenue: string; kind: string };
function Forecast({ range, storeId, storeName }: Props) {
  const { client } = useSession();
  const r = useReport(['forecast', storeId], range, (q) =>
    client.analytics.forecast(storeId, { ...q, horizon: 14 }),
  );
  return (
    <States
      query={r.now}
      empty="No orders in this period."
      isEmpty={(d) => d.history.every((h) => Number(h.revenue) === 0)}
    >
      {(d) => {
        const rows: Day[] = [
          ...d.history.map((h) => ({ ...h, kind: 'Actual' })),
          ...d.forecast.map((h) => ({ ...h, kind: 'Forecast' })),
        ];
        return (
          <>
            <p>
              Next {d.forecast.length} days: {d.currency} {shown('money', d.forecastTotal)} (linear trend,{' '}
              {toCents(d.slopePerDay)} per day
              {d.r2 === null ? '' : `, R² ${d.r2.toFixed(2)}`}).
            </p>
            <TrendChart
              title={`Daily revenue of ${storeName}, then the forecast (dashed)`}
              points={rows.map((x) => ({
                name: x.day.slice(0, 10),
                value: Number(x.revenue),
                label: toCents(x.revenue),
              }))}
              dashedFrom={d.history.length - 1}
            />
            <ReportTable
              caption={`Daily revenue and forecast of ${storeName} (${d.currency})`}
              columns={[
                { label: 'Day', kind: 'text', value: (x) => x.day.slice(0, 10) },
                { label: 'Kind', kind: 'text', value: (x) => x.kind },
                { label: 'Revenue', kind: 'money', value: (x) => x.revenue },
              ]}
              rows={rows}
              filename={file('forecast', range)}
            />
          </>
        );
      }}
    </States>
  );
}
