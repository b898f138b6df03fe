import { type Insertable, sql, type Updateable } from 'kysely';
import { type JsonRow, naming } from '../../platform/db/naming.ts';
import type { TenantTx } from '../../platform/db/pool.ts';
import { type CartItemRow, type CartRow, type CartsTable, cartWrites } from './cart.schema.ts';

/** A store's abandoned carts, newest first, with their units; `recovered` narrows to one side. */
export async function listAbandoned(
  tx: TenantTx,
  storeId: string,
  q: { limit: number; offset: number; recovered?: boolean },
) {
  let base = tx
    .selectFrom('carts as c')
    .where('c.storeId', '=', storeId)
    .where('c.abandonedAt', 'is not', null);
  if (q.recovered !== undefined) base = base.where('c.recoveredAt', q.recovered ? 'is not' : 'is', null);
  const [rows, count] = await Promise.all([
    base
      .select([
        'c.id',
        'c.email',
        'c.customerId',
        'c.totalMinor',
        'c.currency',
        'c.abandonedAt',
        'c.recoveryEmailSentAt',
        'c.recoveredAt',
        'c.orderId',
      ])
      .select(
        sql<number>`(select coalesce(sum(i.quantity), 0)::int from cart_items i
          where i.cart_id = c.id and not i.saved_for_later)`.as('units'),
      )
      .orderBy('c.abandonedAt', 'desc')
      .orderBy('c.id')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** How many carts were abandoned, how many came back, and how many of those became orders. */
export async function abandonedCounts(tx: TenantTx, storeId: string) {
  const row = await tx
    .selectFrom('carts')
    .where('storeId', '=', storeId)
    .where('abandonedAt', 'is not', null)
    .select((eb) => [
      eb.fn.countAll<number>().as('abandoned'),
      eb.fn.count<number>('recoveredAt').as('recovered'),
      eb.fn.count<number>('recoveredAt').filterWhere('status', '=', 'CONVERTED').as('converted'),
      eb.fn.coalesce(eb.fn.sum<number>('totalMinor'), eb.lit(0)).as('abandonedMinor'),
    ])
    .executeTakeFirstOrThrow();
  return {
    abandoned: Number(row.abandoned),
    recovered: Number(row.recovered),
    converted: Number(row.converted),
    abandonedMinor: Number(row.abandonedMinor),
  };
}

export const findCart = (tx: TenantTx, storeId: string, id: string, lock = false) => {
  const q = tx.selectFrom('carts').selectAll().where('storeId', '=', storeId).where('id', '=', id);
  return (lock ? q.forUpdate() : q).executeTakeFirst();
};

/** A line as `json_agg` of its row gives it: its columns by their SQL names, renamed by `naming.rowOf`. */
type ItemJson = Omit<CartItemRow, 'createdAt'> & { createdAt: string };
const fromJson = (items: JsonRow[]): CartItemRow[] =>
  items.map((json) => {
    const i = naming.rowOf<ItemJson>(json);
    return { ...i, createdAt: new Date(i.createdAt) };
  });

/**
 * A cart (locked FOR UPDATE when `lock`) with its lines, in ONE statement: the lines come as JSON
 * in the order `itemsOf` gives them.
 */
export async function findCartWithItems(tx: TenantTx, storeId: string, id: string, lock: boolean) {
  const q = tx
    .selectFrom('carts as c')
    .selectAll('c')
    .select(
      sql<JsonRow[] | null>`(select json_agg(i order by i.created_at, i.id)
        from cart_items i where i.cart_id = c.id)`.as('items'),
    )
    .where('c.storeId', '=', storeId)
    .where('c.id', '=', id);
  const row = await (lock ? q.forUpdate('c') : q).executeTakeFirst();
  if (!row) return undefined;
  const { items, ...cart } = row;
  return {
    cart: cart as CartRow,
    items: fromJson(items ?? []),
  };
}

export const itemsOf = (tx: TenantTx, cartId: string) =>
  tx
    .selectFrom('cartItems')
    .selectAll()
    .where('cartId', '=', cartId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();

export type LineValues = Omit<CartItemRow, 'id' | 'tenantId' | 'createdAt' | 'cartId'> & { id?: string };

/** Lines in the order `itemsOf` gives them. */
const inCartOrder = (items: CartItemRow[]) =>
  items.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));

const sameLine = (old: CartItemRow, line: LineValues) =>
  old.quantity === line.quantity &&
  old.unitPriceMinor === line.unitPriceMinor &&
  old.savedForLater === line.savedForLater &&
  old.title === line.title;

/**
 * Writes the cart's columns and its lines in ONE statement: lines no longer there are deleted,
 * existing ids updated in place (item ids stay stable), others inserted. Returns the cart and its
 * lines as stored now, in the order `itemsOf` gives them.
 */
export async function saveCart(
  tx: TenantTx,
  cartId: string,
  patch: Updateable<CartsTable>,
  before: CartItemRow[],
  after: LineValues[],
): Promise<{ cart: CartRow; items: CartItemRow[] }> {
  const w = cartWrites(tx);
  const keep = new Set(after.flatMap((l) => (l.id ? [l.id] : [])));
  const gone = before.filter((b) => !keep.has(b.id)).map((b) => b.id);
  const unchanged: CartItemRow[] = [];
  const steps = gone.length
    ? [sql`gone as (${w.deleteFrom('cartItems').where('cartId', '=', cartId).where('id', 'in', gone)})`]
    : [];
  const written: string[] = [];
  for (const { id, ...values } of after) {
    if (!id) continue;
    const old = before.find((b) => b.id === id);
    if (old && sameLine(old, values)) {
      unchanged.push(old);
      continue;
    }
    const name = `line${written.length}`;
    written.push(name);
    steps.push(
      sql`${sql.id(name)} as (${w.updateTable('cartItems').set(values).where('id', '=', id).returningAll()})`,
    );
  }
  const fresh = after.filter((l) => !l.id).map((l) => ({ ...l, cartId }));
  if (fresh.length > 0) {
    written.push('added');
    steps.push(sql`added as (${w.insertInto('cartItems').values(fresh).returningAll()})`);
  }
  steps.push(sql`c as (${w.updateTable('carts').set(patch).where('id', '=', cartId).returningAll()})`);
  const lines = written.length
    ? sql.raw(
        `(select coalesce(json_agg(x), '[]') from (${written.map((n) => `select * from ${n}`).join(' union all ')}) x)`,
      )
    : sql`'[]'::json`;
  const { rows } = await sql<CartRow & { writtenItems: JsonRow[] }>`
    with ${sql.join(steps)} select c.*, ${lines} as written_items from c`.execute(tx);
  const row = rows[0];
  if (!row) throw new Error('the cart was not updated');
  const { writtenItems, ...cart } = row;
  return { cart: cart as CartRow, items: inCartOrder([...unchanged, ...fromJson(writtenItems)]) };
}

export const updateCart = (tx: TenantTx, id: string, patch: Updateable<CartsTable>) =>
  cartWrites(tx)
    .updateTable('carts')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

/**
 * A new cart with its lines in ONE statement (the lines' insert satisfies its foreign key at the
 * statement's end). Returns both as stored; the lines in the order `itemsOf` gives them.
 */
export async function insertCartWithItems(
  tx: TenantTx,
  cart: Insertable<CartsTable> & { id: string },
  items: LineValues[],
): Promise<{ cart: CartRow; items: CartItemRow[] }> {
  const lines =
    items.length > 0
      ? sql`${cartWrites(tx)
          .insertInto('cartItems')
          .values(items.map(({ id: _, ...l }) => ({ ...l, cartId: cart.id })))
          .returningAll()}`
      : sql`select * from cart_items where false`;
  const { rows } = await sql<CartRow & { insertedItems: JsonRow[] }>`
    with c as (${cartWrites(tx).insertInto('carts').values(cart).returningAll()}), i as (${lines})
    select c.*, (select coalesce(json_agg(i), '[]') from i) as inserted_items from c`.execute(tx);
  const row = rows[0];
  if (!row) throw new Error('the cart was not inserted');
  const { insertedItems, ...inserted } = row;
  return { cart: inserted as CartRow, items: inCartOrder(fromJson(insertedItems)) };
}
