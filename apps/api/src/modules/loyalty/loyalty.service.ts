import { sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';
import { listEnvelope } from '../../platform/http/schemas.ts';
import { fromMinor, minorDigits } from '../../platform/money.ts';
import { giftCardService } from '../pricing/index.ts';
import { storeCurrency } from '../tenancy/index.ts';
import { type LedgerType, loyaltyWrites } from './loyalty.schema.ts';

export type ProgramInput = {
  isActive?: boolean;
  pointsPerUnit?: number;
  pointValueMinor?: number;
  minRedeemPoints?: number;
};

const DEFAULTS = { isActive: false, pointsPerUnit: 1, pointValueMinor: 1, minRedeemPoints: 100 };

async function program(tx: TenantTx, storeId: string) {
  const row = await tx
    .selectFrom('loyaltyPrograms')
    .selectAll()
    .where('storeId', '=', storeId)
    .executeTakeFirst();
  return row ?? { ...DEFAULTS, storeId };
}

/**
 * Moves a customer's balance by `points` in one guarded statement (never below zero) and writes
 * the ledger row. Returns the new balance, or null when the balance is too small.
 */
async function post(
  tx: TenantTx,
  entry: {
    customerId: string;
    points: number;
    type: LedgerType;
    orderId?: string | null;
    reason?: string | null;
    reference?: string | null;
  },
): Promise<number | null> {
  await loyaltyWrites(tx)
    .insertInto('loyaltyAccounts')
    .values({ customerId: entry.customerId })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const { rows } = await sql<{ balance: number }>`
    update loyalty_accounts set balance = balance + ${entry.points}
    where customer_id = ${entry.customerId} and balance + ${entry.points} >= 0
    returning balance`.execute(tx);
  const balance = rows[0]?.balance;
  if (balance === undefined) return null;
  await loyaltyWrites(tx)
    .insertInto('loyaltyLedger')
    .values({
      customerId: entry.customerId,
      orderId: entry.orderId ?? null,
      type: entry.type,
      points: entry.points,
      balanceAfter: balance,
      reason: entry.reason ?? null,
      reference: entry.reference ?? null,
    })
    .execute();
  return balance;
}

const balanceOf = (tx: TenantTx, customerId: string) =>
  tx
    .selectFrom('loyaltyAccounts')
    .select('balance')
    .where('customerId', '=', customerId)
    .executeTakeFirst()
    .then((r) => r?.balance ?? 0);

/**
 * Loyalty points: earned on paid orders by the store's rule, reversed when money goes back
 * (kept equal to what the order's net paid amount earns, so events may repeat), and redeemed
 * into store credit (a gift card code) that checkout takes as a payment.
 */
export function createLoyaltyService() {
  return {
    async getProgram(tx: TenantTx, storeId: string) {
      const p = await program(tx, storeId);
      return {
        isActive: p.isActive,
        pointsPerUnit: p.pointsPerUnit,
        pointValueMinor: p.pointValueMinor,
        minRedeemPoints: p.minRedeemPoints,
      };
    },

    async putProgram(tx: TenantTx, storeId: string, input: ProgramInput) {
      const current = await program(tx, storeId);
      const next = { ...current, ...input };
      await loyaltyWrites(tx)
        .insertInto('loyaltyPrograms')
        .values({
          storeId,
          isActive: next.isActive,
          pointsPerUnit: next.pointsPerUnit,
          pointValueMinor: next.pointValueMinor,
          minRedeemPoints: next.minRedeemPoints,
        })
        .onConflict((oc) =>
          oc.columns(['tenantId', 'storeId']).doUpdateSet({
            isActive: next.isActive,
            pointsPerUnit: next.pointsPerUnit,
            pointValueMinor: next.pointValueMinor,
            minRedeemPoints: next.minRedeemPoints,
          }),
        )
        .execute();
      return this.getProgram(tx, storeId);
    },

    /** Brings an order's points to what its net paid amount earns now (earn or reverse the difference). */
    async syncOrder(
      tx: TenantTx,
      order: {
        id: string;
        storeId: string;
        customerId: string | null;
        paidMinor: number;
        refundedMinor: number;
        canceled: boolean;
        currency: string;
      },
    ) {
      if (!order.customerId) return;
      const p = await program(tx, order.storeId);
      const existing = await tx
        .selectFrom('loyaltyLedger')
        .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('points'), eb.lit(0)).as('n'))
        .where('orderId', '=', order.id)
        .where('type', 'in', ['EARN', 'REVERSE'])
        .executeTakeFirstOrThrow();
      const current = Number(existing.n);
      // A program switched on later does not earn for older orders, but reversals still follow refunds.
      if (!p.isActive && current === 0) return;
      const net = order.canceled ? 0 : Math.max(0, order.paidMinor - order.refundedMinor);
      const target = Math.floor((net * p.pointsPerUnit) / 10 ** minorDigits(order.currency));
      const delta = target - current;
      if (delta === 0) return;
      if (delta > 0) {
        await post(tx, {
          customerId: order.customerId,
          points: delta,
          type: 'EARN',
          orderId: order.id,
          reason: 'Order paid',
        });
        return;
      }
      // Points already spent cannot be taken back below zero: reverse what is there.
      const take = -Math.min(-delta, await balanceOf(tx, order.customerId));
      if (take < 0)
        await post(tx, {
          customerId: order.customerId,
          points: take,
          type: 'REVERSE',
          orderId: order.id,
          reason: 'Order refunded or canceled',
        });
    },

    async account(tx: TenantTx, storeId: string, customerId: string, q: { limit: number; offset: number }) {
      const [balance, p, currency] = await Promise.all([
        balanceOf(tx, customerId),
        program(tx, storeId),
        storeCurrency(tx, storeId),
      ]);
      const base = tx.selectFrom('loyaltyLedger').where('customerId', '=', customerId);
      const [rows, count] = await Promise.all([
        base.selectAll().orderBy('createdAt', 'desc').limit(q.limit).offset(q.offset).execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return {
        balance,
        value: fromMinor(balance * p.pointValueMinor, currency),
        ledger: listEnvelope(
          rows.map((r) => ({
            id: r.id,
            type: r.type,
            points: r.points,
            balanceAfter: r.balanceAfter,
            orderId: r.orderId,
            reason: r.reason,
            reference: r.reference,
            createdAt: r.createdAt.toISOString(),
          })),
          Number(count.n),
          q,
        ),
      };
    },

    async adjust(tx: TenantTx, customerId: string, input: { points: number; reason: string }) {
      const balance = await post(tx, {
        customerId,
        points: input.points,
        type: 'ADJUST',
        reason: input.reason,
      });
      if (balance === null) throw conflict('INSUFFICIENT_POINTS', 'The balance cannot go below zero');
      return { balance };
    },

    /** Points → store credit: a gift card for the points' value, owned by the customer. */
    async redeem(tx: TenantTx, storeId: string, customerId: string, points: number) {
      const p = await program(tx, storeId);
      if (!p.isActive) throw notFound('Loyalty program');
      if (points < p.minRedeemPoints)
        throw invalid('The request is not valid', [
          { path: 'points', message: `must be at least ${p.minRedeemPoints}` },
        ]);
      const currency = await storeCurrency(tx, storeId);
      const card = await giftCardService.create(tx, storeId, {
        initialBalance: fromMinor(points * p.pointValueMinor, currency),
        customerId,
        note: `Loyalty redemption of ${points} points`,
      });
      const balance = await post(tx, {
        customerId,
        points: -points,
        type: 'REDEEM',
        reason: 'Redeemed as store credit',
        reference: `gift-card:${card.id}`,
      });
      if (balance === null) throw conflict('INSUFFICIENT_POINTS', 'Not enough points');
      return { balance, giftCard: { code: card.code, balance: card.balance, currency } };
    },
  };
}

export type LoyaltyService = ReturnType<typeof createLoyaltyService>;
