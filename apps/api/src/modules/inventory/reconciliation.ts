import { sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { recordEvent } from '../../platform/events.ts';
import { inventoryWrites, type StockDrift } from './inventory.schema.ts';

type Recomputed = {
  variantId: string;
  locationId: string;
  onHand: number;
  reserved: number;
  allocated: number;
  ledgerOnHand: number;
  ledgerReserved: number;
  ledgerAllocated: number;
  held: number;
  alloc: number;
};

/** Every stock row next to what the ledger replays to and what the hold rows add up to. */
async function recompute(tx: TenantTx): Promise<Recomputed[]> {
  const result = await sql<Recomputed>`
    with ledger as (
      select variant_id, location_id, sum(on_hand_delta)::int as on_hand, sum(reserved_delta)::int as reserved,
             sum(allocated_delta)::int as allocated
        from inventory_transactions group by variant_id, location_id
    ), held as (
      select variant_id, location_id, sum(quantity)::int as n from reservations group by variant_id, location_id
    ), alloc as (
      select variant_id, location_id, sum(quantity)::int as n from allocations group by variant_id, location_id
    )
    select coalesce(s.variant_id, l.variant_id) as variant_id, coalesce(s.location_id, l.location_id) as location_id,
           coalesce(s.on_hand, 0) as on_hand, coalesce(s.reserved, 0) as reserved, coalesce(s.allocated, 0) as allocated,
           coalesce(l.on_hand, 0) as ledger_on_hand, coalesce(l.reserved, 0) as ledger_reserved,
           coalesce(l.allocated, 0) as ledger_allocated,
           coalesce(h.n, 0) as held, coalesce(a.n, 0) as alloc
      from stock_levels s
      full join ledger l on l.variant_id = s.variant_id and l.location_id = s.location_id
      left join held h on h.variant_id = coalesce(s.variant_id, l.variant_id)
                      and h.location_id = coalesce(s.location_id, l.location_id)
      left join alloc a on a.variant_id = coalesce(s.variant_id, l.variant_id)
                       and a.location_id = coalesce(s.location_id, l.location_id)`.execute(tx);
  return result.rows;
}

function driftOf(r: Recomputed): StockDrift[] {
  const at = { variantId: r.variantId, locationId: r.locationId };
  const checks: [StockDrift['field'], StockDrift['source'], number, number][] = [
    ['onHand', 'ledger', r.ledgerOnHand, r.onHand],
    ['reserved', 'ledger', r.ledgerReserved, r.reserved],
    ['allocated', 'ledger', r.ledgerAllocated, r.allocated],
    ['reserved', 'holds', r.held, r.reserved],
    ['allocated', 'holds', r.alloc, r.allocated],
  ];
  return checks
    .filter(([, , expected, actual]) => expected !== actual)
    .map(([field, source, expected, actual]) => ({ ...at, field, source, expected, actual }));
}

/**
 * Recomputes the tenant's stock from the ledger and the holds and stores a report. Drift is
 * reported, never silently repaired: a human decides whether the ledger or the shelf is right.
 */
export async function reconcile(tx: TenantTx) {
  const rows = await recompute(tx);
  const drift = rows.flatMap(driftOf);
  const report = await inventoryWrites(tx)
    .insertInto('inventoryReconciliations')
    .values({ rowsChecked: rows.length, drift: JSON.stringify(drift) })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (drift.length > 0)
    await recordEvent(tx, 'inventory.reconciliation.drifted', { reportId: report.id, drift });
  return toReportDto(report);
}

export async function latestReconciliation(tx: TenantTx) {
  const report = await tx
    .selectFrom('inventoryReconciliations')
    .selectAll()
    .orderBy('checkedAt', 'desc')
    .limit(1)
    .executeTakeFirst();
  return report ? toReportDto(report) : { id: null, checkedAt: null, rowsChecked: 0, drift: [] };
}

const toReportDto = (r: { id: string; checkedAt: Date; rowsChecked: number; drift: StockDrift[] }) => ({
  id: r.id,
  checkedAt: r.checkedAt.toISOString(),
  rowsChecked: r.rowsChecked,
  drift: r.drift,
});
