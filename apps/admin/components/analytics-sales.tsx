'use client';
// Sales: this period against the previous one of equal length (cards), then per store (all
// stores) or per day/week/month (one store) as a chart with its table, then products and categories.
import type { ProductSales, SalesFigures, SalesReport, TenantSalesReport } from '@ventory/sdk';
import { change, lengthInDays, useReport } from '@/lib/analytics';
import type { Column } from '@/lib/csv';
import { toCents } from '@/lib/csv';
import { useSession } from '@/lib/session';
import { BarsChart, TrendChart } from './report-chart';
import { ReportTable, shown } from './report-view';
import { States } from './ui';

type Range = { from: string; to: string };
const EMPTY = 'No orders in this period.';
const pct = (v: number | null) =>
  v === null ? 'new' : `${v >= 0 ? '+' : '−'}${Math.abs(v * 100).toFixed(1)} %`;
const file = (name: string, r: Range) => `${name}-${r.from}-to-${r.to}.csv`;
const label = (v: string, currency: string) => `${currency} ${shown('money', v)}`;

const CARDS: Array<{ label: string; kind: 'money' | 'count'; value: (f: SalesFigures) => string | number }> =
  [
    { label: 'Net sales', kind: 'money', value: (f) => f.netSales },
    { label: 'Total revenue', kind: 'money', value: (f) => f.totalRevenue },
    { label: 'Orders', kind: 'count', value: (f) => f.orders },
    { label: 'Average order value', kind: 'money', value: (f) => f.averageOrderValue },
    { label: 'Gross profit', kind: 'money', value: (f) => f.grossProfit },
    { label: 'Refunds', kind: 'money', value: (f) => f.refunds },
  ];

/** The headline figures with the previous period's and the change, all as text. */
function Comparison({
  now,
  before,
  currency,
  previous,
}: {
  now: SalesFigures;
  before?: SalesFigures;
  currency: string;
  previous: Range;
}) {
  return (
    <section aria-labelledby="compare-h">
      <h2 id="compare-h">
        This period against {previous.from} to {previous.to}
      </h2>
      <ul className="cards kpis">
        {CARDS.map((c) => {
          const v = c.value(now);
          const b = before ? c.value(before) : null;
          const fmt = (x: string | number) =>
            c.kind === 'money' ? label(String(x), currency) : shown('count', x);
          return (
            <li key={c.label} className="card">
              <h3>{c.label}</h3>
              <p className="big">{fmt(v)}</p>
              {c.label === 'Gross profit' && now.unitsWithoutCost > 0 ? (
                <p className="muted">
                  {now.unitsWithoutCost} {now.unitsWithoutCost === 1 ? 'unit has' : 'units have'} no cost
                  price (counted as all profit).
                </p>
              ) : null}
              <p className="muted">
                Previous: {b === null ? '…' : fmt(b)}
                {b === null ? null : <> · Change: {pct(change(Number(v), Number(b)))}</>}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const money = <R,>(label: string, value: (r: R) => string | null): Column<R> => ({
  label,
  kind: 'money',
  value,
});
const count = <R,>(label: string, value: (r: R) => number): Column<R> => ({ label, kind: 'count', value });

type StoreRow = SalesFigures & { storeName: string; currency: string; previousNetSales: string | null };
const storeColumns: Column<StoreRow>[] = [
  { label: 'Store', kind: 'text', value: (r) => r.storeName },
  { label: 'Currency', kind: 'text', value: (r) => r.currency },
  count('Orders', (r) => r.orders),
  count('Units', (r) => r.units),
  money('Net sales', (r) => r.netSales),
  money('Previous net sales', (r) => r.previousNetSales),
  {
    label: 'Change',
    kind: 'text',
    value: (r) =>
      r.previousNetSales === null ? null : pct(change(Number(r.netSales), Number(r.previousNetSales))),
  },
  money('Shipping', (r) => r.shipping),
  money('Tax', (r) => r.tax),
  money('Total revenue', (r) => r.totalRevenue),
  money('Refunds', (r) => r.refunds),
  money('Gross profit', (r) => r.grossProfit),
];

/** Every store's row, then one "All stores" row per currency (amounts are never added across currencies). */
function storeRows(now: TenantSalesReport, prev?: TenantSalesReport): StoreRow[] {
  const prevOf = (id: string) => prev?.stores.find((s) => s.storeId === id)?.netSales ?? (prev ? '0' : null);
  const prevTotal = (c: string) =>
    prev?.totals.find((t) => t.currency === c)?.netSales ?? (prev ? '0' : null);
  return [
    ...now.stores.map((s) => ({ ...s, previousNetSales: prevOf(s.storeId) })),
    ...now.totals.map((t) => ({
      ...t,
      storeName: `All stores (${t.currency})`,
      previousNetSales: prevTotal(t.currency),
    })),
  ];
}

export function AllStoresSales({ range }: { range: Range }) {
  const { client } = useSession();
  const r = useReport(['tenant-sales'], range, (q) => client.analytics.tenantSales(q), true);
  const products = useReport(['tenant-products'], range, (q) =>
    client.analytics.tenantProductSales({ ...q, limit: 20 }),
  );
  return (
    <States query={r.now} empty={EMPTY} isEmpty={(d) => d.totals.every((t) => t.orders === 0)}>
      {(d) => {
        const first = d.totals[0];
        const rows = storeRows(d, r.prev.data);
        return (
          <>
            {first ? (
              <Comparison
                now={first}
                before={
                  r.prev.data?.totals.find((t) => t.currency === first.currency) ??
                  (r.prev.data ? zero : undefined)
                }
                currency={first.currency}
                previous={r.before}
              />
            ) : null}
            <section aria-labelledby="by-store-h">
              <h2 id="by-store-h">Sales by store</h2>
              <BarsChart
                title="Net sales by store"
                points={d.stores.map((s) => ({
                  name: s.storeName,
                  value: Number(s.netSales),
                  label: label(s.netSales, s.currency),
                }))}
              />
              <ReportTable
                caption={`Sales by store, ${range.from} to ${range.to}`}
                columns={storeColumns}
                rows={rows}
                filename={file('sales-by-store', range)}
              />
            </section>
            <ProductSection query={products.now} range={range} />
          </>
        );
      }}
    </States>
  );
}

const zero: SalesFigures = {
  orders: 0,
  units: 0,
  refundedUnits: 0,
  grossSales: '0',
  discounts: '0',
  netSales: '0',
  shipping: '0',
  tax: '0',
  totalRevenue: '0',
  refunds: '0',
  refundCount: 0,
  netRevenue: '0',
  averageOrderValue: '0',
  averageUnitsPerOrder: 0,
  costOfGoods: '0',
  grossProfit: '0',
  grossMargin: 0,
  unitsWithoutCost: 0,
};

type PeriodRow = SalesFigures & { period: string };
const periodColumns: Column<PeriodRow>[] = [
  { label: 'Period', kind: 'text', value: (r) => r.period },
  count('Orders', (r) => r.orders),
  count('Units', (r) => r.units),
  money('Net sales', (r) => r.netSales),
  money('Shipping', (r) => r.shipping),
  money('Tax', (r) => r.tax),
  money('Total revenue', (r) => r.totalRevenue),
  money('Refunds', (r) => r.refunds),
  money('Cost of goods', (r) => r.costOfGoods),
  money('Gross profit', (r) => r.grossProfit),
  { label: 'Gross margin', kind: 'rate', value: (r) => r.grossMargin },
];

const interval = (range: Range) => {
  const days = lengthInDays(range);
  return days > 120 ? 'month' : days > 31 ? 'week' : 'day';
};

export function StoreSales({
  storeId,
  storeName,
  range,
}: {
  storeId: string;
  storeName: string;
  range: Range;
}) {
  const { client } = useSession();
  const every = interval(range);
  const r = useReport(
    ['sales', storeId, every],
    range,
    (q) => client.analytics.sales(storeId, { ...q, interval: every }),
    true,
  );
  const products = useReport(['products', storeId], range, (q) =>
    client.analytics.productSales(storeId, { ...q, limit: 20 }),
  );
  const categories = useReport(['categories', storeId], range, (q) =>
    client.analytics.categorySales(storeId, q),
  );
  return (
    <States query={r.now} empty={EMPTY} isEmpty={(d) => d.totals.orders === 0}>
      {(d: SalesReport) => {
        const rows: PeriodRow[] = [...d.series, { ...d.totals, period: 'Total' }];
        return (
          <>
            <Comparison
              now={d.totals}
              before={r.prev.data?.totals}
              currency={d.currency}
              previous={r.before}
            />
            <section aria-labelledby="by-period-h">
              <h2 id="by-period-h">
                Sales of {storeName} by {every}
              </h2>
              <TrendChart
                title={`Net sales of ${storeName} by ${every}`}
                points={d.series.map((s) => ({
                  name: s.period.slice(0, 10),
                  value: Number(s.netSales),
                  label: toCents(s.netSales),
                }))}
              />
              <ReportTable
                caption={`Sales of ${storeName} by ${every} (${d.currency}), ${range.from} to ${range.to}`}
                columns={periodColumns}
                rows={rows}
                filename={file(`sales-${every}`, range)}
              />
            </section>
            <ProductSection query={products.now} range={range} />
            <CategorySection query={categories.now} range={range} currency={d.currency} />
          </>
        );
      }}
    </States>
  );
}

const productColumns: Column<ProductSales>[] = [
  { label: 'Product', kind: 'text', value: (r) => r.title },
  { label: 'SKU', kind: 'text', value: (r) => r.sku },
  { label: 'Currency', kind: 'text', value: (r) => r.currency },
  count('Orders', (r) => r.orders),
  count('Units', (r) => r.units),
  count('Refunded units', (r) => r.refundedUnits),
  money('Net sales', (r) => r.netSales),
  money('Cost of goods', (r) => r.costOfGoods),
  money('Gross profit', (r) => r.grossProfit),
];

type Query<T> = Parameters<typeof States<T>>[0]['query'];

function ProductSection({ query, range }: { query: Query<{ data: ProductSales[] }>; range: Range }) {
  return (
    <section aria-labelledby="by-product-h">
      <h2 id="by-product-h">Sales by product</h2>
      <States query={query} empty={EMPTY} isEmpty={(d) => d.data.length === 0}>
        {(d) => (
          <>
            <BarsChart
              title="Net sales by product (best sellers)"
              points={d.data.slice(0, 10).map((p) => ({
                name: p.title,
                value: Number(p.netSales),
                label: label(p.netSales, p.currency),
              }))}
            />
            <ReportTable
              caption={`Sales by product, ${range.from} to ${range.to}`}
              columns={productColumns}
              rows={d.data}
              filename={file('sales-by-product', range)}
            />
          </>
        )}
      </States>
    </section>
  );
}

type CategoryRow = {
  name: string | null;
  orders: number;
  units: number;
  netSales: string;
  costOfGoods: string;
  grossProfit: string;
};
const categoryColumns: Column<CategoryRow>[] = [
  { label: 'Category', kind: 'text', value: (r) => r.name ?? 'Uncategorised' },
  count('Orders', (r) => r.orders),
  count('Units', (r) => r.units),
  money('Net sales', (r) => r.netSales),
  money('Cost of goods', (r) => r.costOfGoods),
  money('Gross profit', (r) => r.grossProfit),
];

function CategorySection({
  query,
  range,
  currency,
}: {
  query: Query<{ data: CategoryRow[] }>;
  range: Range;
  currency: string;
}) {
  return (
    <section aria-labelledby="by-category-h">
      <h2 id="by-category-h">Sales by category</h2>
      <States query={query} empty={EMPTY} isEmpty={(d) => d.data.length === 0}>
        {(d) => (
          <ReportTable
            caption={`Sales by category (${currency}), ${range.from} to ${range.to}`}
            columns={categoryColumns}
            rows={d.data}
            filename={file('sales-by-category', range)}
          />
        )}
      </States>
    </section>
  );
}
