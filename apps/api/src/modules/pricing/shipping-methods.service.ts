import type { Updateable } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { type ListQuery, listEnvelope, parseSort } from '../../platform/http/schemas.ts';
import { fromMinor, toMinor } from '../../platform/money.ts';
import type { CustomRule, ShippingRule, WeightBand } from './engine/pricing.types.ts';
import { pricingWrites, type ShippingMethodRow, type ShippingMethodsTable } from './pricing.schema.ts';
import type { ShippingMethodInput, ShippingSettingsInput } from './pricing.validators.ts';
import { iso, storeContext } from './store-context.ts';

export const toShippingMethodDto = (m: ShippingMethodRow, currency: string) => ({
  id: m.id,
  storeId: m.storeId,
  name: m.name,
  description: m.description,
  price: fromMinor(m.priceMinor, currency),
  freeAboveAmount: m.freeAboveMinor === null ? null : fromMinor(m.freeAboveMinor, currency),
  estimatedDeliveryDays: m.estimatedDeliveryDays,
  isActive: m.isActive,
  taxable: m.taxable,
  rateCalculationType: m.rateCalculationType,
  settings: m.settings,
  createdAt: iso(m.createdAt),
  updatedAt: iso(m.updatedAt),
});

const minorOrNull = (v: string | null | undefined, currency: string) =>
  v === null || v === undefined ? null : toMinor(v, currency);

/** The engine's view of a method: settings' decimal prices turned into minor units. */
export function toShippingRule(m: ShippingMethodRow, currency: string): ShippingRule {
  const s = m.settings as ShippingSettingsInput;
  const bands: WeightBand[] = (s.bands ?? []).map((b) => ({
    upToGrams: b.upToGrams,
    priceMinor: toMinor(b.price, currency),
  }));
  const rules: CustomRule[] = (s.rules ?? []).map((r) => ({
    minSubtotalMinor: minorOrNull(r.minSubtotal, currency),
    maxSubtotalMinor: minorOrNull(r.maxSubtotal, currency),
    minWeightGrams: r.minWeightGrams ?? null,
    maxWeightGrams: r.maxWeightGrams ?? null,
    minItems: r.minItems ?? null,
    maxItems: r.maxItems ?? null,
    priceMinor: toMinor(r.price, currency),
  }));
  return {
    id: m.id,
    name: m.name,
    rateCalculationType: m.rateCalculationType,
    priceMinor: m.priceMinor,
    freeAboveMinor: m.freeAboveMinor,
    taxable: m.taxable,
    bands,
    rules,
    countries: s.countries ?? [],
    regions: s.regions ?? [],
  };
}

function toColumns(input: ShippingMethodInput, currency: string): Updateable<ShippingMethodsTable> {
  const { price, freeAboveAmount, settings, ...rest } = input;
  return {
    ...rest,
    ...(price !== undefined ? { priceMinor: toMinor(price, currency) } : {}),
    ...(freeAboveAmount !== undefined ? { freeAboveMinor: minorOrNull(freeAboveAmount, currency) } : {}),
    ...(settings !== undefined ? { settings: JSON.stringify(settings) } : {}),
  };
}

function assertRuleShape(m: ShippingMethodRow) {
  const s = m.settings as ShippingSettingsInput;
  if (m.rateCalculationType === 'WEIGHT' && !s.bands?.length)
    throw invalid('WEIGHT needs bands', [
      { path: 'settings.bands', message: 'WEIGHT needs at least one band' },
    ]);
  if (m.rateCalculationType === 'CUSTOM' && !s.rules?.length)
    throw invalid('CUSTOM needs rules', [
      { path: 'settings.rules', message: 'CUSTOM needs at least one rule' },
    ]);
}

const findQuery = (tx: TenantTx, storeId: string, id: string) =>
  tx.selectFrom('shippingMethods').selectAll().where('storeId', '=', storeId).where('id', '=', id);
const find = (tx: TenantTx, storeId: string, id: string) => findQuery(tx, storeId, id).executeTakeFirst();

/** Shipping methods of a store (FLAT, WEIGHT bands, ITEM, CUSTOM rules; free above an amount). */
export const shippingMethodService = {
  /** The read `find` sends, for a caller that sends it with others (`readTogether`). */
  findQuery,
  async list(tx: TenantTx, storeId: string, q: ListQuery) {
    const { currency } = await storeContext(tx, storeId);
    const { field, direction } = parseSort<'name' | 'createdAt'>(q.sort, 'createdAt');
    const base = tx.selectFrom('shippingMethods').where('storeId', '=', storeId);
    const [rows, count] = await Promise.all([
      base.selectAll().orderBy(field, direction).orderBy('id').limit(q.limit).offset(q.offset).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return listEnvelope(
      rows.map((r) => toShippingMethodDto(r, currency)),
      Number(count.n),
      q,
    );
  },
  async get(tx: TenantTx, storeId: string, id: string) {
    const { currency } = await storeContext(tx, storeId);
    const row = await find(tx, storeId, id);
    if (!row) throw notFound('Shipping method');
    return toShippingMethodDto(row, currency);
  },
  async create(tx: TenantTx, storeId: string, input: ShippingMethodInput & { name: string }) {
    const { currency } = await storeContext(tx, storeId);
    const row = await pricingWrites(tx)
      .insertInto('shippingMethods')
      .values({
        storeId,
        name: input.name,
        description: null,
        priceMinor: 0,
        freeAboveMinor: null,
        estimatedDeliveryDays: null,
        rateCalculationType: 'FLAT',
        settings: '{}',
        ...toColumns(input, currency),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toShippingMethodDto(row, currency);
  },
  async update(tx: TenantTx, storeId: string, id: string, input: ShippingMethodInput) {
    const { currency } = await storeContext(tx, storeId);
    const row = await pricingWrites(tx)
      .updateTable('shippingMethods')
      .set({ ...toColumns(input, currency), updatedAt: new Date() })
      .where('storeId', '=', storeId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw notFound('Shipping method');
    assertRuleShape(row);
    return toShippingMethodDto(row, currency);
  },
  async remove(tx: TenantTx, storeId: string, id: string) {
    const row = await pricingWrites(tx)
      .deleteFrom('shippingMethods')
      .where('storeId', '=', storeId)
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
    if (!row) throw notFound('Shipping method');
  },
  /** Active methods of a store, for pricing and the shipping-options list. */
  active: (tx: TenantTx, storeId: string) =>
    tx
      .selectFrom('shippingMethods')
      .selectAll()
      .where('storeId', '=', storeId)
      .where('isActive', '=', true)
      .orderBy('priceMinor')
      .execute(),
  find,
};
