import { type Insertable, sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { type PaymentRow, type PaymentsTable, paymentsWrites } from './payments.schema.ts';

export const insertPayment = (tx: TenantTx, payment: Insertable<PaymentsTable>) =>
  paymentsWrites(tx).insertInto('payments').values(payment).returningAll().executeTakeFirstOrThrow();

/** Several payments in one statement, returned in the order given. */
export const insertPayments = (tx: TenantTx, payments: Insertable<PaymentsTable>[]) =>
  payments.length === 0
    ? Promise.resolve([] as PaymentRow[])
    : paymentsWrites(tx).insertInto('payments').values(payments).returningAll().execute();

/**
 * The CTE `placed_payments` that inserts payments and returns them, for a placement statement
 * (orders' `insertPlacedOrder`); with no payments it returns none.
 */
export const insertPaymentsCte = (tx: TenantTx, payments: Insertable<PaymentsTable>[]) =>
  payments.length > 0
    ? sql`placed_payments as (${paymentsWrites(tx).insertInto('payments').values(payments).returningAll()})`
    : sql`placed_payments as (select * from payments where false)`;

export const paymentsOfOrders = (tx: TenantTx, orderIds: string[]): Promise<PaymentRow[]> =>
  orderIds.length === 0
    ? Promise.resolve([])
    : tx
        .selectFrom('payments')
        .selectAll()
        .where('orderId', 'in', orderIds)
        .orderBy('createdAt')
        .orderBy('id')
        .execute();

export const findPayment = (tx: TenantTx, orderId: string, id: string) =>
  tx
    .selectFrom('payments')
    .selectAll()
    .where('orderId', '=', orderId)
    .where('id', '=', id)
    .executeTakeFirst();

export const updatePayment = (
  tx: TenantTx,
  id: string,
  patch: Partial<Pick<PaymentRow, 'status' | 'gatewayReference' | 'refundedMinor' | 'captureOnCommit'>> & {
    details?: string;
  },
) =>
  paymentsWrites(tx)
    .updateTable('payments')
    .set({ ...patch, updatedAt: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

/** An order's authorisations still waiting for their post-commit capture, locked for it. */
/**
 * Every payment of an order, locked (a settle decides from all of them), each with what its
 * gateway is built from (its method's provider and settings; none for gift cards).
 */
export async function paymentsOfOrderForUpdate(tx: TenantTx, orderId: string) {
  const rows = await tx
    .selectFrom('payments as p')
    .leftJoin('paymentMethods as m', 'm.id', 'p.paymentMethodId')
    .selectAll('p')
    .select(['m.provider as methodProvider', 'm.settings as methodSettings'])
    .where('p.orderId', '=', orderId)
    .orderBy('p.createdAt')
    .orderBy('p.id')
    .forUpdate('p')
    .execute();
  return rows.map(({ methodProvider, methodSettings, ...payment }) => ({
    payment: payment as PaymentRow,
    method: methodProvider ? { provider: methodProvider, settings: methodSettings ?? {} } : null,
  }));
}

/** A payment's capture outcome with its event (`payment.captured` / `payment.failed`), in ONE statement. */
export async function recordCapture(tx: TenantTx, id: string, captured: boolean, storeId: string) {
  const { rows } = await sql<PaymentRow>`
    with changed as (
      update payments set status = ${captured ? 'CAPTURED' : 'FAILED'}, capture_on_commit = false, updated_at = now()
       where id = ${id}
      returning *
    ), event as (
      insert into outbox_events (topic, payload)
      select ${captured ? 'payment.captured' : 'payment.failed'},
             jsonb_build_object('paymentId', id, 'orderId', order_id, 'storeId', ${storeId}::uuid)
        from changed
    )
    select * from changed`.execute(tx);
  return rows[0] as PaymentRow;
}

/**
 * CTEs for one statement: `captured` writes several payments' capture outcomes (VALUES list) and
 * returns them; `capture_events` writes their events. The caller adds its own CTEs and final select.
 */
export function captureOutcomesCtes(outcomes: Array<{ id: string; captured: boolean }>, storeId: string) {
  const values = sql.join(
    outcomes.map((o) => sql`(${o.id}::uuid, ${o.captured ? 'CAPTURED' : 'FAILED'}::text)`),
  );
  return sql`captured as (
      update payments p set status = v.status, capture_on_commit = false, updated_at = now()
        from (values ${values}) v(id, status)
       where p.id = v.id
      returning p.*
    ), capture_events as (
      insert into outbox_events (topic, payload)
      select case when status = 'CAPTURED' then 'payment.captured' else 'payment.failed' end,
             jsonb_build_object('paymentId', id, 'orderId', order_id, 'storeId', ${storeId}::uuid)
        from captured
    )`;
}

export const pendingCaptures = (tx: TenantTx, orderId: string) =>
  tx
    .selectFrom('payments')
    .selectAll()
    .where('orderId', '=', orderId)
    .where('captureOnCommit', '=', true)
    .where('status', '=', 'AUTHORIZED')
    .orderBy('createdAt')
    .forUpdate()
    .execute();
