import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/pool.ts';

type Row = {
  variantId: string;
  locationId: string;
  onHand: number;
  reserved: number;
  allocated: number;
  held: number;
  alloc: number;
  ledgerOnHand: number;
  ledgerReserved: number;
  ledgerAllocated: number;
};

/**
 * Checks the inventory invariants of a tenant straight from the tables: available ≥ 0, the holds
 * and allocations add up to the stock rows' counters, and the ledger replays to every stock row.
 */
export async function assertInvariants(db: Db, tenantId: string) {
  const rows = await db.withTenant(tenantId, async (tx) => {
    const result = await sql<Row>`
      select s.variant_id, s.location_id, s.on_hand, s.reserved, s.allocated,
             (select coalesce(sum(quantity), 0)::int from reservations r
               where r.variant_id = s.variant_id and r.location_id = s.location_id) as held,
             (select coalesce(sum(quantity), 0)::int from allocations a
               where a.variant_id = s.variant_id and a.location_id = s.location_id) as alloc,
             coalesce(sum(t.on_hand_delta), 0)::int as ledger_on_hand,
             coalesce(sum(t.reserved_delta), 0)::int as ledger_reserved,
             coalesce(sum(t.allocated_delta), 0)::int as ledger_allocated
        from stock_levels s
        left join inventory_transactions t on t.variant_id = s.variant_id and t.location_id = s.location_id
       group by s.variant_id, s.location_id, s.on_hand, s.reserved, s.allocated`.execute(tx);
    return result.rows;
  });
  for (const r of rows) {
    assert.ok(r.onHand - r.reserved - r.allocated >= 0, `available < 0 for ${r.variantId}`);
    assert.equal(r.reserved, r.held, 'reserved = sum of holds');
    assert.equal(r.allocated, r.alloc, 'allocated = sum of allocations');
    assert.deepEqual(
      [r.ledgerOnHand, r.ledgerReserved, r.ledgerAllocated],
      [r.onHand, r.reserved, r.allocated],
      'the ledger replays to the stock row',
    );
  }
  return rows;
}

/** Settles every promise and splits fulfilled values from rejection reasons. */
export async function settle<T>(work: Promise<T>[]) {
  const results = await Promise.allSettled(work);
  return {
    ok: results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])),
    failed: results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : [])),
  };
}
