import { randomInt } from 'node:crypto';
import { sql } from 'kysely';
import { isUniqueViolation } from '../../platform/db/pg-errors.ts';
import type { TenantTx } from '../../platform/db/pool.ts';
import { conflict, DomainError, invalidState, notFound } from '../../platform/errors.ts';
import { type ListQuery, listEnvelope, parseSort } from '../../platform/http/schemas.ts';
import { fromMinor, toMinor } from '../../platform/money.ts';
import {
  type GiftCardRow,
  type GiftCardTransactionRow,
  type GiftCardTransactionType,
  pricingWrites,
} from './pricing.schema.ts';
import type { CreateGiftCardInput, UpdateGiftCardInput } from './pricing.validators.ts';
import { iso, storeContext } from './store-context.ts';

export const toGiftCardDto = (g: GiftCardRow) => ({
  id: g.id,
  storeId: g.storeId,
  code: g.code,
  currency: g.currency.trim(),
  initialBalance: fromMinor(g.initialBalanceMinor, g.currency.trim()),
  balance: fromMinor(g.balanceMinor, g.currency.trim()),
  expiresAt: iso(g.expiresAt),
  isActive: g.isActive,
  customerId: g.customerId,
  recipientEmail: g.recipientEmail,
  note: g.note,
  /** The order that bought the card, when it was sold as a product. */
  orderId: g.orderId,
  createdAt: g.createdAt.toISOString(),
  updatedAt: g.updatedAt.toISOString(),
});

export const toTransactionDto = (t: GiftCardTransactionRow, currency: string) => ({
  id: t.id,
  type: t.type,
  amount: fromMinor(t.amountMinor, currency),
  balanceAfter: fromMinor(t.balanceAfterMinor, currency),
  orderId: t.orderId,
  note: t.note,
  createdAt: t.createdAt.toISOString(),
});

// No 0/O/1/I: codes are read aloud and typed from paper.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** A random code like `K7QM-2XPA-9RTV-HW4C` (80 bits of entropy: not guessable). */
export function generateGiftCardCode(): string {
  const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

async function ledger(
  tx: TenantTx,
  entry: {
    giftCardId: string;
    type: GiftCardTransactionType;
    amountMinor: number;
    balanceAfterMinor: number;
    orderId?: string | null;
    note?: string | null;
  },
) {
  await pricingWrites(tx)
    .insertInto('giftCardTransactions')
    .values({ orderId: null, note: null, ...entry })
    .execute();
}

const find = (tx: TenantTx, storeId: string, id: string) =>
  tx
    .selectFrom('giftCards')
    .selectAll()
    .where('storeId', '=', storeId)
    .where('id', '=', id)
    .executeTakeFirst();

const declined = (message: string) => new DomainError('PAYMENT_DECLINED', 'PAYMENT_DECLINED', message);

/** Gift cards: issue with a balance, redeem partially (guarded UPDATE), refund, and a ledger. */
export const giftCardService = {
  async list(tx: TenantTx, storeId: string, q: ListQuery) {
    const { field, direction } = parseSort<'code' | 'createdAt'>(q.sort, 'createdAt');
    let base = tx.selectFrom('giftCards').where('storeId', '=', storeId);
    if (q.q) base = base.where('code', '=', q.q.toUpperCase());
    const [rows, count] = await Promise.all([
      base.selectAll().orderBy(field, direction).orderBy('id').limit(q.limit).offset(q.offset).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return listEnvelope(rows.map(toGiftCardDto), Number(count.n), q);
  },
  async get(tx: TenantTx, storeId: string, id: string) {
    const row = await find(tx, storeId, id);
    if (!row) throw notFound('Gift card');
    return toGiftCardDto(row);
  },
  async create(tx: TenantTx, storeId: string, input: CreateGiftCardInput) {
    const { currency } = await storeContext(tx, storeId);
    const amount = toMinor(input.initialBalance, currency);
    try {
      const row = await pricingWrites(tx)
        .insertInto('giftCards')
        .values({
          storeId,
          code: input.code ?? generateGiftCardCode(),
          currency,
          initialBalanceMinor: amount,
          balanceMinor: amount,
          expiresAt: input.expiresAt ?? null,
          isActive: input.isActive ?? true,
          customerId: input.customerId ?? null,
          recipientEmail: input.recipientEmail ?? null,
          note: input.note ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await ledger(tx, { giftCardId: row.id, type: 'ISSUE', amountMinor: amount, balanceAfterMinor: amount });
      return toGiftCardDto(row);
    } catch (err) {
      if (isUniqueViolation(err))
        throw conflict('DUPLICATE_CODE', 'A gift card with this code already exists');
      throw err;
    }
  },
  /** Updates fields; a new `balance` is written as an ADJUST entry in the ledger. */
  async update(tx: TenantTx, storeId: string, id: string, input: UpdateGiftCardInput) {
    const before = await find(tx, storeId, id);
    if (!before) throw notFound('Gift card');
    const { balance, ...fields } = input;
    const balanceMinor = balance === undefined ? undefined : toMinor(balance, before.currency.trim());
    const row = await pricingWrites(tx)
      .updateTable('giftCards')
      .set({ ...fields, ...(balanceMinor !== undefined ? { balanceMinor } : {}), updatedAt: new Date() })
      .where('storeId', '=', storeId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (balanceMinor !== undefined && balanceMinor !== before.balanceMinor)
      await ledger(tx, {
        giftCardId: id,
        type: 'ADJUST',
        amountMinor: balanceMinor - before.balanceMinor,
        balanceAfterMinor: balanceMinor,
      });
    return toGiftCardDto(row);
  },
  async remove(tx: TenantTx, storeId: string, id: string) {
    const used = await tx
      .selectFrom('giftCardTransactions')
      .select('id')
      .where('giftCardId', '=', id)
      .where('type', '=', 'REDEEM')
      .executeTakeFirst();
    if (used)
      throw invalidState('A gift card that has been redeemed cannot be deleted; deactivate it instead');
    const row = await pricingWrites(tx)
      .deleteFrom('giftCards')
      .where('storeId', '=', storeId)
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
    if (!row) throw notFound('Gift card');
  },
  async transactions(tx: TenantTx, storeId: string, id: string, q: ListQuery) {
    const card = await find(tx, storeId, id);
    if (!card) throw notFound('Gift card');
    const base = tx.selectFrom('giftCardTransactions').where('giftCardId', '=', id);
    const [rows, count] = await Promise.all([
      base.selectAll().orderBy('createdAt').orderBy('id').limit(q.limit).offset(q.offset).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return listEnvelope(
      rows.map((t) => toTransactionDto(t, card.currency.trim())),
      Number(count.n),
      q,
    );
  },
  /** A shopper's balance check: only the balance, currency and expiry. Unknown codes are 404. */
  async balance(tx: TenantTx, storeId: string, code: string) {
    const row = await tx
      .selectFrom('giftCards')
      .selectAll()
      .where('storeId', '=', storeId)
      .where('code', '=', code.toUpperCase())
      .executeTakeFirst();
    if (!row?.isActive) throw notFound('Gift card');
    const currency = row.currency.trim();
    return { balance: fromMinor(row.balanceMinor, currency), currency, expiresAt: iso(row.expiresAt) };
  },
  /**
   * Takes `amountMinor` off a card in one guarded UPDATE: two checkouts racing for the same balance
   * can never both take it (and the CHECK on balance backs that up). Declines are 402.
   */
  async redeem(tx: TenantTx, storeId: string, code: string, amountMinor: number, orderId: string) {
    const { rows } = await sql<{ id: string; balanceMinor: number }>`
      update gift_cards set balance_minor = balance_minor - ${amountMinor}
      where store_id = ${storeId} and code = ${code.toUpperCase()} and is_active
        and (expires_at is null or expires_at > now()) and balance_minor >= ${amountMinor}
      returning id, balance_minor`.execute(tx);
    const hit = rows[0];
    if (!hit) {
      const card = await tx
        .selectFrom('giftCards')
        .selectAll()
        .where('storeId', '=', storeId)
        .where('code', '=', code.toUpperCase())
        .executeTakeFirst();
      if (!card?.isActive) throw declined('The gift card is not valid');
      if (card.expiresAt && card.expiresAt <= new Date()) throw declined('The gift card has expired');
      throw declined('The gift card balance is not enough for this amount');
    }
    await ledger(tx, {
      giftCardId: hit.id,
      type: 'REDEEM',
      amountMinor: -amountMinor,
      balanceAfterMinor: hit.balanceMinor,
      orderId,
    });
    return { giftCardId: hit.id, balanceAfterMinor: hit.balanceMinor };
  },
  /** Puts an amount back on a card (refund of an order paid by gift card). */
  async refund(tx: TenantTx, giftCardId: string, amountMinor: number, orderId: string | null) {
    const row = await pricingWrites(tx)
      .updateTable('giftCards')
      .set((eb) => ({ balanceMinor: eb('balanceMinor', '+', amountMinor) }))
      .where('id', '=', giftCardId)
      .returning('balanceMinor')
      .executeTakeFirst();
    if (!row) throw notFound('Gift card');
    await ledger(tx, {
      giftCardId,
      type: 'REFUND',
      amountMinor,
      balanceAfterMinor: row.balanceMinor,
      orderId,
    });
  },
};
