import type { TenantTx } from '../../platform/db/pool.ts';
import { fromMinor } from '../../platform/money.ts';
import { storeCurrency } from '../tenancy/index.ts';
import { addSales, divHalfUp, productSalesDto, salesFigures, window } from './analytics.dto.ts';
import type { Range } from './analytics.validators.ts';
import * as customers from './customers.repository.ts';
import * as funnel from './funnel.repository.ts';
import * as ops from './operations.repository.ts';
import * as sales from './sales.repository.ts';
import { ratio, round } from './stats.ts';

/** Sales by period for one store, with totals: revenue, orders, AOV, units, refunds, profit. */
export async function salesReport(tx: TenantTx, storeId: string, range: Range) {
  const currency = await storeCurrency(tx, storeId);
  const rows = await sales.salesByPeriod(tx, storeId, range);
  return {
    storeId,
    currency,
    ...window(range),
    totals: salesFigures(addSales(rows), currency),
    series: rows.map((r) => ({ period: r.period.toISOString(), ...salesFigures(r, currency) })),
  };
}

/** Tenant-wide sales by store, and totals per currency (stores may sell in different currencies). */
export async function tenantSalesReport(tx: TenantTx, range: Range) {
  const rows = await sales.salesByStore(tx, range);
  const currencies = [...new Set(rows.map((r) => r.currency.trim()))].sort();
  return {
    ...window(range),
    stores: rows.map((r) => ({
      storeId: r.storeId,
      storeName: r.storeName,
      currency: r.currency.trim(),
      ...salesFigures(r, r.currency.trim()),
    })),
    totals: currencies.map((currency) => ({
      currency,
      ...salesFigures(addSales(rows.filter((r) => r.currency.trim() === currency)), currency),
    })),
  };
}

export async function productSalesReport(tx: TenantTx, storeId: string | null, range: Range) {
  if (storeId) await storeCurrency(tx, storeId);
  const rows = await sales.salesByProduct(tx, storeId, range);
  return { storeId, ...window(range), data: rows.map(productSalesDto) };
}

export async function categorySalesReport(tx: TenantTx, storeId: string, range: Range) {
  const currency = await storeCurrency(tx, storeId);
  const rows = await sales.salesByCategory(tx, storeId, range);
  const m = (minor: number) => fromMinor(minor, currency);
  return {
    storeId,
    currency,
    ...window(range),
    data: rows.map((r) => ({
      categoryId: r.categoryId,
      name: r.name,
      orders: r.orders,
      units: r.units,
      netSales: m(r.netSalesMinor),
      costOfGoods: m(r.cogsMinor),
      grossProfit: m(r.netSalesMinor - r.cogsMinor),
    })),
  };
}

/** Sessions → carts → carts with items → checkouts → orders, and abandonment/recovery. */
export async function funnelReport(tx: TenantTx, storeId: string, range: Range) {
  const currency = await storeCurrency(tx, storeId);
  const f = await funnel.cartFunnel(tx, storeId, range);
  return {
    storeId,
    currency,
    ...window(range),
    steps: [
      { step: 'sessions', count: f.sessions },
      { step: 'carts_created', count: f.cartsCreated },
      { step: 'carts_with_items', count: f.cartsWithItems },
      { step: 'checkouts', count: f.checkouts },
      { step: 'orders', count: f.orders },
    ],
    cartToOrderRate: ratio(f.orders, f.cartsWithItems),
    checkoutToOrderRate: ratio(f.orders, f.checkouts),
    sessionToOrderRate: f.sessions === 0 ? null : ratio(f.orders, f.sessions),
    cartAbandonmentRate: ratio(f.cartsWithItems - f.orders, f.cartsWithItems),
    checkoutAbandonmentRate: ratio(f.checkouts - f.orders, f.checkouts),
    abandonment: {
      abandonedCarts: f.abandoned,
      abandonedValue: fromMinor(f.abandonedValueMinor, currency),
      remindersSent: f.remindersSent,
      recoveredCarts: f.recovered,
      recoveredAndOrdered: f.recoveredConverted,
      recoveredRevenue: fromMinor(f.recoveredRevenueMinor, currency),
      recoveryRate: ratio(f.recovered, f.abandoned),
    },
  };
}

/**
 * Each cohort (buyers whose first order fell in one period of the range) with `active[k]`, how
 * many of them ordered k periods later; `active[0]` is the cohort's size.
 */
function cohortGrid(periods: Date[], rows: customers.CohortRow[]) {
  const index = new Map(periods.map((p, i) => [p.getTime(), i]));
  const grid = new Map<number, number[]>();
  for (const r of rows) {
    const first = index.get(r.cohort.getTime());
    const later = index.get(r.active.getTime());
    if (first === undefined || later === undefined) continue;
    const active = grid.get(first) ?? new Array<number>(periods.length - first).fill(0);
    active[later - first] = r.buyers;
    grid.set(first, active);
  }
  return [...grid.entries()]
    .sort(([a], [b]) => a - b)
    .map(([i, active]) => ({ period: (periods[i] as Date).toISOString(), buyers: active[0] ?? 0, active }));
}

/** Acquisition per period, buyers, repeat rate, retention and historical lifetime value. */
export async function customerReport(tx: TenantTx, storeId: string, range: Range) {
  const currency = await storeCurrency(tx, storeId);
  // One transaction is one connection: the queries run one after the other.
  const series = await customers.acquisition(tx, storeId, range);
  const { summary: s, top } = await customers.customerSummary(tx, storeId, range);
  const cohortRows = await customers.cohorts(tx, storeId, range);
  const m = (minor: number) => fromMinor(minor, currency);
  return {
    storeId,
    currency,
    ...window(range),
    buyers: s.buyers,
    newBuyers: s.newBuyers,
    returningBuyers: s.returningBuyers,
    repeatBuyers: s.repeatBuyers,
    repeatRate: ratio(s.repeatBuyers, s.buyers),
    retention: {
      previousBuyers: s.previousBuyers,
      retained: s.retainedBuyers,
      rate: ratio(s.retainedBuyers, s.previousBuyers),
    },
    lifetime: {
      customers: s.customers,
      orders: s.lifetimeOrders,
      netRevenue: m(s.lifetimeNetMinor),
      averageLifetimeValue: m(divHalfUp(s.lifetimeNetMinor, s.customers)),
      averageOrderValue: m(divHalfUp(s.lifetimeNetMinor, s.lifetimeOrders)),
      purchaseFrequency: s.customers === 0 ? 0 : round(s.lifetimeOrders / s.customers, 2),
    },
    acquisition: series.map((r) => ({
      period: r.period.toISOString(),
      firstTimeBuyers: r.firstTimeBuyers,
      signups: r.signups,
    })),
    cohorts: cohortGrid(
      series.map((r) => r.period),
      cohortRows,
    ),
    topCustomers: top.map((c) => ({
      customerId: c.customerId,
      email: c.email,
      orders: c.orders,
      lifetimeValue: m(c.netMinor),
      firstOrderAt: c.firstOrderAt.toISOString(),
      lastOrderAt: c.lastOrderAt.toISOString(),
    })),
  };
}

/** Listings bought together: support (share of orders), confidence both ways, lift. */
export async function affinityReport(tx: TenantTx, storeId: string, range: Range) {
  await storeCurrency(tx, storeId);
  const rows = await customers.affinity(tx, storeId, range);
  return {
    storeId,
    ...window(range),
    data: rows.map((r) => {
      const support = ratio(r.orders, r.totalOrders);
      return {
        listingA: { id: r.listingA, title: r.titleA },
        listingB: { id: r.listingB, title: r.titleB },
        orders: r.orders,
        support,
        confidenceAtoB: ratio(r.orders, r.ordersA),
        confidenceBtoA: ratio(r.orders, r.ordersB),
        lift: r.ordersA && r.ordersB ? round((r.orders * r.totalOrders) / (r.ordersA * r.ordersB), 4) : 0,
      };
    }),
  };
}

/** Units sold per day against stock: days of cover, turnover over the average on-hand. */
export async function inventoryReport(tx: TenantTx, range: Range) {
  const days = (range.to.getTime() - range.from.getTime()) / 86_400_000;
  const rows = await ops.inventoryVelocity(tx, range);
  return {
    ...window(range),
    days: round(days, 2),
    data: rows.map((r) => {
      const perDay = r.unitsSold / days;
      const avgOnHand = (r.onHandAtStart + r.onHandAtEnd) / 2;
      return {
        productId: r.productId,
        sku: r.sku,
        name: r.name,
        unitsSold: r.unitsSold,
        unitsPerDay: round(perDay, 4),
        onHand: r.onHand,
        available: r.available,
        onHandAtStart: r.onHandAtStart,
        onHandAtEnd: r.onHandAtEnd,
        turnover: avgOnHand === 0 ? null : round(r.unitsSold / avgOnHand, 4),
        daysOfCover: perDay === 0 ? null : round(r.available / perDay, 1),
        sellThroughRate: ratio(r.unitsSold, r.unitsSold + r.onHandAtEnd),
      };
    }),
  };
}

export async function fulfilmentReport(tx: TenantTx, storeId: string, range: Range) {
  await storeCurrency(tx, storeId);
  const f = await ops.fulfilment(tx, storeId, range);
  return { storeId, ...window(range), ...f, shippedRate: ratio(f.shippedOrders, f.orders) };
}

/** Behaviour: events per type, the session funnel, most viewed listings and searches. */
export async function behaviourReport(tx: TenantTx, storeId: string, range: Range) {
  await storeCurrency(tx, storeId);
  const b = await funnel.behaviour(tx, storeId, range);
  const viewed = await funnel.topViewed(tx, storeId, range);
  const searched = await funnel.searches(tx, storeId, range);
  const bySource = await funnel.sources(tx, storeId, range);
  const f = b.funnel;
  return {
    storeId,
    ...window(range),
    events: b.counts,
    funnel: {
      steps: [
        { step: 'sessions', count: f.sessions },
        { step: 'viewed_product', count: f.viewedProduct },
        { step: 'added_to_cart', count: f.addedToCart },
        { step: 'started_checkout', count: f.startedCheckout },
        { step: 'ordered', count: f.ordered },
      ],
      conversionRate: ratio(f.ordered, f.sessions),
    },
    topViewed: viewed.map((v) => ({ ...v, viewToCartRate: ratio(v.addToCarts, v.views) })),
    searches: searched,
    sources: bySource.map((r) => ({ ...r, conversionRate: ratio(r.ordered, r.sessions) })),
  };
}

/**
 * Revenue forecast: the least-squares linear trend of daily revenue over the range, extended
 * `horizon` days past its end (never below zero). A naive model, stated as such: no seasonality.
 */
export async function forecastReport(tx: TenantTx, storeId: string, range: Range, horizon: number) {
  const currency = await storeCurrency(tx, storeId);
  const t = await sales.dailyRevenueTrend(tx, storeId, range);
  const slope = t.slope ?? 0;
  const intercept = t.intercept ?? 0;
  const start = range.to.getTime();
  const forecast = Array.from({ length: horizon }, (_, i) => ({
    day: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
    revenue: Math.max(0, Math.round(intercept + slope * (t.days + i))),
  }));
  return {
    storeId,
    currency,
    ...window(range),
    model: 'linear-trend',
    slopePerDay: fromMinor(Math.round(slope), currency),
    r2: t.r2 === null ? null : round(t.r2, 4),
    history: t.history.map((h) => ({ day: h.day, revenue: fromMinor(Number(h.revenue), currency) })),
    forecast: forecast.map((f) => ({ day: f.day, revenue: fromMinor(f.revenue, currency) })),
    forecastTotal: fromMinor(
      forecast.reduce((n, f) => n + f.revenue, 0),
      currency,
    ),
  };
}
