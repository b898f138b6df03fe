import { fromMinor } from '../../platform/money.ts';
import type { Range } from './analytics.validators.ts';
import type { ProductSalesRow, SalesRow } from './sales.repository.ts';
import { ratio } from './stats.ts';

/** Integer division rounded half-up (amounts are never negative here). */
export const divHalfUp = (a: number, b: number) => (b === 0 ? 0 : Math.floor((2 * a + b) / (2 * b)));

export const zeroSales = (): SalesRow => ({
  orders: 0,
  units: 0,
  refundedUnits: 0,
  grossMinor: 0,
  discountMinor: 0,
  shippingMinor: 0,
  taxMinor: 0,
  totalMinor: 0,
  refundMinor: 0,
  refundCount: 0,
  cogsMinor: 0,
  unitsWithoutCost: 0,
});

/** Adds aggregate rows field by field (integers: exact). */
export function addSales(rows: SalesRow[]): SalesRow {
  const sum = zeroSales();
  for (const r of rows) for (const k of Object.keys(sum) as (keyof SalesRow)[]) sum[k] += Number(r[k]);
  return sum;
}

/**
 * The sales figures of a period, store or total. netSales = grossSales − discounts (merchandise);
 * totalRevenue = what customers paid (net sales + shipping + tax); netRevenue = totalRevenue −
 * refunds; grossProfit = netSales − costOfGoods (at the products' current `cost`).
 */
export function salesFigures(r: SalesRow, currency: string) {
  const m = (minor: number) => fromMinor(minor, currency);
  const netSales = r.grossMinor - r.discountMinor;
  const profit = netSales - r.cogsMinor;
  return {
    orders: r.orders,
    units: r.units,
    refundedUnits: r.refundedUnits,
    grossSales: m(r.grossMinor),
    discounts: m(r.discountMinor),
    netSales: m(netSales),
    shipping: m(r.shippingMinor),
    tax: m(r.taxMinor),
    totalRevenue: m(r.totalMinor),
    refunds: m(r.refundMinor),
    refundCount: r.refundCount,
    netRevenue: m(r.totalMinor - r.refundMinor),
    averageOrderValue: m(divHalfUp(r.totalMinor, r.orders)),
    averageUnitsPerOrder: r.orders === 0 ? 0 : Math.round((r.units / r.orders) * 100) / 100,
    costOfGoods: m(r.cogsMinor),
    grossProfit: m(profit),
    grossMargin: ratio(profit, netSales),
    unitsWithoutCost: r.unitsWithoutCost,
  };
}
export type SalesFigures = ReturnType<typeof salesFigures>;

export const window = (range: Range) => ({
  from: range.from.toISOString(),
  to: range.to.toISOString(),
  interval: range.interval,
});

export function productSalesDto(r: ProductSalesRow) {
  const m = (minor: number) => fromMinor(minor, r.currency.trim());
  return {
    listingId: r.listingId,
    productId: r.productId,
    title: r.title,
    sku: r.sku,
    currency: r.currency.trim(),
    orders: r.orders,
    units: r.units,
    refundedUnits: r.refundedUnits,
    netSales: m(r.netSalesMinor),
    costOfGoods: r.cogsMinor === null ? null : m(r.cogsMinor),
    grossProfit: r.cogsMinor === null ? null : m(r.netSalesMinor - r.cogsMinor),
  };
}
