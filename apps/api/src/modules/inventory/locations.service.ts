import { sql } from 'kysely';
import { isUniqueViolation } from '../../platform/db/pg-errors.ts';
import type { TenantTx } from '../../platform/db/pool.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import { listEnvelope, slugify } from '../../platform/http/schemas.ts';
import { toAlertDto, toLocationDto } from './inventory.dto.ts';
import { inventoryWrites } from './inventory.schema.ts';
import type { CreateLocationInput, TransferInput } from './inventory.validators.ts';
import { mustMove } from './moves.ts';
import { loadProducts } from './product-reads.ts';
import * as products from './products.repository.ts';
import { defaultLocationId, ensureStockRow } from './stock.repository.ts';

async function findLocation(tx: TenantTx, id: string) {
  const row = await tx.selectFrom('locations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Location');
  return row;
}

/** Which variant a transfer moves: the given one, or the only / default variant of a product. */
async function transferVariant(tx: TenantTx, input: TransferInput) {
  if (input.variantId) {
    const [v] = await products.findVariants(tx, [input.variantId]);
    if (!v || (input.productId && v.productId !== input.productId)) throw notFound('Variant');
    return v;
  }
  if (!input.productId)
    throw invalid('Say what to move', [{ path: 'variantId', message: 'give variantId or productId' }]);
  const variants = await products.variantsOf(tx, [input.productId]);
  if (variants.length === 0) throw notFound('Product');
  if (variants.length > 1)
    throw invalid('This product has several variants', [{ path: 'variantId', message: 'is required' }]);
  const [v] = await products.findVariants(tx, [variants[0]?.id ?? '']);
  if (!v) throw notFound('Product');
  return v;
}

/** Warehouses, transfers between them, and the low-stock alerts of a tenant. */
export const locationService = {
  async list(tx: TenantTx) {
    await defaultLocationId(tx);
    const rows = await tx
      .selectFrom('locations')
      .selectAll()
      .orderBy('isDefault', 'desc')
      .orderBy('name')
      .execute();
    return listEnvelope(rows.map(toLocationDto), rows.length, { limit: rows.length, offset: 0 });
  },

  async create(tx: TenantTx, input: CreateLocationInput) {
    // The first location a tenant names becomes its default unless one already exists.
    const hasDefault = await tx
      .selectFrom('locations')
      .select('id')
      .where('isDefault', '=', true)
      .executeTakeFirst();
    const makeDefault = input.isDefault ?? !hasDefault;
    if (makeDefault && hasDefault)
      await inventoryWrites(tx)
        .updateTable('locations')
        .set({ isDefault: false })
        .where('isDefault', '=', true)
        .execute();
    try {
      const row = await inventoryWrites(tx)
        .insertInto('locations')
        .values({
          name: input.name,
          code: input.code ?? (slugify(input.name) || 'location'),
          address: JSON.stringify(input.address ?? {}),
          isDefault: makeDefault,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordEvent(tx, 'inventory.location.created', { locationId: row.id });
      return toLocationDto(row);
    } catch (err) {
      if (isUniqueViolation(err))
        throw conflict('DUPLICATE_CODE', 'A location with this code already exists');
      throw err;
    }
  },

  /** Per-location stock rows of a product's variants. */
  async stockByLocation(tx: TenantTx, productId: string) {
    const variants = await products.variantsOf(tx, [productId]);
    if (variants.length === 0) throw notFound('Product');
    const rows = await sql<{
      variantId: string;
      locationId: string;
      onHand: number;
      reserved: number;
      allocated: number;
    }>`
      select variant_id, location_id, on_hand, reserved, allocated from stock_levels
       where variant_id = any(${variants.map((v) => v.id)}::uuid[]) order by variant_id, location_id`.execute(
      tx,
    );
    return rows.rows.map((r) => ({ ...r, available: r.onHand - r.reserved - r.allocated }));
  },

  /** Moves on-hand stock between locations: two guarded moves and two ledger rows, atomically. */
  async transfer(tx: TenantTx, input: TransferInput, actor?: string) {
    if (input.fromLocationId === input.toLocationId)
      throw invalid('Nothing to move', [
        { path: 'toLocationId', message: 'must differ from fromLocationId' },
      ]);
    await Promise.all([findLocation(tx, input.fromLocationId), findLocation(tx, input.toLocationId)]);
    const variant = await transferVariant(tx, input);
    if (variant.type !== 'PHYSICAL') throw invalid('Only physical products keep stock');
    const common = { variantId: variant.id, reason: input.reason ?? null, actor, reference: null };
    await mustMove(tx, {
      ...common,
      locationId: input.fromLocationId,
      onHand: -input.quantity,
      type: 'TRANSFER_OUT',
      quantity: -input.quantity,
    });
    await ensureStockRow(tx, variant.id, input.toLocationId);
    await mustMove(tx, {
      ...common,
      locationId: input.toLocationId,
      onHand: input.quantity,
      type: 'TRANSFER_IN',
      quantity: input.quantity,
    });
    const [product] = await loadProducts(tx, [variant.productId]);
    return product;
  },

  async alerts(tx: TenantTx, q: { limit: number; offset: number; acknowledged?: boolean }) {
    let query = tx.selectFrom('inventoryAlerts');
    if (q.acknowledged !== undefined)
      query = query.where('acknowledgedAt', q.acknowledged ? 'is not' : 'is', null);
    const [rows, count] = await Promise.all([
      query.selectAll().orderBy('createdAt', 'desc').orderBy('id').limit(q.limit).offset(q.offset).execute(),
      query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return listEnvelope(rows.map(toAlertDto), Number(count.n), q);
  },

  /** Marks an alert as seen; repeating it is harmless. */
  async acknowledgeAlert(tx: TenantTx, id: string) {
    const row = await inventoryWrites(tx)
      .updateTable('inventoryAlerts')
      .set({ acknowledgedAt: sql`coalesce(acknowledged_at, now())` })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw notFound('Alert');
    return toAlertDto(row);
  },
};
