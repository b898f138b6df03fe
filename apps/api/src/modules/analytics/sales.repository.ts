import { type RawBuilder, sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import type { Interval, Range } from './analytics.validators.ts';

/**
 * Sales aggregates over the checkout module's `orders` / `order_items`, the fulfilment module's
 * `refunds` and the inventory's product `cost` (read only). An order counts from the moment it is
 * placed, unless its payment failed or it was canceled before any money was taken; money given back
 * later is a refund, dated when it was given (as accounting books it).
 */
export type SalesRow = {
  orders: number;
  units: number;
  refundedUnits: number;
  grossMinor: number;
  discountMinor: number;
  shippingMinor: number;
  taxMinor: number;
  totalMinor: number;
  refundMinor: number;
  refundCount: number;
  cogsMinor: number;
  unitsWithoutCost: number;
};

const COUNTED = sql`o.payment_status <> 'FAILED' and not (o.status = 'CANCELED' and o.payment_status = 'PENDING')`;
export const countedOrder = COUNTED;

/** `o.store_id = …` for one store, or every store of the tenant (RLS keeps it to the tenant). */
export const storeScope = (alias: string, storeId: string | null) =>
  storeId ? sql`${sql.ref(`${alias}.store_id`)} = ${storeId}::uuid` : sql`true`;

const bucket = (interval: Interval, column: string) =>
  sql`date_trunc(${sql.lit(interval)}, ${sql.ref(column)} at time zone 'UTC')`;

/** The order, item and refund aggregates, grouped by `key(alias)`, as CTEs `oa`, `ia`, `ra`. */
function aggregates(storeId: string | null, range: Range, key: (alias: string) => RawBuilder<unknown>) {
  return sql`
    o as (
      select o.id, o.subtotal_minor, o.discount_minor, o.shipping_minor, o.tax_minor, o.total_minor,
             ${key('o')} as k
        from orders o
       where ${storeScope('o', storeId)} and o.created_at >= ${range.from} and o.created_at < ${range.to}
         and ${COUNTED}
    ),
    oa as (
      select k, count(*) as orders, sum(subtotal_minor)::bigint as gross_minor,
             sum(discount_minor)::bigint as discount_minor, sum(shipping_minor)::bigint as shipping_minor,
             sum(tax_minor)::bigint as tax_minor, sum(total_minor)::bigint as total_minor
        from o group by k
    ),
    ia as (
      select o.k, sum(i.quantity)::bigint as units, sum(i.quantity_refunded)::bigint as refunded_units,
             coalesce(sum(i.quantity::bigint * p.cost_minor), 0)::bigint as cogs_minor,
             sum(case when p.cost_minor is null then i.quantity else 0 end)::bigint as units_without_cost
        from o join order_items i on i.order_id = o.id
        left join products p on p.id = i.product_id
       group by o.k
    ),
    ra as (
      select ${key('r')} as k, count(*) as refund_count, sum(r.amount_minor)::bigint as refund_minor
        from refunds r
       where ${storeScope('r', storeId)} and r.created_at >= ${range.from} and r.created_at < ${range.to}
       group by 1
    )`;
}

const METRICS = sql`
  coalesce(oa.orders, 0)::int as orders, coalesce(ia.units, 0)::bigint as units,
  coalesce(ia.refunded_units, 0)::bigint as refunded_units,
  coalesce(oa.gross_minor, 0)::bigint as gross_minor, coalesce(oa.discount_minor, 0)::bigint as discount_minor,
  coalesce(oa.shipping_minor, 0)::bigint as shipping_minor, coalesce(oa.tax_minor, 0)::bigint as tax_minor,
  coalesce(oa.total_minor, 0)::bigint as total_minor, coalesce(ra.refund_minor, 0)::bigint as refund_minor,
  coalesce(ra.refund_count, 0)::int as refund_count, coalesce(ia.cogs_minor, 0)::bigint as cogs_minor,
  coalesce(ia.units_without_cost, 0)::bigint as units_without_cost`;

/** One row per period of the range (empty periods included), for one store. */
export async function salesByPeriod(tx: TenantTx, storeId: string, range: Range) {
  const step = `1 ${range.interval}`;
  const { rows } = await sql<SalesRow & { period: Date }>`
    with ${aggregates(storeId, range, (a) => bucket(range.interval, `${a}.created_at`))}
    select s.k at time zone 'UTC' as period, ${METRICS}
      from generate_series(date_trunc(${sql.lit(range.interval)}, ${range.from}::timestamptz at time zone 'UTC'),
                           (${range.to}::timestamptz at time zone 'UTC') - interval '1 microsecond',
                           ${step}::interval) as s(k)
      left join oa on oa.k = s.k left join ia on ia.k = s.k left join ra on ra.k = s.k
     order by s.k`.execute(tx);
  return rows;
}

/** One row per store of the tenant (stores without sales included). */
export async function salesByStore(tx: TenantTx, range: Range) {
  const { rows } = await sql<SalesRow & { storeId: string; storeName: string; currency: string }>`
    with ${aggregates(null, range, (a) => sql.ref(`${a}.store_id`))}
    select s.id as store_id, s.name as store_name, s.currency, ${METRICS}
      from stores s
      left join oa on oa.k = s.id left join ia on ia.k = s.id left join ra on ra.k = s.id
     order by coalesce(oa.total_minor, 0) desc, s.name`.execute(tx);
  return rows;
}

export type ProductSalesRow = {
  listingId: string | null;
  productId: string | null;
  title: string;
  sku: string | null;
  currency: string;
  orders: number;
  units: number;
  refundedUnits: number;
  netSalesMinor: number;
  cogsMinor: number | null;
};

/** Best sellers: per listing for one store, per inventory product tenant-wide (per currency). */
export async function salesByProduct(tx: TenantTx, storeId: string | null, range: Range) {
  const group = storeId ? sql`i.listing_id, i.product_id, o.currency` : sql`i.product_id, o.currency`;
  const listing = storeId ? sql`i.listing_id` : sql`null::uuid`;
  const { rows } = await sql<ProductSalesRow>`
    select ${listing} as listing_id, i.product_id, max(i.title) as title, max(i.sku) as sku, o.currency,
           count(distinct o.id)::int as orders, sum(i.quantity)::bigint as units,
           sum(i.quantity_refunded)::bigint as refunded_units,
           sum(i.subtotal_minor - i.discount_minor)::bigint as net_sales_minor,
           case when bool_and(p.cost_minor is not null) then sum(i.quantity::bigint * p.cost_minor)::bigint end as cogs_minor
      from orders o join order_items i on i.order_id = o.id
      left join products p on p.id = i.product_id
     where ${storeScope('o', storeId)} and o.created_at >= ${range.from} and o.created_at < ${range.to} and ${COUNTED}
     group by ${group}
     order by net_sales_minor desc, units desc, title
     limit ${range.limit}`.execute(tx);
  return rows;
}

export type CategorySalesRow = {
  categoryId: string | null;
  name: string | null;
  orders: number;
  units: number;
  netSalesMinor: number;
  cogsMinor: number;
};

/**
 * Sales per category of one store, through each sold listing's current categories. A listing in
 * two categories counts in both (so rows may add up to more than the store's sales); items whose
 * listing has no category are the `categoryId: null` row.
 */
export async function salesByCategory(tx: TenantTx, storeId: string, range: Range) {
  const { rows } = await sql<CategorySalesRow>`
    with items as (
      select o.id as order_id, i.quantity, i.subtotal_minor - i.discount_minor as net_minor,
             i.quantity::bigint * coalesce(p.cost_minor, 0) as cogs_minor,
             coalesce(nullif(pl.category_ids, '{}'), array[null::uuid]) as category_ids
        from orders o join order_items i on i.order_id = o.id
        left join product_listings pl on pl.id = i.listing_id
        left join products p on p.id = i.product_id
       where o.store_id = ${storeId}::uuid and o.created_at >= ${range.from} and o.created_at < ${range.to} and ${COUNTED}
    )
    select c.id as category_id, c.name, count(distinct items.order_id)::int as orders,
           sum(items.quantity)::bigint as units, sum(items.net_minor)::bigint as net_sales_minor,
           sum(items.cogs_minor)::bigint as cogs_minor
      from items cross join lateral unnest(items.category_ids) as cat(id)
      left join categories c on c.id = cat.id
     group by c.id, c.name
     order by net_sales_minor desc, c.name nulls last
     limit ${range.limit}`.execute(tx);
  return rows;
}

export type TrendRow = {
  slope: number | null;
  intercept: number | null;
  r2: number | null;
  days: number;
  history: Array<{ day: string; revenue: number }>;
};

/**
 * Daily revenue (counted orders' totals) of one store over the range, empty days as 0, with the
 * least-squares line through it (`regr_slope`/`regr_intercept` over day index 0…n−1).
 */
export async function dailyRevenueTrend(tx: TenantTx, storeId: string, range: Range) {
  const { rows } = await sql<TrendRow>`
    with d as (
      select s.k::date as day, coalesce(sum(o.total_minor), 0)::bigint as revenue
        from generate_series(date_trunc('day', ${range.from}::timestamptz at time zone 'UTC'),
                             (${range.to}::timestamptz at time zone 'UTC') - interval '1 microsecond',
                             interval '1 day') as s(k)
        left join orders o on o.store_id = ${storeId}::uuid and ${COUNTED}
             and o.created_at >= s.k at time zone 'UTC' and o.created_at < (s.k + interval '1 day') at time zone 'UTC'
       group by s.k
    ),
    x as (select (row_number() over (order by day) - 1)::float8 as t, day, revenue from d)
    select regr_slope(revenue, t) as slope, regr_intercept(revenue, t) as intercept, regr_r2(revenue, t) as r2,
           count(*)::int as days,
           json_agg(json_build_object('day', to_char(day, 'YYYY-MM-DD'), 'revenue', revenue) order by day) as history
      from x`.execute(tx);
  return rows[0] as TrendRow;
}
