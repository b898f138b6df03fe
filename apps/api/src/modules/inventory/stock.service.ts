import { type Selectable, sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { notFound } from '../../platform/errors.ts';
import { type AllocationsTable, inventoryWrites, type ReservationsTable } from './inventory.schema.ts';
import { insufficientStock, move, mustMove } from './moves.ts';
import { variantStock } from './product-reads.ts';
import {
  defaultLocationId,
  ensureStockRow,
  holdsAndAllocations,
  type StockedPart,
  stockedParts,
} from './stock.repository.ts';

export type StockLine = { variantId: string; quantity: number };
/** A stocked part of an order line: `need` units of `variantId` for `lineQuantity` of the line variant. */
type Part = StockedPart & { need: number; lineQuantity: number };
type Bookkeeping = 'tenantId' | 'createdAt' | 'updatedAt';
type Hold = Omit<Selectable<ReservationsTable>, Bookkeeping>;
type Allocation = Omit<Selectable<AllocationsTable>, Bookkeeping>;

const sameSlot = (
  a: { lineVariantId: string; variantId: string },
  b: { lineVariantId: string; variantId: string },
) => a.lineVariantId === b.lineVariantId && a.variantId === b.variantId;

/** Serialises work on one reference (a cart or an order) for the rest of the transaction. */
async function lockReference(tx: TenantTx, kind: string, reference: string) {
  await sql`select pg_advisory_xact_lock(hashtextextended(app_tenant_id()::text || ${`:${kind}:${reference}`}, 0))`.execute(
    tx,
  );
}

/** Lines → the variants that hold their stock (bundles → components; digital goods hold none). */
export async function expand(
  tx: TenantTx,
  lines: StockLine[],
  lock?: { kind: string; reference: string } | Array<{ kind: string; reference: string }>,
): Promise<Part[]> {
  const merged = new Map<string, number>();
  for (const l of lines) merged.set(l.variantId, (merged.get(l.variantId) ?? 0) + l.quantity);
  const keys = lock === undefined ? [] : [lock].flat().map((k) => `:${k.kind}:${k.reference}`);
  const parts = await stockedParts(tx, [...merged.keys()], keys);
  for (const id of merged.keys()) if (!parts.some((p) => p.lineVariantId === id)) throw notFound('Variant');
  const broken = parts.find((p) => p.gone && (merged.get(p.lineVariantId) ?? 0) > 0);
  if (broken) throw insufficientStock(broken.lineVariantId, 0);
  return parts
    .filter((p) => p.stockType === 'PHYSICAL')
    .map((p) => {
      const lineQuantity = merged.get(p.lineVariantId) ?? 0;
      return { ...p, lineQuantity, need: lineQuantity * p.perUnit };
    });
}

/** The 409 for a line: the line variant (a bundle, not its component) and what it has available. */
async function lineShortage(tx: TenantTx, part: Part) {
  const { stock } = await variantStock(tx, [{ id: part.lineVariantId, type: part.lineType }]);
  // `available` is in line units (bundle kits); the buffer is in units of the stocked part.
  const held = Math.ceil(part.keepFree / part.perUnit);
  return insufficientStock(part.lineVariantId, (stock.get(part.lineVariantId)?.available ?? 0) - held);
}

/**
 * Releases reservations whose time is up (all, or one variant's), oldest first. `exceptReference`:
 * the cart being worked on, whose own holds the caller has locked and moves itself.
 */
export async function releaseExpired(
  tx: TenantTx,
  opts: { variantId?: string; limit?: number; exceptReference?: string } = {},
) {
  let query = tx
    .selectFrom('reservations')
    .selectAll()
    .where('expiresAt', '<=', sql<Date>`now()`)
    .orderBy('expiresAt')
    .limit(opts.limit ?? 500)
    .forUpdate()
    .skipLocked();
  if (opts.variantId) query = query.where('variantId', '=', opts.variantId);
  if (opts.exceptReference) query = query.where('reference', '<>', opts.exceptReference);
  const expired = await query.execute();
  for (const hold of expired) await dropHold(tx, hold, 'EXPIRE');
  return expired.length;
}

async function dropHold(tx: TenantTx, hold: Hold, type: 'RELEASE' | 'EXPIRE') {
  await move(tx, {
    variantId: hold.variantId,
    locationId: hold.locationId,
    reserved: -hold.quantity,
    type,
    quantity: hold.quantity,
    reference: hold.reference,
  });
  await inventoryWrites(tx).deleteFrom('reservations').where('id', '=', hold.id).execute();
}

/** Sets one part's hold to `need`, moving only the difference. */
async function setHold(
  tx: TenantTx,
  reference: string,
  part: Part,
  existing: Hold | undefined,
  expiresAt: Date,
): Promise<void> {
  const delta = part.need - (existing?.quantity ?? 0);
  if (delta === 0) return;
  const resize = existing && part.need > 0;
  const m = {
    variantId: part.variantId,
    locationId: existing?.locationId ?? null,
    reserved: delta,
    keepFree: part.keepFree,
    type: delta > 0 ? ('RESERVE' as const) : ('RELEASE' as const),
    quantity: Math.abs(delta),
    reference,
    newHold: existing
      ? undefined
      : {
          reference,
          lineVariantId: part.lineVariantId,
          lineQuantity: part.lineQuantity,
          quantity: part.need,
          expiresAt,
        },
    // The hold's new size and expiry are written by the move statement itself.
    setHold: resize
      ? { id: existing.id, quantity: part.need, lineQuantity: part.lineQuantity, expiresAt }
      : undefined,
  };
  let row = await move(tx, m);
  // Holds past their time may still be counted when the sweep has not run yet: free them and retry.
  if (
    !row &&
    delta > 0 &&
    (await releaseExpired(tx, { variantId: part.variantId, exceptReference: reference })) > 0
  )
    row = await move(tx, m);
  if (!row) throw await lineShortage(tx, part);
  if (part.need === 0 && existing)
    await inventoryWrites(tx).deleteFrom('reservations').where('id', '=', existing.id).execute();
  // (A new or resized hold was written by the move statement itself.)
}

/** Sets one part's allocation for an order to `need`, taking the cart's hold when there is one. */
async function setAllocation(
  tx: TenantTx,
  orderReference: string,
  part: Part,
  existing: Allocation | undefined,
  hold: Hold | undefined,
): Promise<boolean> {
  const want = part.need - (existing?.quantity ?? 0);
  if (want === 0) return false;
  const base = { variantId: part.variantId, reference: orderReference };
  const target = existing?.locationId ?? hold?.locationId ?? null;
  if (hold && want > 0 && hold.locationId !== target) await dropHold(tx, hold, 'RELEASE');
  const fromHold = hold && want > 0 && hold.locationId === target ? hold.quantity : 0;
  const m = {
    ...base,
    locationId: target,
    reserved: -fromHold,
    allocated: want,
    keepFree: part.keepFree,
    type: want > 0 ? ('ALLOCATE' as const) : ('DEALLOCATE' as const),
    quantity: Math.abs(want),
    // The hold taken over and the new allocation row are written by the move statement itself.
    dropHoldId: fromHold > 0 ? hold?.id : undefined,
    newAllocation: existing
      ? undefined
      : {
          orderReference,
          lineVariantId: part.lineVariantId,
          lineQuantity: part.lineQuantity,
          quantity: part.need,
        },
  };
  let row = await move(tx, m);
  // As for holds: other carts' lapsed holds the sweep has not freed yet must not block a sale.
  const others = { variantId: part.variantId, exceptReference: hold?.reference };
  if (!row && want > fromHold && (await releaseExpired(tx, others)) > 0) row = await move(tx, m);
  if (!row) throw await lineShortage(tx, part);
  if (existing && part.need === 0)
    await inventoryWrites(tx).deleteFrom('allocations').where('id', '=', existing.id).execute();
  else if (existing)
    await inventoryWrites(tx)
      .updateTable('allocations')
      .set({ quantity: part.need, lineQuantity: part.lineQuantity })
      .where('id', '=', existing.id)
      .execute();
  return fromHold > 0;
}

/** Reduces (or removes) an allocation row by `quantity` units of stock. */
async function shrinkAllocation(tx: TenantTx, a: Allocation, quantity: number) {
  if (quantity >= a.quantity)
    await inventoryWrites(tx).deleteFrom('allocations').where('id', '=', a.id).execute();
  else {
    const perUnit = a.quantity / a.lineQuantity;
    await inventoryWrites(tx)
      .updateTable('allocations')
      .set({
        quantity: a.quantity - quantity,
        lineQuantity: Math.max(1, Math.ceil((a.quantity - quantity) / perUnit)),
      })
      .where('id', '=', a.id)
      .execute();
  }
}

const alreadyInLedger = async (tx: TenantTx, type: 'FULFIL' | 'RESTOCK', reference: string) =>
  (await tx
    .selectFrom('inventoryTransactions')
    .select('id')
    .where('type', '=', type)
    .where('reference', '=', reference)
    .limit(1)
    .executeTakeFirst()) !== undefined;

export const stockOps = {
  lockReference,

  async reserve(
    tx: TenantTx,
    input: { reference: string; lines: StockLine[]; expiresAt: Date; fresh?: boolean },
  ) {
    const parts = await expand(tx, input.lines, { kind: 'hold', reference: input.reference });
    // Unknown variants throw in `expand`; lines of digital goods alone take no lock there.
    if (parts.length === 0) await lockReference(tx, 'hold', input.reference);
    // Any activity on the cart renews all of its holds, read by the same statement. The update
    // locks them: the expiry sweep (which skips locked rows) cannot drop a hold we are changing,
    // and a hold it dropped first is simply not seen here.
    const holds = input.fresh
      ? []
      : await inventoryWrites(tx)
          .updateTable('reservations')
          .set({ expiresAt: input.expiresAt })
          .where('reference', '=', input.reference)
          .returningAll()
          .execute();
    for (const part of parts)
      await setHold(
        tx,
        input.reference,
        part,
        holds.find((h) => sameSlot(h, part)),
        input.expiresAt,
      );
  },

  async release(tx: TenantTx, reference: string, variantIds?: string[]) {
    await lockReference(tx, 'hold', reference);
    if (variantIds?.length === 0) return 0;
    let query = tx.selectFrom('reservations').selectAll().where('reference', '=', reference).forUpdate();
    if (variantIds) query = query.where('lineVariantId', 'in', variantIds);
    const holds = await query.execute();
    for (const hold of holds) await dropHold(tx, hold, 'RELEASE');
    return holds.length;
  },

  async allocate(tx: TenantTx, input: { reference?: string; orderReference: string; lines: StockLine[] }) {
    const locks = [
      { kind: 'order', reference: input.orderReference },
      ...(input.reference ? [{ kind: 'hold', reference: input.reference }] : []),
    ];
    // The locks ride on the expansion's statement; lines of digital goods alone take them apart.
    const parts = await expand(tx, input.lines, locks);
    if (input.lines.length === 0) for (const l of locks) await lockReference(tx, l.kind, l.reference);
    const { holds, allocations } = await holdsAndAllocations(
      tx,
      input.reference ?? null,
      input.orderReference,
    );
    // Holds this allocation took over (or dropped to move elsewhere) are gone; the rest is released below.
    const gone = new Set<string>();
    for (const part of parts) {
      const existing = allocations.find((a) => sameSlot(a, part));
      const hold = holds.find((h) => sameSlot(h, part));
      const want = part.need - (existing?.quantity ?? 0);
      const target = existing?.locationId ?? hold?.locationId ?? null;
      if (hold && want > 0 && hold.locationId !== target) gone.add(hold.id);
      if (await setAllocation(tx, input.orderReference, part, existing, hold)) gone.add(hold?.id ?? '');
    }
    // The cart is now an order: whatever else it held goes back on sale. Its holds are locked (FOR
    // UPDATE above, and the cart's advisory lock), so what is left is known without reading again.
    for (const hold of holds) if (!gone.has(hold.id)) await dropHold(tx, hold, 'RELEASE');
  },

  async releaseAllocation(tx: TenantTx, orderReference: string, lines?: StockLine[]) {
    await lockReference(tx, 'order', orderReference);
    const allocations = await tx
      .selectFrom('allocations')
      .selectAll()
      .where('orderReference', '=', orderReference)
      .execute();
    for (const a of allocations) {
      const line = lines?.find((l) => l.variantId === a.lineVariantId);
      if (lines && !line) continue;
      const qty = line ? Math.min(a.quantity, line.quantity * (a.quantity / a.lineQuantity)) : a.quantity;
      if (qty <= 0) continue;
      await mustMove(tx, {
        variantId: a.variantId,
        locationId: a.locationId,
        allocated: -qty,
        type: 'DEALLOCATE',
        quantity: qty,
        reference: orderReference,
      });
      await shrinkAllocation(tx, a, qty);
    }
  },

  async fulfil(
    tx: TenantTx,
    input: { orderReference: string; lines: StockLine[]; locationId?: string; reference?: string },
  ) {
    await lockReference(tx, 'order', input.orderReference);
    const ledgerRef = input.reference ?? input.orderReference;
    if (input.reference && (await alreadyInLedger(tx, 'FULFIL', ledgerRef))) return;
    const parts = await expand(tx, input.lines);
    const allocations = await tx
      .selectFrom('allocations')
      .selectAll()
      .where('orderReference', '=', input.orderReference)
      .execute();
    for (const part of parts) {
      const a = allocations.find((x) => sameSlot(x, part));
      const take = Math.min(a?.quantity ?? 0, part.need);
      const base = { variantId: part.variantId, type: 'FULFIL' as const, reference: ledgerRef };
      if (a && take > 0) {
        await mustMove(tx, {
          ...base,
          locationId: a.locationId,
          onHand: -take,
          allocated: -take,
          quantity: -take,
        });
        await shrinkAllocation(tx, a, take);
      }
      const rest = part.need - take;
      if (rest > 0)
        await mustMove(tx, { ...base, locationId: input.locationId ?? null, onHand: -rest, quantity: -rest });
    }
  },

  async restock(
    tx: TenantTx,
    input: { reference: string; lines: StockLine[]; reason: string; locationId?: string },
  ) {
    await lockReference(tx, 'restock', input.reference);
    if (await alreadyInLedger(tx, 'RESTOCK', input.reference)) return;
    const locationId = input.locationId ?? (await defaultLocationId(tx));
    for (const part of await expand(tx, input.lines)) {
      await ensureStockRow(tx, part.variantId, locationId);
      await mustMove(tx, {
        variantId: part.variantId,
        locationId,
        onHand: part.need,
        type: 'RESTOCK',
        quantity: part.need,
        reason: input.reason,
        reference: input.reference,
      });
    }
  },
};
