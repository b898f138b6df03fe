import { sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import type { Range } from './analytics.validators.ts';
import { countedOrder } from './sales.repository.ts';

export type VelocityRow = {
  productId: string;
  sku: string;
  name: string;
  unitsSold: number;
  onHand: number;
  available: number;
  onHandAtStart: number;
  onHandAtEnd: number;
  costMinor: number | null;
};

/**
 * Inventory velocity per product (tenant-wide: stock is shared by the stores). Units sold come
 * from the counted order items of every store; on-hand at the start and end of the range is
 * today's on-hand minus the ledger's on-hand movements since then (`inventory_transactions`).
 */
export async function inventoryVelocity(tx: TenantTx, range: Range) {
  const { rows } = await sql<VelocityRow>`
    with sold as (
      select i.product_id, sum(i.quantity)::bigint as units
        from orders o join order_items i on i.order_id = o.id
       where o.created_at >= ${range.from} and o.created_at < ${range.to} and ${countedOrder}
       group by i.product_id
    ),
    stock as (
      select v.product_id, sum(s.on_hand)::bigint as on_hand,
             sum(s.on_hand - s.reserved - s.allocated)::bigint as available
        from stock_levels s join product_variants v on v.id = s.variant_id group by v.product_id
    ),
    moves as (
      select t.product_id,
             sum(t.on_hand_delta) filter (where t.created_at >= ${range.from})::bigint as since_start,
             sum(t.on_hand_delta) filter (where t.created_at >= ${range.to})::bigint as since_end
        from inventory_transactions t where t.created_at >= ${range.from} group by t.product_id
    )
    select p.id as product_id, p.sku, p.name, coalesce(sold.units, 0)::bigint as units_sold,
           coalesce(stock.on_hand, 0)::bigint as on_hand, coalesce(stock.available, 0)::bigint as available,
           (coalesce(stock.on_hand, 0) - coalesce(moves.since_start, 0))::bigint as on_hand_at_start,
           (coalesce(stock.on_hand, 0) - coalesce(moves.since_end, 0))::bigint as on_hand_at_end,
           p.cost_minor
      from products p
      left join sold on sold.product_id = p.id left join stock on stock.product_id = p.id
      left join moves on moves.product_id = p.id
     where p.deleted_at is null and p.type <> 'BUNDLE'
     order by units_sold desc, p.name
     limit ${range.limit}`.execute(tx);
  return rows;
}

export type FulfilmentRow = {
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
};

/**
 * Time from order to first shipment (and from shipment to delivery) for the orders placed in the
 * range, from the fulfilment module's `fulfillments.shipped_at` / `delivered_at`.
 */
export async function fulfilment(tx: TenantTx, storeId: string, range: Range) {
  const { rows } = await sql<FulfilmentRow>`
    with o as (
      select o.id, o.created_at,
             (select min(f.shipped_at) from fulfillments f where f.order_id = o.id and f.shipped_at is not null) as shipped_at,
             (select min(f.delivered_at) from fulfillments f where f.order_id = o.id and f.delivered_at is not null) as delivered_at
        from orders o
       where o.store_id = ${storeId}::uuid and o.created_at >= ${range.from} and o.created_at < ${range.to}
         and ${countedOrder} and o.status <> 'CANCELED'
    ),
    h as (select *, extract(epoch from shipped_at - created_at) / 3600 as to_ship,
                 extract(epoch from delivered_at - shipped_at) / 3600 as in_transit from o)
    select count(*)::int as orders, count(shipped_at)::int as shipped_orders, count(delivered_at)::int as delivered_orders,
           round(avg(to_ship)::numeric, 2)::float8 as avg_hours_to_ship,
           round((percentile_cont(0.5) within group (order by to_ship))::numeric, 2)::float8 as median_hours_to_ship,
           round((percentile_cont(0.9) within group (order by to_ship))::numeric, 2)::float8 as p90_hours_to_ship,
           count(*) filter (where to_ship <= 24)::int as shipped_within24h,
           count(*) filter (where to_ship <= 48)::int as shipped_within48h,
           round(avg(in_transit)::numeric, 2)::float8 as avg_hours_in_transit,
           count(*) filter (where shipped_at is null and created_at < now() - interval '48 hours')::int as unshipped_older_than48h
      from h`.execute(tx);
  return rows[0] as FulfilmentRow;
}
