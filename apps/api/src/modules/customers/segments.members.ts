import type { TenantTx } from '../../platform/db/pool.ts';
import { notFound } from '../../platform/errors.ts';
import { listEnvelope } from '../../platform/http/schemas.ts';
import { storeCurrency } from '../tenancy/index.ts';
import { toCustomerDto } from './customers.dto.ts';
import * as repo from './customers.repository.ts';
import type { SegmentRules } from './customers.schema.ts';
import { condition } from './segments.service.ts';

/** Live customers of a store matching a rule set (not erased), newest first. */
function matching(tx: TenantTx, storeId: string, rules: SegmentRules, currency: string) {
  return tx
    .selectFrom('customers as c')
    .where('c.storeId', '=', storeId)
    .where('c.erasedAt', 'is', null)
    .where(condition(rules, currency));
}

/**
 * The live count of an unsaved rule set and a sample of five, which the admin's rule builder
 * asks for as the merchant edits; nothing is written.
 */
export async function previewSegment(tx: TenantTx, storeId: string, rules: SegmentRules) {
  const currency = await storeCurrency(tx, storeId);
  const q = matching(tx, storeId, rules, currency);
  const [count, sample] = await Promise.all([
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    q
      .select(['c.id', 'c.email', 'c.firstName', 'c.lastName'])
      .orderBy('c.createdAt', 'desc')
      .orderBy('c.id')
      .limit(5)
      .execute(),
  ]);
  return {
    count: Number(count.n),
    sample: sample.map((r) => ({
      id: r.id,
      email: r.email,
      name: [r.firstName, r.lastName].filter(Boolean).join(' ') || null,
    })),
  };
}

/**
 * The members of a saved segment, evaluated now (so a just-saved segment lists its members without
 * waiting for the hourly job), as the customers list DTO.
 */
export async function segmentMembers(
  tx: TenantTx,
  storeId: string,
  id: string,
  page: { limit: number; offset: number },
) {
  const seg = await tx
    .selectFrom('customerSegments')
    .select('rules')
    .where('storeId', '=', storeId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!seg) throw notFound('Segment');
  const currency = await storeCurrency(tx, storeId);
  const q = matching(tx, storeId, seg.rules as SegmentRules, currency);
  const [rows, count] = await Promise.all([
    q
      .selectAll('c')
      .orderBy('c.createdAt', 'desc')
      .orderBy('c.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const addresses = await repo.listAddresses(
    tx,
    rows.map((r) => r.id),
  );
  const data = rows.map((r) =>
    toCustomerDto(
      r,
      addresses.filter((a) => a.customerId === r.id),
      currency,
      false,
    ),
  );
  return listEnvelope(data, Number(count.n), page);
}
