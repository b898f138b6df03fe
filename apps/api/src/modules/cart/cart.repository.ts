import type { Updateable } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import type { CartItemRow, CartsTable } from './cart.schema.ts';

export const findCart = (tx: TenantTx, storeId: string, id: string, lock = false) => {
  const q = tx.selectFrom('carts').selectAll().where('storeId', '=', storeId).where('id', '=', id);
  return (lock ? q.forUpdate() : q).executeTakeFirst();
};

export const itemsOf = (tx: TenantTx, cartId: string) =>
  tx
    .selectFrom('cartItems')
    .selectAll()
    .where('cartId', '=', cartId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();

export const updateCart = (tx: TenantTx, id: string, patch: Updateable<CartsTable>) =>
  tx.updateTable('carts').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();

export type LineValues = Omit<CartItemRow, 'id' | 'tenantId' | 'createdAt' | 'cartId'> & { id?: string };

/** Writes the cart's lines: existing ids are updated in place (item ids stay stable), others inserted. */
export async function saveItems(tx: TenantTx, cartId: string, before: CartItemRow[], after: LineValues[]) {
  const keep = new Set(after.flatMap((l) => (l.id ? [l.id] : [])));
  const gone = before.filter((b) => !keep.has(b.id)).map((b) => b.id);
  if (gone.length > 0)
    await tx.deleteFrom('cartItems').where('cartId', '=', cartId).where('id', 'in', gone).execute();
  for (const line of after.filter((l) => l.id)) {
    const old = before.find((b) => b.id === line.id);
    if (
      old &&
      old.quantity === line.quantity &&
      old.unitPriceMinor === line.unitPriceMinor &&
      old.savedForLater === line.savedForLater &&
      old.title === line.title
    )
      continue;
    const { id, ...values } = line;
    await tx
      .updateTable('cartItems')
      .set(values)
      .where('id', '=', id as string)
      .execute();
  }
  const fresh = after.filter((l) => !l.id);
  if (fresh.length > 0)
    await tx
      .insertInto('cartItems')
      .values(fresh.map((l) => ({ ...l, cartId })))
      .execute();
}
