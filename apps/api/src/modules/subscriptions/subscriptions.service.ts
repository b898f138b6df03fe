import { sql } from 'kysely';
import { z } from 'zod';
import type { Db, TenantTx } from '../../platform/db/pool.ts';
import { DomainError, invalid, invalidState, notFound } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import { type ListQuery, listEnvelope, Money, Quantity, Uuid } from '../../platform/http/schemas.ts';
import { fromMinor, toMinor } from '../../platform/money.ts';
import { AddressSchema } from '../orders/index.ts';
import { storeContext } from '../pricing/index.ts';
import { advance, createRenewal, type RenewalDeps } from './subscriptions.renewal.ts';
import { type PlanRow, type SubscriptionRow, subscriptionsWrites } from './subscriptions.schema.ts';

/** After this many failed renewals in a row the subscription is canceled (dunning). */
export const MAX_FAILED_RENEWALS = 3;

const PlanFields = {
  listingId: Uuid,
  name: z.string().trim().min(1).max(200),
  interval: z.enum(['DAY', 'WEEK', 'MONTH', 'YEAR']),
  intervalCount: z.number().int().min(1).max(365),
  price: Money,
  isActive: z.boolean(),
};
export const CreatePlanBody = z
  .strictObject(PlanFields)
  .partial()
  .required({ listingId: true, name: true, interval: true, price: true });
export const UpdatePlanBody = z.strictObject(PlanFields).partial();
type PlanInput = z.output<typeof UpdatePlanBody>;
export const SubscribeBody = z.strictObject({
  planId: Uuid,
  quantity: Quantity.default(1),
  savedPaymentMethodId: Uuid,
  shippingAddress: AddressSchema,
});

const toPlanDto = (p: PlanRow, currency: string) => ({
  id: p.id,
  storeId: p.storeId,
  listingId: p.listingId,
  name: p.name,
  interval: p.interval,
  intervalCount: p.intervalCount,
  price: fromMinor(p.priceMinor, currency),
  isActive: p.isActive,
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
});
export const toSubscriptionDto = (s: SubscriptionRow) => ({
  id: s.id,
  storeId: s.storeId,
  planId: s.planId,
  customerId: s.customerId,
  quantity: s.quantity,
  savedPaymentMethodId: s.savedPaymentMethodId,
  shippingAddress: s.shippingAddress,
  status: s.status,
  nextRenewalAt: s.nextRenewalAt.toISOString(),
  failedAttempts: s.failedAttempts,
  lastOrderId: s.lastOrderId,
  lastError: s.lastError,
  canceledAt: s.canceledAt?.toISOString() ?? null,
  createdAt: s.createdAt.toISOString(),
});

function planColumns(input: PlanInput, currency: string) {
  const { price, ...rest } = input;
  return { ...rest, ...(price !== undefined ? { priceMinor: toMinor(price, currency) } : {}) };
}

/** Subscription plans (admin CRUD), customers' subscriptions, and the renewal run with dunning. */
export function createSubscriptionService(deps: RenewalDeps & { db: Db }) {
  const renew = createRenewal(deps);
  const findPlan = (tx: TenantTx, storeId: string, id: string) =>
    tx
      .selectFrom('subscriptionPlans')
      .selectAll()
      .where('storeId', '=', storeId)
      .where('id', '=', id)
      .executeTakeFirst();

  /** Renews one subscription and records the outcome: next date, or a failed attempt (dunning). */
  async function renewOne(tx: TenantTx, sub: SubscriptionRow) {
    const plan = await findPlan(tx, sub.storeId, sub.planId);
    const result = plan ? await renew(tx, sub, plan) : ({ ok: false, error: 'The plan is gone' } as const);
    if (result.ok && plan) {
      await subscriptionsWrites(tx)
        .updateTable('subscriptions')
        .set({
          status: 'ACTIVE',
          failedAttempts: 0,
          lastError: null,
          lastOrderId: result.orderId,
          nextRenewalAt: advance(sub.nextRenewalAt, plan),
          updatedAt: new Date(),
        })
        .where('id', '=', sub.id)
        .execute();
      await recordEvent(tx, 'subscription.renewed', {
        subscriptionId: sub.id,
        orderId: result.orderId,
        storeId: sub.storeId,
      });
      return result;
    }
    const attempts = sub.failedAttempts + 1;
    const canceled = attempts >= MAX_FAILED_RENEWALS;
    const retryAt = new Date(Date.now() + attempts * 24 * 3600 * 1000);
    await subscriptionsWrites(tx)
      .updateTable('subscriptions')
      .set({
        status: canceled ? 'CANCELED' : 'PAST_DUE',
        failedAttempts: attempts,
        lastError: result.ok ? null : result.error,
        nextRenewalAt: retryAt,
        canceledAt: canceled ? new Date() : null,
        updatedAt: new Date(),
      })
      .where('id', '=', sub.id)
      .execute();
    await recordEvent(tx, canceled ? 'subscription.canceled' : 'subscription.payment_failed', {
      subscriptionId: sub.id,
      storeId: sub.storeId,
      customerId: sub.customerId,
      email: sub.email,
      attempts,
    });
    return result;
  }

  const mine = async (tx: TenantTx, storeId: string, customerId: string, id: string) => {
    const sub = await tx
      .selectFrom('subscriptions')
      .selectAll()
      .where('storeId', '=', storeId)
      .where('customerId', '=', customerId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!sub) throw notFound('Subscription');
    return sub;
  };
  const setStatus = (
    tx: TenantTx,
    id: string,
    patch: Partial<Pick<SubscriptionRow, 'status' | 'nextRenewalAt' | 'lastOrderId' | 'canceledAt'>>,
  ) =>
    subscriptionsWrites(tx)
      .updateTable('subscriptions')
      .set({ ...patch, updatedAt: new Date() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();

  return {
    plans: {
      async list(tx: TenantTx, storeId: string, q: ListQuery) {
        const { currency } = await storeContext(tx, storeId);
        const rows = await tx
          .selectFrom('subscriptionPlans')
          .selectAll()
          .where('storeId', '=', storeId)
          .orderBy('createdAt')
          .limit(q.limit)
          .offset(q.offset)
          .execute();
        const count = await tx
          .selectFrom('subscriptionPlans')
          .where('storeId', '=', storeId)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        return listEnvelope(
          rows.map((r) => toPlanDto(r, currency)),
          Number(count.n),
          q,
        );
      },
      /** What shoppers may subscribe to: the store's active plans, of one listing when given. */
      async offered(tx: TenantTx, storeId: string, listingId?: string) {
        const { currency } = await storeContext(tx, storeId);
        let q = tx
          .selectFrom('subscriptionPlans')
          .selectAll()
          .where('storeId', '=', storeId)
          .where('isActive', '=', true);
        if (listingId) q = q.where('listingId', '=', listingId);
        const rows = await q.orderBy('createdAt').limit(100).execute();
        return { data: rows.map((r) => toPlanDto(r, currency)) };
      },
      async get(tx: TenantTx, storeId: string, id: string) {
        const row = await findPlan(tx, storeId, id);
        if (!row) throw notFound('Subscription plan');
        return toPlanDto(row, (await storeContext(tx, storeId)).currency);
      },
      async create(
        tx: TenantTx,
        storeId: string,
        input: PlanInput & { listingId: string; name: string; interval: PlanRow['interval']; price: string },
      ) {
        const { currency } = await storeContext(tx, storeId);
        const row = await subscriptionsWrites(tx)
          .insertInto('subscriptionPlans')
          .values({
            ...planColumns(input, currency),
            listingId: input.listingId,
            name: input.name,
            interval: input.interval,
            priceMinor: toMinor(input.price, currency),
            storeId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toPlanDto(row, currency);
      },
      async update(tx: TenantTx, storeId: string, id: string, input: PlanInput) {
        const { currency } = await storeContext(tx, storeId);
        const row = await subscriptionsWrites(tx)
          .updateTable('subscriptionPlans')
          .set({ ...planColumns(input, currency), updatedAt: new Date() })
          .where('storeId', '=', storeId)
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirst();
        if (!row) throw notFound('Subscription plan');
        return toPlanDto(row, currency);
      },
      async remove(tx: TenantTx, storeId: string, id: string) {
        const used = await tx
          .selectFrom('subscriptions')
          .select('id')
          .where('planId', '=', id)
          .executeTakeFirst();
        if (used) throw invalidState('A plan with subscriptions cannot be deleted; deactivate it instead');
        const row = await subscriptionsWrites(tx)
          .deleteFrom('subscriptionPlans')
          .where('storeId', '=', storeId)
          .where('id', '=', id)
          .returning('id')
          .executeTakeFirst();
        if (!row) throw notFound('Subscription plan');
      },
    },

    /** Subscribes a customer: the first period is ordered and charged now; a decline is 402. */
    async subscribe(
      tx: TenantTx,
      storeId: string,
      customer: { customerId: string; email: string },
      input: z.output<typeof SubscribeBody>,
    ) {
      const plan = await findPlan(tx, storeId, input.planId);
      if (!plan?.isActive)
        throw invalid('Not an active plan of this store', [
          { path: 'planId', message: 'is not an active plan' },
        ]);
      const sub = await subscriptionsWrites(tx)
        .insertInto('subscriptions')
        .values({
          storeId,
          planId: plan.id,
          customerId: customer.customerId,
          email: customer.email,
          quantity: input.quantity,
          savedPaymentMethodId: input.savedPaymentMethodId,
          shippingAddress: JSON.stringify(input.shippingAddress),
          nextRenewalAt: new Date(),
          lastOrderId: null,
          lastError: null,
          canceledAt: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const first = await renew(tx, sub, plan);
      if (!first.ok) throw new DomainError('PAYMENT_DECLINED', 'PAYMENT_DECLINED', first.error);
      const row = await setStatus(tx, sub.id, {
        lastOrderId: first.orderId,
        nextRenewalAt: advance(sub.nextRenewalAt, plan),
      });
      await recordEvent(tx, 'subscription.created', {
        subscriptionId: sub.id,
        storeId,
        orderId: first.orderId,
      });
      return toSubscriptionDto(row);
    },

    async listFor(tx: TenantTx, storeId: string, customerId: string | null) {
      let q = tx.selectFrom('subscriptions').selectAll().where('storeId', '=', storeId);
      if (customerId) q = q.where('customerId', '=', customerId);
      return { data: (await q.orderBy('createdAt', 'desc').limit(200).execute()).map(toSubscriptionDto) };
    },

    async pause(tx: TenantTx, storeId: string, customerId: string, id: string) {
      const sub = await mine(tx, storeId, customerId, id);
      if (sub.status === 'CANCELED') throw invalidState('A canceled subscription cannot be paused');
      return toSubscriptionDto(await setStatus(tx, id, { status: 'PAUSED' }));
    },
    async resume(tx: TenantTx, storeId: string, customerId: string, id: string) {
      const sub = await mine(tx, storeId, customerId, id);
      if (sub.status !== 'PAUSED') throw invalidState(`A ${sub.status} subscription cannot be resumed`);
      const next = sub.nextRenewalAt < new Date() ? new Date() : sub.nextRenewalAt;
      return toSubscriptionDto(await setStatus(tx, id, { status: 'ACTIVE', nextRenewalAt: next }));
    },
    async cancel(tx: TenantTx, storeId: string, customerId: string, id: string) {
      const sub = await mine(tx, storeId, customerId, id);
      if (sub.status === 'CANCELED') throw invalidState('This subscription is already canceled');
      return toSubscriptionDto(await setStatus(tx, id, { status: 'CANCELED', canceledAt: new Date() }));
    },

    /** The scheduled run: every due ACTIVE or PAST_DUE subscription of every tenant, once. */
    async renewDue(): Promise<{ renewed: number; failed: number }> {
      const tenants = (
        await deps.db.withPlatform((tx) =>
          sql<{
            tenantId: string;
          }>`select distinct tenant_id from subscriptions where status in ('ACTIVE', 'PAST_DUE') and next_renewal_at <= now()`.execute(
            tx,
          ),
        )
      ).rows;
      const totals = { renewed: 0, failed: 0 };
      for (const { tenantId } of tenants) {
        await deps.db.withTenant(tenantId, async (tx) => {
          const due = await tx
            .selectFrom('subscriptions')
            .selectAll()
            .where('status', 'in', ['ACTIVE', 'PAST_DUE'])
            .where('nextRenewalAt', '<=', new Date())
            .orderBy('nextRenewalAt')
            .limit(100)
            .forUpdate()
            .skipLocked()
            .execute();
          for (const sub of due) {
            const result = await renewOne(tx, sub);
            if (result.ok) totals.renewed++;
            else totals.failed++;
          }
        });
      }
      return totals;
    },
  };
}
export type SubscriptionService = ReturnType<typeof createSubscriptionService>;
