import type { Updateable } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { notFound } from '../../platform/errors.ts';
import { type ListQuery, listEnvelope, parseSort } from '../../platform/http/schemas.ts';
import type { TaxRateRule } from './engine/pricing.types.ts';
import { pricingWrites, type TaxRateRow, type TaxRatesTable } from './pricing.schema.ts';
import type { TaxRateInput } from './pricing.validators.ts';
import { iso, trimDecimal } from './store-context.ts';

export const toTaxRateDto = (r: TaxRateRow) => ({
  id: r.id,
  storeId: r.storeId,
  name: r.name,
  country: r.country.trim(),
  region: r.region,
  postalPrefix: r.postalPrefix,
  taxCategory: r.taxCategory,
  rate: trimDecimal(r.rate),
  appliesToShipping: r.appliesToShipping,
  compound: r.compound,
  priority: r.priority,
  createdAt: iso(r.createdAt),
  updatedAt: iso(r.updatedAt),
});

export const toTaxRule = (r: TaxRateRow): TaxRateRule => ({
  id: r.id,
  name: r.name,
  country: r.country.trim(),
  region: r.region,
  postalPrefix: r.postalPrefix,
  taxCategory: r.taxCategory,
  rate: trimDecimal(r.rate),
  appliesToShipping: r.appliesToShipping,
  compound: r.compound,
  priority: r.priority,
});

const columns = (input: TaxRateInput): Updateable<TaxRatesTable> => ({ ...input });

/** Tax rates of a store by country, region, postal-code prefix and tax category. */
export const taxRateService = {
  async list(tx: TenantTx, storeId: string, q: ListQuery) {
    const { field, direction } = parseSort<'name' | 'country' | 'createdAt'>(q.sort, 'createdAt');
    let base = tx.selectFrom('taxRates').where('storeId', '=', storeId);
    if (q.q) base = base.where('country', '=', q.q.toUpperCase());
    const [rows, count] = await Promise.all([
      base.selectAll().orderBy(field, direction).orderBy('id').limit(q.limit).offset(q.offset).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return listEnvelope(rows.map(toTaxRateDto), Number(count.n), q);
  },
  async get(tx: TenantTx, storeId: string, id: string) {
    const row = await tx
      .selectFrom('taxRates')
      .selectAll()
      .where('storeId', '=', storeId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('Tax rate');
    return toTaxRateDto(row);
  },
  async create(
    tx: TenantTx,
    storeId: string,
    input: TaxRateInput & { name: string; country: string; rate: string },
  ) {
    const row = await pricingWrites(tx)
      .insertInto('taxRates')
      .values({
        region: null,
        postalPrefix: null,
        taxCategory: null,
        ...columns(input),
        name: input.name,
        country: input.country,
        rate: input.rate,
        storeId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toTaxRateDto(row);
  },
  async update(tx: TenantTx, storeId: string, id: string, input: TaxRateInput) {
    const row = await pricingWrites(tx)
      .updateTable('taxRates')
      .set({ ...columns(input), updatedAt: new Date() })
      .where('storeId', '=', storeId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw notFound('Tax rate');
    return toTaxRateDto(row);
  },
  async remove(tx: TenantTx, storeId: string, id: string) {
    const row = await pricingWrites(tx)
      .deleteFrom('taxRates')
      .where('storeId', '=', storeId)
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
    if (!row) throw notFound('Tax rate');
  },
  /** Every rate of a store in a country, for pricing. */
  async rulesFor(tx: TenantTx, storeId: string, country: string | null | undefined): Promise<TaxRateRule[]> {
    if (!country) return [];
    return (await taxRateService.ratesQuery(tx, storeId, country).execute()).map(toTaxRule);
  },
  /** The read `rulesFor` sends (country set), for a caller that sends it with others (`readTogether`). */
  ratesQuery: (tx: TenantTx, storeId: string, country: string) =>
    tx
      .selectFrom('taxRates')
      .selectAll()
      .where('storeId', '=', storeId)
      .where('country', '=', country.toUpperCase()),
};
