import { type Selectable, sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import type {
  AllocationsTable,
  ProductType,
  ReservationsTable,
  TransactionType,
} from './inventory.schema.ts';

/**
 * One stock movement: deltas on one (variant, location) row, applied by a single guarded UPDATE.
 * The guard is the table's invariant evaluated on the new values, so a move that would break it
 * matches no row (and the CHECK constraint stays a backstop that is never hit).
 */
export type Move = {
  variantId: string;
  /** A location id, or null: the location with the most available stock that can take the move. */
  locationId: string | null;
  onHand?: number;
  reserved?: number;
  allocated?: number;
  type: TransactionType;
  /** The signed quantity shown in the ledger. */
  quantity: number;
  reason?: string | null;
  reference?: string | null;
  actor?: string | null;
  /**
   * Units a sale must leave free at the location (the external system's safety buffer while it is
   * unreachable). Applies only to moves that lower availability.
   */
  keepFree?: number;
  /** A new cart hold to write in the same statement (at the location the move took). */
  newHold?: {
    reference: string;
    lineVariantId: string;
    lineQuantity: number;
    quantity: number;
    expiresAt: Date;
  };
  /** When the move is made: this hold is dropped (its units moved on to an allocation). */
  dropHoldId?: string;
  /** When the move is made: this hold is set to its new size and expiry. */
  setHold?: { id: string; quantity: number; lineQuantity: number; expiresAt: Date };
  /** When the move is made: a new allocation row for an order (at the location the move took). */
  newAllocation?: { orderReference: string; lineVariantId: string; lineQuantity: number; quantity: number };
};

export type MovedRow = {
  productId: string;
  variantId: string;
  locationId: string;
  onHand: number;
  reserved: number;
  allocated: number;
  /** The variant's available stock over all locations, before and after this move. */
  availableBefore: number;
  availableAfter: number;
  threshold: number | null;
};

/**
 * Applies a move, writes its ledger row and its outbox event in ONE statement. Returns the new
 * stock row, or undefined when the guard refused the move (not enough stock / nothing held).
 */
export async function applyMove(tx: TenantTx, m: Move): Promise<MovedRow | undefined> {
  const dOn = m.onHand ?? 0;
  const dRes = m.reserved ?? 0;
  const dAll = m.allocated ?? 0;
  const floor = dOn - dRes - dAll < 0 ? (m.keepFree ?? 0) : 0;
  // Without a location, pick the one that can take the move, preferring the default location.
  const location =
    m.locationId !== null
      ? sql`${m.locationId}::uuid`
      : sql`(select c.location_id from stock_levels c join locations l on l.tenant_id = c.tenant_id and l.id = c.location_id
             where c.variant_id = ${m.variantId}
               and c.on_hand + ${dOn} - c.reserved - ${dRes} - c.allocated - ${dAll} >= ${floor}
               and c.reserved + ${dRes} >= 0 and c.allocated + ${dAll} >= 0
             order by l.is_default desc, c.on_hand - c.reserved - c.allocated desc limit 1)`;
  const result = await sql<MovedRow>`
    with moved as (
      update stock_levels s
         set on_hand = s.on_hand + ${dOn}, reserved = s.reserved + ${dRes}, allocated = s.allocated + ${dAll},
             updated_at = now()
       where s.tenant_id = app_tenant_id() and s.variant_id = ${m.variantId} and s.location_id = ${location}
         and s.on_hand + ${dOn} - (s.reserved + ${dRes}) - (s.allocated + ${dAll}) >= ${floor}
         and s.reserved + ${dRes} >= 0 and s.allocated + ${dAll} >= 0
      returning s.variant_id, s.location_id, s.on_hand, s.reserved, s.allocated,
                (select v.product_id from product_variants v where v.id = s.variant_id) as product_id
    ), ledger as (
      insert into inventory_transactions
        (product_id, variant_id, location_id, type, quantity, on_hand_delta, reserved_delta, allocated_delta,
         reason, reference, actor)
      select product_id, variant_id, location_id, ${m.type}, ${m.quantity}, ${dOn}, ${dRes}, ${dAll},
             ${m.reason ?? null}, ${m.reference ?? null}, ${m.actor ?? null}
        from moved
    )${
      m.newHold
        ? sql`, held as (
      insert into reservations (reference, line_variant_id, variant_id, location_id, line_quantity, quantity, expires_at)
      select ${m.newHold.reference}, ${m.newHold.lineVariantId}, variant_id, location_id, ${m.newHold.lineQuantity},
             ${m.newHold.quantity}, ${m.newHold.expiresAt} from moved
    )`
        : sql``
    }${followUps(m)}, event as (
      insert into outbox_events (topic, payload)
      select 'inventory.stock.changed', jsonb_build_object(
               'productId', product_id, 'variantId', variant_id, 'locationId', location_id,
               'type', ${m.type}::text, 'quantity', ${m.quantity}::int, 'reference', ${m.reference ?? null}::text,
               'onHand', on_hand, 'reserved', reserved, 'allocated', allocated)
        from moved
    )
    select m.product_id, m.variant_id, m.location_id, m.on_hand, m.reserved, m.allocated,
           a.others + m.on_hand - m.reserved - m.allocated - (${dOn}::int - ${dRes}::int - ${dAll}::int) as available_before,
           a.others + m.on_hand - m.reserved - m.allocated as available_after,
           coalesce(v.low_stock_threshold, p.low_stock_threshold) as threshold
      from moved m
      -- Other locations as of this statement's snapshot; the moved row is exact.
      cross join lateral (
        select coalesce(sum(x.on_hand - x.reserved - x.allocated), 0)::int as others
          from stock_levels x where x.variant_id = m.variant_id and x.location_id <> m.location_id
      ) a
      join product_variants v on v.id = m.variant_id
      join products p on p.tenant_id = v.tenant_id and p.id = m.product_id`.execute(tx);
  return result.rows[0];
}

/** The hold and allocation writes that go with a move, in its statement and only when it is made. */
function followUps(m: Move) {
  const parts = [];
  if (m.dropHoldId)
    parts.push(sql`, dropped as (
      delete from reservations where id = ${m.dropHoldId} and exists (select 1 from moved))`);
  if (m.setHold)
    parts.push(sql`, resized as (
      update reservations set quantity = ${m.setHold.quantity}, line_quantity = ${m.setHold.lineQuantity},
             expires_at = ${m.setHold.expiresAt}, updated_at = now()
       where id = ${m.setHold.id} and exists (select 1 from moved))`);
  if (m.newAllocation)
    parts.push(sql`, allocated_row as (
      insert into allocations (order_reference, line_variant_id, variant_id, location_id, line_quantity, quantity)
      select ${m.newAllocation.orderReference}, ${m.newAllocation.lineVariantId}, variant_id, location_id,
             ${m.newAllocation.lineQuantity}, ${m.newAllocation.quantity} from moved)`);
  return parts.length > 0 ? sql.join(parts, sql``) : sql``;
}

type Bookkeeping = 'tenantId' | 'createdAt' | 'updatedAt';
type HoldRow = Omit<Selectable<ReservationsTable>, Bookkeeping>;
type AllocationRow = Omit<Selectable<AllocationsTable>, Bookkeeping>;

/**
 * A cart's holds (locked FOR UPDATE, so the expiry sweep cannot drop one we are moving) and an
 * order's allocations, in one round trip.
 */
export async function holdsAndAllocations(
  tx: TenantTx,
  reference: string | null,
  orderReference: string,
): Promise<{ holds: HoldRow[]; allocations: AllocationRow[] }> {
  const row = await sql<{ holds: HoldRow[] | null; allocations: AllocationRow[] | null }>`
    select (select json_agg(json_build_object('id', r.id, 'reference', r.reference, 'lineVariantId', r.line_variant_id,
                   'variantId', r.variant_id, 'locationId', r.location_id, 'lineQuantity', r.line_quantity,
                   'quantity', r.quantity, 'expiresAt', r.expires_at) order by r.created_at, r.id)
              from (select * from reservations where reference = ${reference} for update) r) as holds,
           (select json_agg(json_build_object('id', a.id, 'orderReference', a.order_reference,
                   'lineVariantId', a.line_variant_id, 'variantId', a.variant_id, 'locationId', a.location_id,
                   'lineQuantity', a.line_quantity, 'quantity', a.quantity) order by a.created_at, a.id)
              from allocations a where a.order_reference = ${orderReference}) as allocations`.execute(tx);
  const r = row.rows[0];
  return {
    holds: (r?.holds ?? []).map((h) => ({ ...h, expiresAt: new Date(h.expiresAt) })),
    allocations: r?.allocations ?? [],
  };
}

/** Makes sure a stock row exists, so that stock can be added to it. */
export async function ensureStockRow(tx: TenantTx, variantId: string, locationId: string): Promise<void> {
  await sql`insert into stock_levels (variant_id, location_id) values (${variantId}, ${locationId})
            on conflict do nothing`.execute(tx);
}

/** The tenant's default location, created on first use (race-safe through the partial unique index). */
export async function defaultLocationId(tx: TenantTx): Promise<string> {
  const found = await tx
    .selectFrom('locations')
    .select('id')
    .where('isDefault', '=', true)
    .executeTakeFirst();
  if (found) return found.id;
  await sql`insert into locations (name, code, is_default) values ('Default warehouse', 'default', true)
            on conflict do nothing`.execute(tx);
  const row = await tx
    .selectFrom('locations')
    .select('id')
    .where('isDefault', '=', true)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** What a line of variant ids stocks: itself, a bundle's components, or nothing (digital). */
export type StockedPart = {
  lineVariantId: string;
  lineProductId: string;
  lineType: ProductType;
  variantId: string;
  productId: string;
  /** The type of the variant that holds the stock (a bundle component's own type). */
  stockType: ProductType;
  perUnit: number;
  /** The safety buffer in force (external inventory unreachable), else 0. */
  keepFree: number;
  /** A bundle component that was deleted: the bundle cannot be sold any more. */
  gone: boolean;
};

/** Expands variants into the variants that hold stock; unknown or deleted variants are left out. */
export async function stockedParts(
  tx: TenantTx,
  variantIds: string[],
  /** Also takes these transaction-scoped advisory locks (in this order), in the same round trip. */
  lockKey?: string | string[],
): Promise<StockedPart[]> {
  if (variantIds.length === 0) return [];
  const keys = lockKey === undefined ? [] : [lockKey].flat();
  // Cross-joined with the one-row lock query: no row can come out before the locks are held.
  const lock =
    keys.length > 0
      ? sql`cross join (select ${sql.join(
          keys.map((k) => sql`pg_advisory_xact_lock(hashtextextended(app_tenant_id()::text || ${k}, 0))`),
        )}) lk`
      : sql``;
  const rows = await sql<StockedPart>`
    select v.id as line_variant_id, v.product_id as line_product_id, p.type as line_type,
           coalesce(cv.id, v.id) as variant_id, coalesce(cv.product_id, v.product_id) as product_id,
           coalesce(cp.type, p.type) as stock_type, coalesce(bi.quantity, 1) as per_unit,
           coalesce((select i.safety_buffer from inventory_integrations i where i.degraded_since is not null), 0)
             as keep_free,
           coalesce(cv.deleted_at is not null or cp.deleted_at is not null, false) as gone
      from product_variants v
      join products p on p.tenant_id = v.tenant_id and p.id = v.product_id
      left join bundle_items bi on p.type = 'BUNDLE' and bi.bundle_variant_id = v.id
      left join product_variants cv on cv.tenant_id = bi.tenant_id and cv.id = bi.component_variant_id
      left join products cp on cp.tenant_id = cv.tenant_id and cp.id = cv.product_id
      ${lock}
     where v.id = any(${variantIds}::uuid[]) and v.deleted_at is null and p.deleted_at is null
     -- One global order of row locks across transactions, so concurrent multi-line moves never deadlock.
     order by coalesce(cv.id, v.id), v.id`.execute(tx);
  return rows.rows;
}

export type StockTotals = { variantId: string; onHand: number; reserved: number; allocated: number };

/**
 * Stock summed over locations for each variant (variants without stock rows are absent). Holds past
 * their time are left out of `reserved` at read time: the counter keeps them until the sweep (once
 * a minute) or the next reservation of the variant frees them, but shoppers must not wait for that.
 */
export async function stockTotals(tx: TenantTx, variantIds: string[]): Promise<Map<string, StockTotals>> {
  if (variantIds.length === 0) return new Map();
  const rows = await sql<StockTotals>`
    select s.variant_id, sum(s.on_hand)::int as on_hand,
           (sum(s.reserved) - coalesce(min(lapsed.quantity), 0))::int as reserved,
           sum(s.allocated)::int as allocated
      from stock_levels s
      left join lateral (
        select sum(r.quantity) as quantity from reservations r
         where r.variant_id = s.variant_id and r.expires_at <= now()
      ) lapsed on true
     where s.variant_id = any(${variantIds}::uuid[]) group by s.variant_id`.execute(tx);
  return new Map(rows.rows.map((r) => [r.variantId, r]));
}

/** Bundle units held by reservations and allocations, per bundle variant. */
export async function bundleHolds(tx: TenantTx, bundleVariantIds: string[]) {
  if (bundleVariantIds.length === 0) return new Map<string, { reserved: number; allocated: number }>();
  const rows = await sql<{ variantId: string; reserved: number; allocated: number }>`
    select line_variant_id as variant_id,
           coalesce(sum(line_quantity) filter (where kind = 'R'), 0)::int as reserved,
           coalesce(sum(line_quantity) filter (where kind = 'A'), 0)::int as allocated
      from (select distinct 'R' as kind, reference, line_variant_id, line_quantity from reservations
             where line_variant_id = any(${bundleVariantIds}::uuid[]) and expires_at > now()
            union all
            select distinct 'A', order_reference, line_variant_id, line_quantity from allocations
             where line_variant_id = any(${bundleVariantIds}::uuid[])) h
     group by line_variant_id`.execute(tx);
  return new Map(rows.rows.map((r) => [r.variantId, r]));
}

/** The safety buffer in force for the tenant: its setting while the external system is down, else 0. */
export async function safetyBufferInForce(tx: TenantTx): Promise<number> {
  const row = await tx
    .selectFrom('inventoryIntegrations')
    .select('safetyBuffer')
    .where('degradedSince', 'is not', null)
    .executeTakeFirst();
  return row?.safetyBuffer ?? 0;
}
