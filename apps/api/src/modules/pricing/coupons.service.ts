import type { Updateable } from 'kysely';
import { isCheckViolation, isUniqueViolation, violatedConstraint } from '../../platform/db/pg-errors.ts';
import type { TenantTx } from '../../platform/db/pool.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';
import { type ListQuery, listEnvelope, parseSort } from '../../platform/http/schemas.ts';
import { fromMinor, toMinor } from '../../platform/money.ts';
import type { CouponRule } from './engine/pricing.types.ts';
import { type CouponRow, type CouponsTable, pricingWrites } from './pricing.schema.ts';
import type { CouponInput } from './pricing.validators.ts';
import { iso, storeContext, trimDecimal } from './store-context.ts';

export const toCouponDto = (c: CouponRow, currency: string) => ({
  id: c.id,
  storeId: c.storeId,
  code: c.code,
  description: c.description,
  discountType: c.discountType,
  discountValue:
    c.discountType === 'FIXED'
      ? fromMinor(toMinor(c.discountValue, currency), currency)
      : trimDecimal(c.discountValue),
  minimumOrderAmount: c.minimumOrderMinor === null ? null : fromMinor(c.minimumOrderMinor, currency),
  startsAt: iso(c.startsAt),
  expiresAt: iso(c.expiresAt),
  usageLimit: c.usageLimit,
  usageCount: c.usageCount,
  perCustomerLimit: c.perCustomerLimit,
  applicableProductIds: c.applicableProductIds,
  applicableCategoryIds: c.applicableCategoryIds,
  excludedProductIds: c.excludedProductIds,
  excludedCategoryIds: c.excludedCategoryIds,
  isActive: c.isActive,
  isAutomatic: c.isAutomatic,
  createdAt: iso(c.createdAt),
  updatedAt: iso(c.updatedAt),
});

/** The engine's view of a coupon. */
export const toCouponRule = (c: CouponRow, currency: string): CouponRule => ({
  code: c.code,
  discountType: c.discountType,
  percent: c.discountType === 'PERCENTAGE' ? trimDecimal(c.discountValue) : undefined,
  amountMinor: c.discountType === 'FIXED' ? toMinor(c.discountValue, currency) : undefined,
  minimumOrderMinor: c.minimumOrderMinor,
  applicableProductIds: c.applicableProductIds,
  applicableCategoryIds: c.applicableCategoryIds,
  excludedProductIds: c.excludedProductIds,
  excludedCategoryIds: c.excludedCategoryIds,
});

/** Why a coupon cannot be used now, or null when it can (the usage limit is checked at checkout too). */
export function couponProblem(c: CouponRow, now = new Date()): string | null {
  if (!c.isActive) return 'is not active';
  if (c.startsAt && c.startsAt > now) return 'is not valid yet';
  if (c.expiresAt && c.expiresAt <= now) return 'has expired';
  if (c.usageLimit !== null && c.usageCount >= c.usageLimit) return 'has been used up';
  return null;
}

function columns(input: CouponInput, currency: string): Updateable<CouponsTable> {
  const { minimumOrderAmount, ...rest } = input;
  return {
    ...rest,
    ...(minimumOrderAmount !== undefined
      ? { minimumOrderMinor: minimumOrderAmount === null ? null : toMinor(minimumOrderAmount, currency) }
      : {}),
  };
}

/** The rules a whole coupon row keeps (an edit of one field can break them with another's value). */
const ROW_RULES: Record<string, { path: string; message: string }> = {
  coupons_percentage_at_most_100: { path: 'body.discountValue', message: 'a percentage is at most 100' },
  coupons_starts_before_expiry: { path: 'body.expiresAt', message: 'must be after startsAt' },
};

const rowProblem = (err: unknown) => {
  if (isUniqueViolation(err)) return conflict('DUPLICATE_CODE', 'A coupon with this code already exists');
  const rule = isCheckViolation(err) ? ROW_RULES[violatedConstraint(err) ?? ''] : undefined;
  if (rule) return invalid('The coupon breaks a rule', [rule]);
  return err;
};

/** Coupons of a store; usage counts are changed only by checkout's guarded updates. */
const automaticQuery = (tx: TenantTx, storeId: string) =>
  tx
    .selectFrom('coupons')
    .selectAll()
    .where('storeId', '=', storeId)
    .where('isAutomatic', '=', true)
    .where('isActive', '=', true)
    .orderBy('createdAt');

const byCodesQuery = (tx: TenantTx, storeId: string, codes: string[]) =>
  tx
    .selectFrom('coupons')
    .selectAll()
    .where('storeId', '=', storeId)
    .where(
      'code',
      'in',
      codes.map((c) => c.toUpperCase()),
    );

/** Columns of a coupon row to revive when it is read as JSON (`readTogether`). */
export const COUPON_JSON = {
  dates: ['startsAt', 'expiresAt', 'createdAt', 'updatedAt'],
  numerics: ['discountValue'],
} as const;

export const couponService = {
  async list(tx: TenantTx, storeId: string, q: ListQuery) {
    const { currency } = await storeContext(tx, storeId);
    const { field, direction } = parseSort<'code' | 'createdAt'>(q.sort, 'createdAt');
    let base = tx.selectFrom('coupons').where('storeId', '=', storeId);
    if (q.q) base = base.where('code', 'like', `%${q.q.toUpperCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const [rows, count] = await Promise.all([
      base.selectAll().orderBy(field, direction).orderBy('id').limit(q.limit).offset(q.offset).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return listEnvelope(
      rows.map((r) => toCouponDto(r, currency)),
      Number(count.n),
      q,
    );
  },
  async get(tx: TenantTx, storeId: string, id: string) {
    const { currency } = await storeContext(tx, storeId);
    const row = await tx
      .selectFrom('coupons')
      .selectAll()
      .where('storeId', '=', storeId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('Coupon');
    return toCouponDto(row, currency);
  },
  async create(
    tx: TenantTx,
    storeId: string,
    input: CouponInput & { code: string; discountType: CouponRow['discountType'] },
  ) {
    const { currency } = await storeContext(tx, storeId);
    try {
      const row = await pricingWrites(tx)
        .insertInto('coupons')
        .values({
          discountValue: '0',
          ...columns(input, currency),
          code: input.code,
          discountType: input.discountType,
          storeId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toCouponDto(row, currency);
    } catch (err) {
      throw rowProblem(err);
    }
  },
  async update(tx: TenantTx, storeId: string, id: string, input: CouponInput) {
    const { currency } = await storeContext(tx, storeId);
    try {
      const row = await pricingWrites(tx)
        .updateTable('coupons')
        .set({ ...columns(input, currency), updatedAt: new Date() })
        .where('storeId', '=', storeId)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      if (!row) throw notFound('Coupon');
      return toCouponDto(row, currency);
    } catch (err) {
      throw rowProblem(err);
    }
  },
  async remove(tx: TenantTx, storeId: string, id: string) {
    const row = await pricingWrites(tx)
      .deleteFrom('coupons')
      .where('storeId', '=', storeId)
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
    if (!row) throw notFound('Coupon');
  },
  /** Active automatic promotions of a store (no code needed). */
  automatic: (tx: TenantTx, storeId: string) => automaticQuery(tx, storeId).execute(),
  /** The read `automatic` sends, for a caller that sends it with others (`readTogether`). */
  automaticQuery,
  /** Coupons of a store by code (codes are upper-case). */
  byCodes: (tx: TenantTx, storeId: string, codes: string[]) =>
    codes.length === 0 ? Promise.resolve([] as CouponRow[]) : byCodesQuery(tx, storeId, codes).execute(),
  /** The read `byCodes` sends (codes not empty), for a caller that sends it with others. */
  byCodesQuery,
};
