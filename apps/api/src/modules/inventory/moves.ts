import { sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { conflict } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import { inventoryWrites } from './inventory.schema.ts';
import { applyMove, type Move, type MovedRow } from './stock.repository.ts';

export const insufficientStock = (variantId: string, available: number) =>
  conflict('INSUFFICIENT_STOCK', `Not enough stock: ${Math.max(0, available)} available`, {
    variantId,
    available: Math.max(0, available),
  });

/**
 * Applies one move (guarded UPDATE + ledger + outbox in one statement). When it takes the variant's
 * available stock across its low-stock threshold it records an alert for the tenant; when it sells
 * the variant out or brings it back it records `inventory.availability.changed`, the one stock
 * event cached listing pages care about ("Out of stock" badges, in-stock filters).
 */
export async function move(tx: TenantTx, m: Move): Promise<MovedRow | undefined> {
  const row = await applyMove(tx, m);
  if (row && row.availableBefore > 0 !== row.availableAfter > 0) {
    await recordEvent(tx, 'inventory.availability.changed', {
      productId: row.productId,
      variantId: m.variantId,
      inStock: row.availableAfter > 0,
    });
  }
  if (
    row &&
    row.threshold !== null &&
    row.availableBefore > row.threshold &&
    row.availableAfter <= row.threshold
  ) {
    const kind = row.availableAfter <= 0 ? 'OUT_OF_STOCK' : 'LOW_STOCK';
    await inventoryWrites(tx)
      .insertInto('inventoryAlerts')
      .values({
        productId: row.productId,
        variantId: m.variantId,
        kind,
        available: row.availableAfter,
        threshold: row.threshold,
      })
      .execute();
    await recordEvent(tx, 'inventory.stock.low', {
      productId: row.productId,
      variantId: m.variantId,
      kind,
      available: row.availableAfter,
      threshold: row.threshold,
    });
  }
  return row;
}

/** Like `move`, but a refused move is `409 INSUFFICIENT_STOCK` with the variant's availability. */
export async function mustMove(tx: TenantTx, m: Move): Promise<MovedRow> {
  const row = await move(tx, m);
  if (row) return row;
  const total = await tx
    .selectFrom('stockLevels')
    .select(sql<number>`coalesce(sum(on_hand - reserved - allocated), 0)::int`.as('n'))
    .where('variantId', '=', m.variantId)
    .executeTakeFirst();
  throw insufficientStock(m.variantId, Number(total?.n ?? 0));
}
