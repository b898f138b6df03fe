import type { TenantTx } from '../../platform/db/pool.ts';
import { invalid, invalidState, notFound } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import { listEnvelope } from '../../platform/http/schemas.ts';
import {
  type Actor,
  addTimeline,
  type FlowDeps,
  notifyCustomer,
  type OrderActions,
} from '../fulfillment/index.ts';
import { type OrderItemRow, type OrderRow, orderLifecycle } from '../orders/index.ts';
import { toReturnDto } from './returns.dto.ts';
import { returnConflict } from './returns.errors.ts';
import { listStoreReturns, type ReturnListFilter } from './returns.repository.ts';
import { type ReturnRow, type ReturnStatus, returnsWrites } from './returns.schema.ts';
import type { ReceiveInput, RequestReturnInput } from './returns.validators.ts';

const OPEN: ReturnStatus[] = ['REQUESTED', 'APPROVED'];

const itemsOf = (tx: TenantTx, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : tx.selectFrom('returnItems').selectAll().where('returnId', 'in', ids).orderBy('createdAt').execute();

// Read like the fulfilment module's location check: RLS keeps another tenant's locations out.
const locationExists = async (tx: TenantTx, id: string) =>
  !!(await tx.selectFrom('locations').select('id').where('id', '=', id).executeTakeFirst());

/** Units of each line that may still be asked back: shipped, not yet returned, not in an open return. */
async function returnable(tx: TenantTx, orderId: string, items: OrderItemRow[]) {
  const open = await tx
    .selectFrom('returns')
    .select('id')
    .where('orderId', '=', orderId)
    .where('status', 'in', OPEN)
    .execute();
  const pending = await itemsOf(
    tx,
    open.map((o) => o.id),
  );
  return new Map(
    items.map((i) => [
      i.id,
      i.quantityFulfilled -
        i.quantityReturned -
        pending.filter((p) => p.orderItemId === i.id).reduce((n, p) => n + p.quantity, 0),
    ]),
  );
}

/**
 * Returns and exchanges: requested by the shopper (account or tracking page) or staff, approved,
 * received line by line (restocked or written off), then refunded or exchanged for a new order
 * that goes through the same fulfilment flow.
 */
export function createReturnService(deps: FlowDeps & { actions: OrderActions }) {
  async function mustFind(tx: TenantTx, storeId: string, id: string) {
    const row = await tx
      .selectFrom('returns')
      .selectAll()
      .where('storeId', '=', storeId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('Return');
    return row;
  }
  const present = async (tx: TenantTx, r: ReturnRow) => toReturnDto(r, await itemsOf(tx, [r.id]));

  async function moveTo(
    tx: TenantTx,
    r: ReturnRow,
    from: ReturnStatus[],
    to: ReturnStatus,
    extra: Partial<Pick<ReturnRow, 'staffNote' | 'refundId' | 'exchangeOrderId'>> = {},
  ) {
    if (!from.includes(r.status)) throw invalidState(`A ${r.status} return cannot become ${to}`);
    return returnsWrites(tx)
      .updateTable('returns')
      .set({ ...extra, status: to })
      .where('id', '=', r.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async function tell(tx: TenantTx, order: OrderRow, r: ReturnRow, actor: Actor, note?: string | null) {
    await addTimeline(
      tx,
      order.id,
      actor,
      `return.${r.status.toLowerCase()}`,
      `Return ${r.number} ${r.status.toLowerCase()}`,
      { returnId: r.id },
    );
    await notifyCustomer(deps, tx, order, 'return_update', {
      return: { number: r.number, status: r.status, note: note ?? '' },
    });
    await recordEvent(tx, `return.${r.status.toLowerCase()}`, {
      returnId: r.id,
      orderId: order.id,
      storeId: order.storeId,
    });
  }

  return {
    async request(tx: TenantTx, order: OrderRow, input: RequestReturnInput, actor: Actor) {
      const locked = await orderLifecycle.lock(tx, order.storeId, order.id);
      if (locked.status === 'CANCELED' || locked.status === 'RETURNED')
        throw invalidState(`A ${locked.status} order cannot be returned`);
      const items = await deps.orders.itemsOf(tx, order.id);
      const left = await returnable(tx, order.id, items);
      const errors = input.items.flatMap((l, i) =>
        items.some((it) => it.id === l.itemId)
          ? []
          : [{ path: `items.${i}.itemId`, message: 'is not a line of this order' }],
      );
      if (errors.length > 0) throw invalid('The request is not valid', errors);
      for (const l of input.items)
        if (l.quantity > (left.get(l.itemId) ?? 0))
          throw returnConflict(
            'QUANTITY_EXCEEDS_RETURNABLE',
            `Only ${left.get(l.itemId) ?? 0} of that line can be returned (shipped and not returned yet)`,
            {
              itemId: l.itemId,
              returnable: left.get(l.itemId) ?? 0,
            },
          );
      const count = await tx
        .selectFrom('returns')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('orderId', '=', order.id)
        .executeTakeFirstOrThrow();
      const row = await returnsWrites(tx)
        .insertInto('returns')
        .values({
          storeId: order.storeId,
          orderId: order.id,
          number: `${order.orderNumber}-R${Number(count.n) + 1}`,
          kind: input.kind,
          reason: input.reason ?? null,
          customerNote: actor.type === 'CUSTOMER' ? (input.note ?? null) : null,
          staffNote: actor.type === 'STAFF' ? (input.note ?? null) : null,
          requestedBy: actor.type === 'CUSTOMER' ? 'CUSTOMER' : 'STAFF',
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await returnsWrites(tx)
        .insertInto('returnItems')
        .values(
          input.items.map((l) => {
            const item = items.find((it) => it.id === l.itemId) as OrderItemRow;
            return {
              returnId: row.id,
              orderItemId: item.id,
              variantId: item.variantId,
              title: item.title,
              quantity: l.quantity,
              reason: l.reason ?? null,
              exchangeVariantId: input.kind === 'EXCHANGE' ? (l.exchangeVariantId ?? item.variantId) : null,
            };
          }),
        )
        .execute();
      await tell(tx, locked, row, actor);
      return present(tx, row);
    },

    async approve(tx: TenantTx, storeId: string, id: string, note: string | undefined, actor: Actor) {
      const r = await mustFind(tx, storeId, id);
      const order = await orderLifecycle.lock(tx, storeId, r.orderId);
      const row = await moveTo(tx, r, ['REQUESTED'], 'APPROVED', note ? { staffNote: note } : {});
      await tell(tx, order, row, actor, note);
      return present(tx, row);
    },

    async reject(tx: TenantTx, storeId: string, id: string, note: string | undefined, actor: Actor) {
      const r = await mustFind(tx, storeId, id);
      const order = await orderLifecycle.lock(tx, storeId, r.orderId);
      const row = await moveTo(tx, r, ['REQUESTED', 'APPROVED'], 'REJECTED', note ? { staffNote: note } : {});
      await tell(tx, order, row, actor, note);
      return present(tx, row);
    },

    /** Goods are back: each line restocked (default) or written off; the order may become RETURNED. */
    async receive(tx: TenantTx, storeId: string, id: string, input: ReceiveInput, actor: Actor) {
      const r = await mustFind(tx, storeId, id);
      const order = await orderLifecycle.lock(tx, storeId, r.orderId);
      const lines = await itemsOf(tx, [r.id]);
      const plan = lines.map((l) => {
        const given = input.items?.find((g) => g.itemId === l.orderItemId || g.itemId === l.id);
        const writeOff = given?.writeOff ?? 0;
        const restock = given?.restock ?? l.quantity - writeOff;
        return { l, restock, writeOff };
      });
      const bad = plan.filter((p) => p.restock + p.writeOff !== p.l.quantity);
      const errors = bad.map((p) => ({
        path: `items.${p.l.orderItemId}`,
        message: `restock + writeOff must be ${p.l.quantity}`,
      }));
      if (input.locationId && !(await locationExists(tx, input.locationId)))
        errors.push({ path: 'locationId', message: 'is not a location' });
      if (errors.length > 0) throw invalid('The request is not valid', errors);
      const row = await moveTo(tx, r, ['APPROVED'], 'RECEIVED', input.note ? { staffNote: input.note } : {});
      const back = plan.flatMap((p) =>
        p.restock > 0 && p.l.variantId ? [{ variantId: p.l.variantId, quantity: p.restock }] : [],
      );
      if (back.length > 0)
        await deps.inventory.restock(tx, {
          reference: `return:${r.id}`,
          lines: back,
          reason: `Return ${r.number}`,
          locationId: input.locationId,
        });
      for (const p of plan) {
        await returnsWrites(tx)
          .updateTable('returnItems')
          .set({ quantityRestocked: p.restock, quantityWrittenOff: p.writeOff })
          .where('id', '=', p.l.id)
          .execute();
        await orderLifecycle.addLineCounts(tx, p.l.orderItemId, { returned: p.l.quantity });
      }
      const items = await deps.orders.itemsOf(tx, order.id);
      if (
        items.every((i) => i.quantityReturned >= i.quantityFulfilled) &&
        order.fulfillmentStatus === 'FULFILLED' &&
        orderLifecycle.canMove(order.status, 'RETURNED')
      )
        await orderLifecycle.transition(tx, order, 'RETURNED');
      await tell(tx, order, row, actor, input.note);
      return present(tx, row);
    },

    /** Money back for the received lines, to the original payments (the refund flow). */
    async refund(tx: TenantTx, storeId: string, id: string, actor: Actor) {
      const r = await mustFind(tx, storeId, id);
      if (r.status !== 'RECEIVED')
        throw invalidState(`A ${r.status} return cannot be refunded (receive it first)`);
      const lines = await itemsOf(tx, [r.id]);
      const order = await deps.actions.refund(
        tx,
        storeId,
        r.orderId,
        {
          items: lines.map((l) => ({ itemId: l.orderItemId, quantity: l.quantity })),
          reason: `Return ${r.number}`,
        },
        actor,
      );
      const refundId = (order.refunds.at(-1) as { id?: string } | undefined)?.id ?? null;
      const row = await moveTo(tx, r, ['RECEIVED'], 'REFUNDED', { refundId });
      await tell(tx, await orderLifecycle.lock(tx, storeId, r.orderId), row, actor);
      return present(tx, row);
    },

    /** An exchange: a new order for the wanted variants at no charge, through the same flow. */
    async exchange(tx: TenantTx, storeId: string, id: string, actor: Actor) {
      const r = await mustFind(tx, storeId, id);
      if (r.status !== 'RECEIVED')
        throw invalidState(`A ${r.status} return cannot be exchanged (receive it first)`);
      const order = await orderLifecycle.lock(tx, storeId, r.orderId);
      const lines = await itemsOf(tx, [r.id]);
      const originals = await deps.orders.itemsOf(tx, order.id);
      const created = await deps.orders.createManual(tx, storeId, {
        customerId: order.customerId ?? undefined,
        customerEmail: order.customerEmail ?? undefined,
        customerName: order.customerName ?? undefined,
        shippingAddress: order.shippingAddress ?? undefined,
        paymentStatus: 'PAID',
        notes: `Exchange for order ${order.orderNumber} (return ${r.number})`,
        items: lines.map((l) => {
          const o = originals.find((x) => x.id === l.orderItemId);
          return {
            title: l.title,
            productId: o?.productId ?? undefined,
            variantId: l.exchangeVariantId ?? l.variantId ?? undefined,
            sku:
              l.exchangeVariantId && l.exchangeVariantId !== l.variantId ? undefined : (o?.sku ?? undefined),
            unitPrice: '0',
            quantity: l.quantity,
          };
        }),
      });
      const row = await moveTo(tx, r, ['RECEIVED'], 'EXCHANGED', { exchangeOrderId: created.id });
      await addTimeline(
        tx,
        order.id,
        actor,
        'return.exchange_order',
        `Exchange order ${created.orderNumber} placed`,
        { orderId: created.id },
      );
      await tell(tx, order, row, actor);
      return { ...(await present(tx, row)), exchangeOrderNumber: created.orderNumber };
    },

    async get(tx: TenantTx, storeId: string, id: string) {
      return present(tx, await mustFind(tx, storeId, id));
    },

    /** The store's returns for the staff list, with each order's number and customer. */
    async list(tx: TenantTx, storeId: string, q: ReturnListFilter) {
      const { rows, total } = await listStoreReturns(tx, storeId, q);
      const items = await itemsOf(
        tx,
        rows.map((r) => r.id),
      );
      return listEnvelope(
        rows.map(({ orderNumber, customerName, customerEmail, ...r }) => ({
          ...toReturnDto(r, items),
          orderNumber,
          customerName,
          customerEmail,
        })),
        total,
        q,
      );
    },

    async ofOrder(tx: TenantTx, orderId: string) {
      const rows = await tx
        .selectFrom('returns')
        .selectAll()
        .where('orderId', '=', orderId)
        .orderBy('createdAt')
        .execute();
      const items = await itemsOf(
        tx,
        rows.map((r) => r.id),
      );
      return rows.map((r) => toReturnDto(r, items));
    },

    /** A shopper's returns across their orders, newest first, with each order's number. */
    async ofCustomer(
      tx: TenantTx,
      storeId: string,
      customerId: string,
      q: { limit: number; offset: number },
    ) {
      const base = tx
        .selectFrom('returns')
        .innerJoin('orders', 'orders.id', 'returns.orderId')
        .where('returns.storeId', '=', storeId)
        .where('orders.customerId', '=', customerId);
      const [rows, count] = await Promise.all([
        base
          .selectAll('returns')
          .select('orders.orderNumber')
          .orderBy('returns.createdAt', 'desc')
          .limit(q.limit)
          .offset(q.offset)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      const items = await itemsOf(
        tx,
        rows.map((r) => r.id),
      );
      return listEnvelope(
        rows.map(({ orderNumber, ...r }) => {
          const { staffNote: _s, ...dto } = toReturnDto(r, items);
          return { ...dto, orderNumber };
        }),
        Number(count.n),
        q,
      );
    },
  };
}

export type ReturnService = ReturnType<typeof createReturnService>;
