import { type Insertable, sql, type Updateable } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { type CustomerAddressesTable, type CustomersTable, customersWrites } from './customers.schema.ts';

export type CustomerSortField =
  | 'createdAt'
  | 'email'
  | 'lastName'
  | 'orderCount'
  | 'totalSpentMinor'
  | 'lastOrderDate';
export type CustomerFilter = {
  q?: string;
  tag?: string;
  segment?: string;
  status?: 'ACTIVE' | 'INACTIVE';
  limit: number;
  offset: number;
  sortField: CustomerSortField;
  desc: boolean;
};

export const insertCustomer = (tx: TenantTx, values: Insertable<CustomersTable>) =>
  customersWrites(tx).insertInto('customers').values(values).returningAll().executeTakeFirstOrThrow();

/**
 * Inserts a customer unless the store has one with that email, committed meanwhile included (an
 * insert racing this one waits for it): then nothing, and the caller reads the one that is there.
 */
export const insertCustomerUnlessTaken = (tx: TenantTx, values: Insertable<CustomersTable>) =>
  customersWrites(tx)
    .insertInto('customers')
    .values(values)
    .onConflict((oc) => oc.columns(['tenantId', 'storeId', 'email']).doNothing())
    .returningAll()
    .executeTakeFirst();

export const findCustomer = (tx: TenantTx, storeId: string, id: string) =>
  tx
    .selectFrom('customers')
    .selectAll()
    .where('storeId', '=', storeId)
    .where('id', '=', id)
    .executeTakeFirst();

export const findCustomerById = (tx: TenantTx, id: string) =>
  tx.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst();

export const findCustomerByEmail = (tx: TenantTx, storeId: string, email: string) =>
  tx
    .selectFrom('customers')
    .selectAll()
    .where('storeId', '=', storeId)
    .where('email', '=', email)
    .executeTakeFirst();

const escapeLike = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listCustomers(tx: TenantTx, storeId: string, f: CustomerFilter) {
  let query = tx.selectFrom('customers').where('storeId', '=', storeId);
  if (f.q) {
    const pattern = escapeLike(f.q);
    query = query.where((eb) =>
      eb.or([
        eb('email', 'ilike', pattern),
        eb('firstName', 'ilike', pattern),
        eb('lastName', 'ilike', pattern),
        eb('phoneNumber', 'ilike', pattern),
      ]),
    );
  }
  if (f.tag) query = query.where(sql<boolean>`${f.tag} = any(tags)`);
  if (f.segment) query = query.where('segment', '=', f.segment);
  if (f.status) query = query.where('status', '=', f.status);
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy(f.sortField, f.desc ? sql`desc nulls last` : sql`asc nulls last`)
      .orderBy('id')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export const updateCustomer = (tx: TenantTx, id: string, patch: Updateable<CustomersTable>) =>
  customersWrites(tx)
    .updateTable('customers')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();

export const deleteCustomer = (tx: TenantTx, storeId: string, id: string) =>
  customersWrites(tx)
    .deleteFrom('customers')
    .where('storeId', '=', storeId)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();

export const listAddresses = (tx: TenantTx, customerIds: string[]) =>
  customerIds.length === 0
    ? Promise.resolve([])
    : tx
        .selectFrom('customerAddresses')
        .selectAll()
        .where('customerId', 'in', customerIds)
        .orderBy('createdAt')
        .orderBy('id')
        .execute();

export const insertAddress = (tx: TenantTx, values: Insertable<CustomerAddressesTable>) =>
  customersWrites(tx).insertInto('customerAddresses').values(values).returningAll().executeTakeFirstOrThrow();

export const updateAddress = (
  tx: TenantTx,
  customerId: string,
  id: string,
  patch: Updateable<CustomerAddressesTable>,
) =>
  customersWrites(tx)
    .updateTable('customerAddresses')
    .set(patch)
    .where('customerId', '=', customerId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();

export const deleteAddress = (tx: TenantTx, customerId: string, id: string) =>
  customersWrites(tx)
    .deleteFrom('customerAddresses')
    .where('customerId', '=', customerId)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();

export const findPasswordHash = (tx: TenantTx, customerId: string) =>
  tx
    .selectFrom('customerCredentials')
    .select('passwordHash')
    .where('customerId', '=', customerId)
    .executeTakeFirst()
    .then((r) => r?.passwordHash);

/** Sets a password only where none exists yet (claiming a guest profile); false when one did. */
export async function insertPasswordHash(tx: TenantTx, customerId: string, passwordHash: string) {
  const inserted = await customersWrites(tx)
    .insertInto('customerCredentials')
    .values({ customerId, passwordHash })
    .onConflict((oc) => oc.columns(['tenantId', 'customerId']).doNothing())
    .returning('customerId')
    .executeTakeFirst();
  return inserted !== undefined;
}

export const replacePasswordHash = (tx: TenantTx, customerId: string, passwordHash: string) =>
  customersWrites(tx)
    .updateTable('customerCredentials')
    .set({ passwordHash })
    .where('customerId', '=', customerId)
    .execute();

export const deleteCredentials = (tx: TenantTx, customerId: string) =>
  customersWrites(tx).deleteFrom('customerCredentials').where('customerId', '=', customerId).execute();

export type OrderFact = {
  customerId: string;
  orderId: string;
  totalMinor: number;
  placedAt: Date | string;
};

/** Records an order once (a replayed event is a no-op). */
export const upsertOrderFact = (tx: TenantTx, fact: OrderFact) =>
  customersWrites(tx)
    .insertInto('customerOrderFacts')
    .values(fact)
    .onConflict((oc) => oc.columns(['tenantId', 'orderId']).doNothing())
    .execute();

/** Sets an order's fact to absolute values read from the order (order-independent, replay-safe). */
export const putOrderFact = (tx: TenantTx, fact: OrderFact & { refundedMinor: number; canceled: boolean }) =>
  customersWrites(tx)
    .insertInto('customerOrderFacts')
    .values(fact)
    .onConflict((oc) =>
      oc.columns(['tenantId', 'orderId']).doUpdateSet({
        customerId: fact.customerId,
        totalMinor: fact.totalMinor,
        refundedMinor: fact.refundedMinor,
        canceled: fact.canceled,
      }),
    )
    .returning('customerId')
    .execute();

/** Sets the refunded total (absolute, so replays are harmless) or marks the order canceled. */
export const updateOrderFact = (
  tx: TenantTx,
  orderId: string,
  patch: { refundedMinor?: number; canceled?: boolean },
) =>
  customersWrites(tx)
    .updateTable('customerOrderFacts')
    .set(patch)
    .where('orderId', '=', orderId)
    .returning('customerId')
    .executeTakeFirst();

/** Recomputes a customer's counters from its order facts in one statement. */
export const recomputeCounters = (tx: TenantTx, customerId: string) =>
  sql`
    update customers c set
      order_count = s.n,
      total_spent_minor = s.spent,
      last_order_date = s.last
    from (
      select count(*)::int as n,
             coalesce(sum(total_minor - refunded_minor), 0)::bigint as spent,
             max(placed_at) as last
      from customer_order_facts
      where customer_id = ${customerId} and not canceled
    ) s
    where c.id = ${customerId}`.execute(tx);

/** Marketing email needs the customer's consent; an unknown or erased address has none. */
export const hasMarketingConsent = (tx: TenantTx, storeId: string, email: string) =>
  tx
    .selectFrom('customers')
    .select('marketingConsent')
    .where('storeId', '=', storeId)
    .where('email', '=', email.trim().toLowerCase())
    .where('erasedAt', 'is', null)
    .where('status', '=', 'ACTIVE')
    .executeTakeFirst()
    .then((r) => r?.marketingConsent === true);
