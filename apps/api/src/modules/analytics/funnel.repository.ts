import { sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import type { Range } from './analytics.validators.ts';

export type FunnelRow = {
  sessions: number;
  cartsCreated: number;
  cartsWithItems: number;
  checkouts: number;
  orders: number;
  abandoned: number;
  abandonedValueMinor: number;
  recovered: number;
  recoveredConverted: number;
  recoveredRevenueMinor: number;
  remindersSent: number;
};

/**
 * The cart funnel of the carts created in the range (a cohort: each cart is followed to its end,
 * whenever that was), over the cart module's `carts` / `cart_items` and the orders they became.
 * A cart "reached checkout" when it was converted or the shopper gave an email, a shipping address
 * or a shipping method. Sessions are the distinct tracked sessions (behaviour events) in the range.
 * Abandonment and recovery are what the cart module records (`abandoned_at`, `recovered_at`,
 * `recovery_email_sent_at`).
 */
export async function cartFunnel(tx: TenantTx, storeId: string, range: Range) {
  const { rows } = await sql<FunnelRow>`
    with c as (
      select c.*, exists (select 1 from cart_items i where i.cart_id = c.id and not i.saved_for_later)
                  or c.status = 'CONVERTED' as has_items
        from carts c
       where c.store_id = ${storeId}::uuid and c.created_at >= ${range.from} and c.created_at < ${range.to}
    )
    select
      (select count(distinct e.session_id) from analytics_events e
        where e.store_id = ${storeId}::uuid and e.occurred_at >= ${range.from} and e.occurred_at < ${range.to})::int as sessions,
      count(*)::int as carts_created,
      count(*) filter (where has_items)::int as carts_with_items,
      count(*) filter (where has_items and (status = 'CONVERTED' or email is not null
        or shipping_address is not null or shipping_method_id is not null))::int as checkouts,
      count(*) filter (where status = 'CONVERTED')::int as orders,
      count(*) filter (where abandoned_at is not null)::int as abandoned,
      coalesce(sum(total_minor) filter (where abandoned_at is not null), 0)::bigint as abandoned_value_minor,
      count(*) filter (where recovered_at is not null)::int as recovered,
      count(*) filter (where recovered_at is not null and status = 'CONVERTED')::int as recovered_converted,
      coalesce((select sum(o.total_minor) from orders o join c rc on rc.order_id = o.id
                 where rc.recovered_at is not null and rc.status = 'CONVERTED'), 0)::bigint as recovered_revenue_minor,
      count(*) filter (where recovery_email_sent_at is not null)::int as reminders_sent
      from c`.execute(tx);
  return rows[0] as FunnelRow;
}

export type EventCountRow = { type: string; events: number; sessions: number };
export type ViewedRow = {
  listingId: string;
  title: string | null;
  views: number;
  viewers: number;
  addToCarts: number;
};
export type SessionFunnelRow = {
  sessions: number;
  viewedProduct: number;
  addedToCart: number;
  startedCheckout: number;
  ordered: number;
};

const inRange = (storeId: string, range: Range) =>
  sql`e.store_id = ${storeId}::uuid and e.occurred_at >= ${range.from} and e.occurred_at < ${range.to}`;

/** Events per type, and the session funnel (an order counts when a cart of the session converted). */
export async function behaviour(tx: TenantTx, storeId: string, range: Range) {
  const counts = await sql<EventCountRow>`
    select e.type, count(*)::int as events, count(distinct e.session_id)::int as sessions
      from analytics_events e where ${inRange(storeId, range)} group by e.type order by events desc`.execute(
    tx,
  );
  const funnel = await sql<SessionFunnelRow>`
    with s as (
      select e.session_id,
             bool_or(e.type = 'product_view') as viewed, bool_or(e.type = 'add_to_cart') as added,
             bool_or(e.type = 'checkout_started') as checkout
        from analytics_events e where ${inRange(storeId, range)} group by e.session_id
    )
    select count(*)::int as sessions,
           count(*) filter (where viewed)::int as viewed_product,
           count(*) filter (where viewed and added)::int as added_to_cart,
           count(*) filter (where viewed and added and checkout)::int as started_checkout,
           count(*) filter (where viewed and added and checkout and exists (
             select 1 from carts c where c.store_id = ${storeId}::uuid and c.session_id = s.session_id
                and c.status = 'CONVERTED'))::int as ordered
      from s`.execute(tx);
  return { counts: counts.rows, funnel: funnel.rows[0] as SessionFunnelRow };
}

/** Most viewed listings, with how often a view led to an add to cart. */
export async function topViewed(tx: TenantTx, storeId: string, range: Range) {
  const { rows } = await sql<ViewedRow>`
    select e.listing_id, max(pl.title) as title,
           count(*) filter (where e.type = 'product_view')::int as views,
           count(distinct e.session_id) filter (where e.type = 'product_view')::int as viewers,
           count(*) filter (where e.type = 'add_to_cart')::int as add_to_carts
      from analytics_events e left join product_listings pl on pl.id = e.listing_id
     where ${inRange(storeId, range)} and e.listing_id is not null
     group by e.listing_id
    having count(*) filter (where e.type = 'product_view') > 0
     order by views desc, add_to_carts desc
     limit ${range.limit}`.execute(tx);
  return rows;
}

export type SearchRow = { query: string; searches: number; zeroResults: number; lastResultCount: number };

/** Storefront searches as the catalog logs them (`search_queries`), with zero-result counts. */
export async function searches(tx: TenantTx, storeId: string, range: Range) {
  const { rows } = await sql<SearchRow>`
    select lower(q.query) as query, count(*)::int as searches,
           count(*) filter (where q.result_count = 0)::int as zero_results,
           (array_agg(q.result_count order by q.created_at desc))[1] as last_result_count
      from search_queries q
     where q.store_id = ${storeId}::uuid and q.created_at >= ${range.from} and q.created_at < ${range.to}
     group by lower(q.query)
     order by searches desc, query
     limit ${range.limit}`.execute(tx);
  return rows;
}

export type SourceRow = { source: string; sessions: number; ordered: number };

/**
 * Sessions by where they came from (first touch: the earliest event of the session that carries
 * `properties.utm_source`, else `properties.source`; "direct" when none does) and how many of them ordered (a cart of the session converted).
 */
export async function sources(tx: TenantTx, storeId: string, range: Range) {
  const { rows } = await sql<SourceRow>`
    with first as (
      select distinct on (e.session_id) e.session_id,
             coalesce(nullif(e.properties->>'utm_source', ''), nullif(e.properties->>'source', ''), 'direct') as source
        from analytics_events e where ${inRange(storeId, range)}
       order by e.session_id, (e.properties ? 'utm_source' or e.properties ? 'source') desc, e.occurred_at, e.id
    )
    select left(source, 100) as source, count(*)::int as sessions,
           count(*) filter (where exists (select 1 from carts c where c.store_id = ${storeId}::uuid
                             and c.session_id = first.session_id and c.status = 'CONVERTED'))::int as ordered
      from first group by 1 order by sessions desc, source limit ${range.limit}`.execute(tx);
  return rows;
}
