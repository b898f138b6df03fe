import type { Updateable } from 'kysely';
import { z } from 'zod';
import type { TenantTx } from '../../platform/db/pool.ts';
import { notFound } from '../../platform/errors.ts';
import { type ListQuery, listEnvelope, parseSort } from '../../platform/http/schemas.ts';
import { paymentErrors } from './payments.errors.ts';
import { type PaymentMethodRow, type PaymentMethodsTable, paymentsWrites } from './payments.schema.ts';

const SECRET = /secret|password|private|token|api_?key|webhook/i;
const MASK = '****';

/** Secrets are write-only: a response shows only that they are set (and their last 4 characters). */
export function maskSettings(settings: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(settings).map(([k, v]) =>
      SECRET.test(k) && typeof v === 'string' ? [k, `${MASK}${v.length > 8 ? v.slice(-4) : ''}`] : [k, v],
    ),
  );
}

export const toPaymentMethodDto = (m: PaymentMethodRow) => ({
  id: m.id,
  storeId: m.storeId,
  name: m.name,
  provider: m.provider,
  isActive: m.isActive,
  settings: maskSettings(m.settings),
  instructions: m.instructions,
  createdAt: m.createdAt.toISOString(),
  updatedAt: m.updatedAt.toISOString(),
});

/** A Stripe method's publishable key (made to be public: the Payment Element needs it in the page). */
function publishableKeyOf(m: PaymentMethodRow): string | null {
  const key = (m.settings as Record<string, unknown> | null)?.publishableKey;
  return m.provider === 'stripe' && typeof key === 'string' && /^pk_(test|live)_\w+$/.test(key) ? key : null;
}

/** What a shopper may see of a payment method: no settings, but a Stripe method's publishable key. */
export const toPublicPaymentMethodDto = (m: PaymentMethodRow) => {
  const publishableKey = publishableKeyOf(m);
  return {
    id: m.id,
    name: m.name,
    provider: m.provider,
    instructions: m.instructions,
    ...(publishableKey ? { publishableKey } : {}),
  };
};

const Fields = {
  name: z.string().trim().min(1).max(200),
  provider: z.enum(['manual', 'test', 'stripe']),
  isActive: z.boolean(),
  settings: z.record(z.string().max(100), z.unknown()),
  instructions: z.string().max(5000).nullable(),
};
export const CreatePaymentMethodBody = z
  .strictObject(Fields)
  .partial()
  .required({ name: true, provider: true });
export const UpdatePaymentMethodBody = z.strictObject(Fields).partial();
type Input = z.output<typeof UpdatePaymentMethodBody>;

/** Merges new settings over the old: masked echoes keep the stored secret, null removes a key. */
function mergeSettings(old: Record<string, unknown>, incoming: Record<string, unknown>) {
  const merged: Record<string, unknown> = { ...old };
  for (const [k, v] of Object.entries(incoming)) {
    if (typeof v === 'string' && v.startsWith(MASK)) continue;
    if (v === null) delete merged[k];
    else merged[k] = v;
  }
  return merged;
}

const find = (tx: TenantTx, storeId: string, id: string) =>
  tx
    .selectFrom('paymentMethods')
    .selectAll()
    .where('storeId', '=', storeId)
    .where('id', '=', id)
    .executeTakeFirst();

/** Payment methods of a store: `manual`, `test` (card simulator) and `stripe`. */
export const paymentMethodService = {
  async list(tx: TenantTx, storeId: string, q: ListQuery) {
    const { field, direction } = parseSort<'name' | 'createdAt'>(q.sort, 'createdAt');
    const base = tx.selectFrom('paymentMethods').where('storeId', '=', storeId);
    const [rows, count] = await Promise.all([
      base.selectAll().orderBy(field, direction).orderBy('id').limit(q.limit).offset(q.offset).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return listEnvelope(rows.map(toPaymentMethodDto), Number(count.n), q);
  },
  async get(tx: TenantTx, storeId: string, id: string) {
    const row = await find(tx, storeId, id);
    if (!row) throw notFound('Payment method');
    return toPaymentMethodDto(row);
  },
  async create(
    tx: TenantTx,
    storeId: string,
    input: Input & { name: string; provider: PaymentMethodRow['provider'] },
  ) {
    const row = await paymentsWrites(tx)
      .insertInto('paymentMethods')
      .values({
        storeId,
        name: input.name,
        provider: input.provider,
        isActive: input.isActive ?? true,
        settings: JSON.stringify(input.settings ?? {}),
        instructions: input.instructions ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toPaymentMethodDto(row);
  },
  async update(tx: TenantTx, storeId: string, id: string, input: Input) {
    const before = await find(tx, storeId, id);
    if (!before) throw notFound('Payment method');
    const { settings, ...rest } = input;
    const patch: Updateable<PaymentMethodsTable> = {
      ...rest,
      ...(settings ? { settings: JSON.stringify(mergeSettings(before.settings, settings)) } : {}),
    };
    const row = await paymentsWrites(tx)
      .updateTable('paymentMethods')
      .set({ ...patch, updatedAt: new Date() })
      .where('storeId', '=', storeId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toPaymentMethodDto(row);
  },
  async remove(tx: TenantTx, storeId: string, id: string) {
    if (!(await find(tx, storeId, id))) throw notFound('Payment method');
    const used = await tx
      .selectFrom('payments')
      .select('id')
      .where('paymentMethodId', '=', id)
      .limit(1)
      .executeTakeFirst();
    if (used) throw paymentErrors.methodInUse();
    const row = await paymentsWrites(tx)
      .deleteFrom('paymentMethods')
      .where('storeId', '=', storeId)
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
    if (!row) throw notFound('Payment method');
  },
  /** The stored row (settings unmasked), for the gateways. */
  find,
  active: (tx: TenantTx, storeId: string) =>
    tx
      .selectFrom('paymentMethods')
      .selectAll()
      .where('storeId', '=', storeId)
      .where('isActive', '=', true)
      .orderBy('createdAt')
      .execute(),
};
