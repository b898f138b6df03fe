import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import { asLastStatement, type TenantTx } from '../../platform/db/pool.ts';
import { type FieldError, invalid, invalidState, notFound } from '../../platform/errors.ts';
import type { InventoryService } from '../inventory/index.ts';
import { couponProblem, couponService, shippingMethodService } from '../pricing/index.ts';
import { toCartDto } from './cart.dto.ts';
import { fieldsPatch, patchColumns } from './cart.patch.ts';
import * as repo from './cart.repository.ts';
import { type CartItemRow, type CartRow, type CartsTable, cartWrites } from './cart.schema.ts';
import { type CartCatalog, computeTotals, type PricedCartLine, readChange } from './cart.totals.ts';
import type { CartLineInput, CreateCartInput, UpdateCartInput } from './cart.validators.ts';

export type CartDeps = {
  catalog: CartCatalog;
  inventory: Pick<InventoryService, 'reserve' | 'release'>;
  reservationTtlSeconds: number;
};

/** A line being edited: an existing row keeps its id; `variantId` may be unknown until priced. */
type Draft = {
  id?: string;
  listingId: string;
  variantId?: string | null;
  quantity: number;
  savedForLater: boolean;
};
/** Who is asking: a shopper's customer id (storefront), or `admin` (merchant routes see any cart). */
export type CartViewer = { customerId: string | null } | 'admin';

const fromRow = (i: CartItemRow): Draft => ({
  id: i.id,
  listingId: i.listingId,
  variantId: i.variantId,
  quantity: i.quantity,
  savedForLater: i.savedForLater,
});

/** Carts: every change re-prices the lines, re-holds their stock and recomputes the totals. */
export function createCartService(deps: CartDeps) {
  const expiry = (from: Date) => new Date(from.getTime() + deps.reservationTtlSeconds * 1000);

  // A customer's cart is theirs alone; guests reach a cart by its unguessable id.
  const reachable = (cart: CartRow | undefined, viewer: CartViewer): cart is CartRow =>
    cart !== undefined && (viewer === 'admin' || !cart.customerId || cart.customerId === viewer.customerId);

  async function open(tx: TenantTx, storeId: string, id: string, viewer: CartViewer, lock: boolean) {
    const cart = await repo.findCart(tx, storeId, id, lock);
    if (!reachable(cart, viewer)) throw notFound('Cart');
    return cart;
  }

  /** The cart, locked, with its lines (one round trip). */
  async function openWithItems(tx: TenantTx, storeId: string, id: string, viewer: CartViewer) {
    const found = await repo.findCartWithItems(tx, storeId, id, true);
    if (!found || !reachable(found.cart, viewer)) throw notFound('Cart');
    return found;
  }

  /** The lines `apply` just wrote, by the cart row it returned: `respond` need not read them again. */
  const written = new WeakMap<CartRow, CartItemRow[]>();

  /** Prices drafts, merges lines of the same variant, holds stock, writes lines and totals. */
  async function apply(
    tx: TenantTx,
    cart: Pick<CartRow, 'id' | 'storeId' | 'couponCodes' | 'shippingMethodId' | 'shippingAddress'>,
    before: CartItemRow[],
    drafts: Draft[],
    patch: Partial<CartRow> = {},
    fresh = false,
    /** A new cart: inserted with its lines and totals by one statement, after its holds. */
    insert?: Omit<Insertable<CartsTable>, 'currency'> & { id: string },
  ) {
    const next = { ...cart, ...patch };
    // The reads first, in one statement: the totals' inputs and the lines' prices.
    const { inputs, priced } = await readChange(tx, deps.catalog, next, drafts);
    const merged = new Map<string, PricedCartLine & { savedForLater: boolean; rowId?: string }>();
    drafts.forEach((d, i) => {
      const p = priced[i];
      if (!p) return;
      const key = `${p.variantId}:${d.savedForLater}`;
      const seen = merged.get(key);
      if (seen) seen.quantity += d.quantity;
      else
        merged.set(key, {
          ...p,
          id: d.id ?? key,
          rowId: d.id,
          quantity: d.quantity,
          savedForLater: d.savedForLater,
        });
    });
    const lines = [...merged.values()];
    const active = lines.filter((l) => !l.savedForLater);
    const now = new Date();
    // Holds are SET per variant; variants no longer in the cart are set to 0 (released).
    const held = new Map(active.map((l) => [l.variantId, l.quantity]));
    for (const b of before) if (!b.savedForLater && !held.has(b.variantId)) held.set(b.variantId, 0);
    if (held.size > 0)
      await deps.inventory.reserve(tx, {
        reference: cart.id,
        lines: [...held].map(([variantId, quantity]) => ({ variantId, quantity })),
        expiresAt: expiry(now),
        fresh,
      });
    const values = lines.map((l) => ({
      id: l.rowId,
      listingId: l.listingId,
      productId: l.productId,
      variantId: l.variantId,
      title: l.title,
      sku: l.sku,
      unitPriceMinor: l.unitPriceMinor,
      quantity: l.quantity,
      savedForLater: l.savedForLater,
    }));
    const totals = await computeTotals(tx, next, active, inputs);
    const columns = {
      ...patchColumns(patch),
      status: 'ACTIVE' as const,
      lastActivityAt: now,
      subtotalMinor: totals.subtotalMinor,
      discountMinor: totals.discountMinor,
      shippingMinor: totals.shippingMinor,
      taxMinor: totals.taxMinor,
      totalMinor: totals.totalMinor,
    };
    // The last statement: the cart's holds above keep their stock rows locked until commit.
    if (insert) {
      const row = { ...insert, currency: inputs.ctx.currency, ...columns };
      const created = await asLastStatement(tx, () => repo.insertCartWithItems(tx, row, values));
      written.set(created.cart, created.items);
      return created.cart;
    }
    const saved = await asLastStatement(tx, () => repo.saveCart(tx, cart.id, columns, before, values));
    written.set(saved.cart, saved.items);
    return saved.cart;
  }

  async function respond(tx: TenantTx, cart: CartRow) {
    const items = written.get(cart) ?? (await repo.itemsOf(tx, cart.id));
    return toCartDto(cart, items, cart.status === 'ACTIVE' ? expiry(cart.lastActivityAt) : null);
  }

  async function mutate(
    tx: TenantTx,
    storeId: string,
    id: string,
    viewer: CartViewer,
    edit: (drafts: Draft[], items: CartItemRow[]) => Draft[],
    patch: Partial<CartRow> = {},
  ) {
    const { cart, items } = await openWithItems(tx, storeId, id, viewer);
    if (cart.status === 'CONVERTED') throw invalidState('This cart has been checked out');
    const drafts = edit(items.map(fromRow), items);
    // A shopper coming back to an abandoned cart recovers it.
    const recovered = cart.status === 'ABANDONED' ? { recoveredAt: new Date() } : {};
    return respond(tx, await apply(tx, cart, items, drafts, { ...patch, ...recovered }));
  }

  const service = {
    async create(tx: TenantTx, storeId: string, input: CreateCartInput, customerId: string | null) {
      // Inserted by `apply`, with the store's currency, its lines and totals, once the holds are made.
      const cart = {
        id: randomUUID(),
        storeId,
        customerId,
        email: input.email ?? null,
        sessionId: input.sessionId ?? null,
      };
      const drafts = (input.items ?? []).map((l) => ({ ...l, savedForLater: false }));
      const base = { id: cart.id, storeId, couponCodes: [], shippingMethodId: null, shippingAddress: null };
      return respond(tx, await apply(tx, base, [], drafts, {}, true, cart));
    },

    async get(tx: TenantTx, storeId: string, id: string, viewer: CartViewer) {
      return respond(tx, await open(tx, storeId, id, viewer, false));
    },

    async update(tx: TenantTx, storeId: string, id: string, input: UpdateCartInput, viewer: CartViewer) {
      await validateUpdate(tx, storeId, input);
      const { items, ...fields } = input;
      const patch = fieldsPatch(fields);
      return mutate(
        tx,
        storeId,
        id,
        viewer,
        (drafts) =>
          items
            ? [
                ...items.map((l) => ({ ...l, savedForLater: false })),
                ...drafts.filter((d) => d.savedForLater),
              ]
            : drafts,
        patch,
      );
    },

    addItem: (tx: TenantTx, storeId: string, id: string, line: CartLineInput, viewer: CartViewer) =>
      mutate(tx, storeId, id, viewer, (drafts) => [...drafts, { ...line, savedForLater: false }]),

    updateItem: (
      tx: TenantTx,
      storeId: string,
      id: string,
      itemId: string,
      quantity: number,
      viewer: CartViewer,
    ) => mutate(tx, storeId, id, viewer, (drafts) => withItem(drafts, itemId, (d) => ({ ...d, quantity }))),

    removeItem: (tx: TenantTx, storeId: string, id: string, itemId: string, viewer: CartViewer) =>
      mutate(tx, storeId, id, viewer, (drafts) => withItem(drafts, itemId, () => null)),

    /** Moves a line out of the cart (kept, not held, not counted) or back into it. */
    saveForLater: (
      tx: TenantTx,
      storeId: string,
      id: string,
      itemId: string,
      saved: boolean,
      viewer: CartViewer,
    ) =>
      mutate(tx, storeId, id, viewer, (drafts) =>
        withItem(drafts, itemId, (d) => ({
          listingId: d.listingId,
          variantId: d.variantId,
          quantity: d.quantity,
          savedForLater: saved,
        })),
      ),

    /**
     * Restores an abandoned cart from the link in its recovery email: its lines are held again
     * (409 when stock is gone) and it counts as recovered.
     */
    async recover(tx: TenantTx, storeId: string, token: string) {
      const found = await tx
        .selectFrom('carts')
        .select('id')
        .where('storeId', '=', storeId)
        .where('recoveryToken', '=', token)
        .executeTakeFirst();
      if (!found) throw notFound('Cart');
      const cart = await open(tx, storeId, found.id, 'admin', true);
      if (cart.status === 'CONVERTED') throw invalidState('This cart has been checked out');
      const items = await repo.itemsOf(tx, cart.id);
      const patch: Partial<CartRow> = cart.status === 'ABANDONED' ? { recoveredAt: new Date() } : {};
      return respond(tx, await apply(tx, cart, items, items.map(fromRow), patch));
    },

    /**
     * On login a guest cart joins the customer's: merged into their active cart (same variants add
     * up, holds move over) or, when they have none, simply becomes theirs.
     */
    async claim(tx: TenantTx, storeId: string, guestCartId: string, customerId: string) {
      const guest = await open(tx, storeId, guestCartId, { customerId }, true);
      if (guest.status === 'CONVERTED') throw invalidState('This cart has been checked out');
      const target = await tx
        .selectFrom('carts')
        .selectAll()
        .where('storeId', '=', storeId)
        .where('customerId', '=', customerId)
        .where('status', '=', 'ACTIVE')
        .where('id', '<>', guest.id)
        .orderBy('lastActivityAt', 'desc')
        .forUpdate()
        .executeTakeFirst();
      const guestItems = await repo.itemsOf(tx, guest.id);
      if (!target) {
        const mine = await repo.updateCart(tx, guest.id, { customerId });
        return respond(tx, await apply(tx, mine, guestItems, guestItems.map(fromRow)));
      }
      const targetItems = await repo.itemsOf(tx, target.id);
      await deps.inventory.release(tx, guest.id);
      await cartWrites(tx).deleteFrom('carts').where('id', '=', guest.id).execute();
      const moved = guestItems.map((i) => ({ ...fromRow(i), id: undefined }));
      const couponCodes = [...new Set([...target.couponCodes, ...guest.couponCodes])];
      return respond(
        tx,
        await apply(tx, target, targetItems, [...targetItems.map(fromRow), ...moved], { couponCodes }),
      );
    },

    /** The signed-in customer's active cart, if any. */
    async activeFor(tx: TenantTx, storeId: string, customerId: string) {
      const cart = await tx
        .selectFrom('carts')
        .selectAll()
        .where('storeId', '=', storeId)
        .where('customerId', '=', customerId)
        .where('status', '=', 'ACTIVE')
        .orderBy('lastActivityAt', 'desc')
        .executeTakeFirst();
      if (!cart) throw notFound('Cart');
      return respond(tx, cart);
    },

    /** Deletes a cart and releases its holds. A converted cart stays (it is the order's history). */
    async remove(tx: TenantTx, storeId: string, id: string) {
      const cart = await open(tx, storeId, id, 'admin', true);
      if (cart.status === 'CONVERTED') throw invalidState('A converted cart cannot be deleted');
      await deps.inventory.release(tx, cart.id);
      await cartWrites(tx).deleteFrom('carts').where('id', '=', cart.id).execute();
    },

    /** Locks an active cart for checkout and returns it with its lines (checkout re-prices them). */
    async lockForCheckout(tx: TenantTx, storeId: string, id: string, viewer: CartViewer) {
      const { cart, items } = await openWithItems(tx, storeId, id, viewer);
      if (cart.status === 'CONVERTED') throw invalidState('This cart has already been checked out');
      return { cart, items };
    },

    /** The order a cart was checked out into (null while it is not converted). */
    async convertedOrderId(tx: TenantTx, storeId: string, id: string, viewer: CartViewer) {
      const cart = await open(tx, storeId, id, viewer, false);
      return cart.status === 'CONVERTED' ? cart.orderId : null;
    },

    /**
     * The CTE that marks a cart converted into an order, for the checkout's placement statement
     * (inside the checkout transaction).
     */
    convertedCte: (tx: TenantTx, cartId: string, orderId: string) =>
      sql`converted_cart as (${cartWrites(tx)
        .updateTable('carts')
        .set({ status: 'CONVERTED', orderId, lastActivityAt: new Date() })
        .where('id', '=', cartId)})`,
  };

  async function validateUpdate(tx: TenantTx, storeId: string, input: UpdateCartInput) {
    const errors: FieldError[] = [];
    if (input.couponCodes?.length) {
      const rows = await couponService.byCodes(tx, storeId, input.couponCodes);
      input.couponCodes.forEach((code, i) => {
        const row = rows.find((r) => r.code === code);
        const problem = row ? couponProblem(row) : 'is not a valid coupon';
        if (problem) errors.push({ path: `couponCodes.${i}`, message: `${code} ${problem}` });
      });
    }
    if (input.shippingMethodId) {
      const method = await shippingMethodService.find(tx, storeId, input.shippingMethodId);
      if (!method?.isActive)
        errors.push({ path: 'shippingMethodId', message: 'is not a shipping method of this store' });
    }
    if (errors.length > 0) throw invalid('The cart cannot be updated', errors);
  }

  return service;
}

function withItem(drafts: Draft[], itemId: string, change: (d: Draft) => Draft | null): Draft[] {
  if (!drafts.some((d) => d.id === itemId)) throw notFound('Cart item');
  return drafts.flatMap((d) => {
    if (d.id !== itemId) return [d];
    const next = change(d);
    return next ? [next] : [];
  });
}

export type CartService = ReturnType<typeof createCartService>;
