import { sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { catalogWrites } from './catalog.schema.ts';

/** A placed order as the catalog needs it: who bought which listings, how many. */
export type PlacedOrder = {
  storeId: string;
  orderId: string;
  customerId: string | null;
  items: { listingId: string | null; quantity: number }[];
};

/** The slice of OrderService the catalog reads when `order.placed` arrives (structural). */
export type CatalogOrders = {
  get(
    tx: TenantTx,
    storeId: string,
    id: string,
  ): Promise<{ customerId: string | null; items: { listingId: string | null; quantity: number }[] }>;
  /** The listings the order still entitles its shopper to (downloads; a refund revokes). */
  entitledListings(tx: TenantTx, orderId: string): Promise<Set<string>>;
};

/**
 * Counts a placed order once: sales per listing (best sellers), every pair of listings bought in
 * the same order (bought together), and the customer's purchases (verified reviews). Returns
 * false when the order was already counted (events are delivered at least once).
 */
export async function recordOrder(tx: TenantTx, order: PlacedOrder): Promise<boolean> {
  const first = await catalogWrites(tx)
    .insertInto('catalogOrderFacts')
    .values({ orderId: order.orderId, storeId: order.storeId })
    .onConflict((oc) => oc.doNothing())
    .returning('orderId')
    .executeTakeFirst();
  if (!first) return false;
  const qty = new Map<string, number>();
  for (const i of order.items)
    if (i.listingId) qty.set(i.listingId, (qty.get(i.listingId) ?? 0) + i.quantity);
  if (qty.size === 0) return true;
  const items = JSON.stringify(
    [...qty].map(([listingId, quantity]) => ({ listing_id: listingId, quantity })),
  );
  // Only listings that still exist in this store count; one statement for all three facts.
  await sql`
    with items as (
      select i.listing_id, i.quantity from jsonb_to_recordset(${items}::jsonb) as i(listing_id uuid, quantity int)
      join product_listings l on l.id = i.listing_id and l.store_id = ${order.storeId}
    ), sales as (
      update product_listings l set sales_count = l.sales_count + items.quantity
      from items where l.id = items.listing_id and l.store_id = ${order.storeId}
      returning l.id
    ), pairs as (
      insert into listing_copurchases (store_id, listing_id, other_listing_id, orders)
      select ${order.storeId}, a.listing_id, b.listing_id, 1 from items a join items b on a.listing_id <> b.listing_id
      on conflict (tenant_id, listing_id, other_listing_id) do update set orders = listing_copurchases.orders + 1
      returning listing_id
    )
    insert into catalog_purchases (store_id, customer_id, listing_id)
    select ${order.storeId}, ${order.customerId}::uuid, listing_id from items where ${order.customerId}::uuid is not null
    on conflict do nothing`.execute(tx);
  return true;
}

/** Whether a customer bought a listing (for the verified-purchase flag on reviews). */
export async function hasPurchased(tx: TenantTx, storeId: string, customerId: string, listingId: string) {
  const row = await tx
    .selectFrom('catalogPurchases')
    .select('listingId')
    .where('storeId', '=', storeId)
    .where('customerId', '=', customerId)
    .where('listingId', '=', listingId)
    .executeTakeFirst();
  return row !== undefined;
}
