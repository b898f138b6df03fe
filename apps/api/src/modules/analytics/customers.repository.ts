import { type RawBuilder, sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import type { Range } from './analytics.validators.ts';
import { countedOrder, storeScope } from './sales.repository.ts';

/**
 * A buyer's customer id: the order's, else the store's customer with the order's email (guests get
 * a profile from the customers module, and a guest may register later).
 */
const CUSTOMER = sql`coalesce(o.customer_id, (select c.id from customers c
  where c.store_id = o.store_id and c.email = lower(o.customer_email)))`;
/** A buyer: that customer, else the order's email. */
const BUYER = sql`coalesce(${CUSTOMER}::text, lower(o.customer_email))`;

export type AcquisitionRow = { period: Date; firstTimeBuyers: number; signups: number };

/** New buyers (first counted order ever in the store) and account sign-ups, per period. */
export async function acquisition(tx: TenantTx, storeId: string, range: Range) {
  const { rows } = await sql<AcquisitionRow>`
    with firsts as (
      select ${BUYER} as buyer, min(o.created_at) as first_at from orders o
       where o.store_id = ${storeId}::uuid and ${countedOrder} group by 1
    ),
    f as (select date_trunc(${sql.lit(range.interval)}, first_at at time zone 'UTC') as k, count(*) as n
            from firsts where first_at >= ${range.from} and first_at < ${range.to} group by 1),
    c as (select date_trunc(${sql.lit(range.interval)}, created_at at time zone 'UTC') as k, count(*) as n
            from customers where store_id = ${storeId}::uuid and created_at >= ${range.from}
             and created_at < ${range.to} group by 1)
    select s.k at time zone 'UTC' as period, coalesce(f.n, 0)::int as first_time_buyers, coalesce(c.n, 0)::int as signups
      from generate_series(date_trunc(${sql.lit(range.interval)}, ${range.from}::timestamptz at time zone 'UTC'),
                           (${range.to}::timestamptz at time zone 'UTC') - interval '1 microsecond',
                           ${`1 ${range.interval}`}::interval) as s(k)
      left join f on f.k = s.k left join c on c.k = s.k
     order by s.k`.execute(tx);
  return rows;
}

export type CohortRow = { cohort: Date; active: Date; buyers: number };

/**
 * Cohorts by the period of a buyer's first counted order in the range: per cohort and later
 * period, how many of its buyers ordered in that period (the cohort's own period included).
 */
export async function cohorts(tx: TenantTx, storeId: string, range: Range) {
  const period = (at: RawBuilder<unknown>) =>
    sql`date_trunc(${sql.lit(range.interval)}, ${at} at time zone 'UTC')`;
  const { rows } = await sql<CohortRow>`
    with firsts as (
      select ${BUYER} as buyer, min(o.created_at) as first_at from orders o
       where o.store_id = ${storeId}::uuid and ${countedOrder} and o.created_at < ${range.to} group by 1
    ),
    cohort as (select buyer, ${period(sql`first_at`)} as k from firsts where first_at >= ${range.from}),
    activity as (
      select distinct ${BUYER} as buyer, ${period(sql`o.created_at`)} as k from orders o
       where o.store_id = ${storeId}::uuid and ${countedOrder}
         and o.created_at >= ${range.from} and o.created_at < ${range.to}
    )
    select c.k at time zone 'UTC' as cohort, a.k at time zone 'UTC' as active, count(*)::int as buyers
      from cohort c join activity a on a.buyer = c.buyer and a.k >= c.k
     group by c.k, a.k order by c.k, a.k`.execute(tx);
  return rows;
}

export type CustomerSummaryRow = {
  buyers: number;
  newBuyers: number;
  returningBuyers: number;
  repeatBuyers: number;
  previousBuyers: number;
  retainedBuyers: number;
  customers: number;
  lifetimeOrders: number;
  lifetimeNetMinor: number;
};
export type TopCustomerRow = {
  customerId: string | null;
  email: string | null;
  orders: number;
  netMinor: number;
  firstOrderAt: Date;
  lastOrderAt: Date;
};

/** Per buyer up to the end of the range: orders, net paid (total − refunds), first/last order. */
const perBuyer = (storeId: string, range: Range) => sql`
  refunded as (
    select r.order_id, sum(r.amount_minor) as refund_minor from refunds r
     where r.store_id = ${storeId}::uuid and r.created_at < ${range.to} group by r.order_id
  ),
  per as (
    select ${BUYER} as buyer, (array_agg(${CUSTOMER}))[1] as customer_id,
           max(lower(o.customer_email)) as email, count(*) as orders,
           sum(o.total_minor - coalesce(rf.refund_minor, 0)) as net_minor,
           min(o.created_at) as first_order_at, max(o.created_at) as last_order_at,
           count(*) filter (where o.created_at >= ${range.from}) as in_range,
           count(*) filter (where o.created_at >= ${range.from}::timestamptz - (${range.to}::timestamptz - ${range.from}::timestamptz)
                              and o.created_at < ${range.from}) as in_previous
      from orders o left join refunded rf on rf.order_id = o.id
     where ${storeScope('o', storeId)} and ${countedOrder} and o.created_at < ${range.to}
     group by 1
  )`;

/**
 * Buyers in the range (new: first order in the range; returning: ordered before; repeat: two or
 * more orders by the end of the range), retention (buyers of the previous window of the same
 * length who bought again in this one) and historical lifetime value over all buyers.
 */
export async function customerSummary(tx: TenantTx, storeId: string, range: Range) {
  const { rows } = await sql<CustomerSummaryRow>`
    with ${perBuyer(storeId, range)}
    select count(*) filter (where in_range > 0)::int as buyers,
           count(*) filter (where in_range > 0 and first_order_at >= ${range.from})::int as new_buyers,
           count(*) filter (where in_range > 0 and first_order_at < ${range.from})::int as returning_buyers,
           count(*) filter (where in_range > 0 and orders >= 2)::int as repeat_buyers,
           count(*) filter (where in_previous > 0)::int as previous_buyers,
           count(*) filter (where in_previous > 0 and in_range > 0)::int as retained_buyers,
           count(*)::int as customers, coalesce(sum(orders), 0)::bigint as lifetime_orders,
           coalesce(sum(net_minor), 0)::bigint as lifetime_net_minor
      from per`.execute(tx);
  const top = await sql<TopCustomerRow>`
    with ${perBuyer(storeId, range)}
    select customer_id, email, orders::int, net_minor::bigint, first_order_at, last_order_at
      from per order by net_minor desc, orders desc limit ${range.limit}`.execute(tx);
  return { summary: rows[0] as CustomerSummaryRow, top: top.rows };
}

export type AffinityRow = {
  listingA: string;
  titleA: string;
  listingB: string;
  titleB: string;
  orders: number;
  ordersA: number;
  ordersB: number;
  totalOrders: number;
};

/** Pairs of listings bought in the same order, with the counts support/confidence/lift come from. */
export async function affinity(tx: TenantTx, storeId: string, range: Range) {
  const { rows } = await sql<AffinityRow>`
    with o as (
      select o.id from orders o where o.store_id = ${storeId}::uuid and o.created_at >= ${range.from}
         and o.created_at < ${range.to} and ${countedOrder}
    ),
    li as (select distinct i.order_id, i.listing_id, i.title from o join order_items i on i.order_id = o.id
            where i.listing_id is not null),
    per as (select listing_id, count(distinct order_id) as n from li group by listing_id)
    select a.listing_id as listing_a, max(a.title) as title_a, b.listing_id as listing_b, max(b.title) as title_b,
           count(distinct a.order_id)::int as orders, max(pa.n)::int as orders_a, max(pb.n)::int as orders_b,
           (select count(*) from o)::int as total_orders
      from li a join li b on b.order_id = a.order_id and a.listing_id < b.listing_id
      join per pa on pa.listing_id = a.listing_id join per pb on pb.listing_id = b.listing_id
     group by a.listing_id, b.listing_id
     order by orders desc, title_a, title_b
     limit ${range.limit}`.execute(tx);
  return rows;
}
