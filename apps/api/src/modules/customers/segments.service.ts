import { type Expression, type SqlBool, sql } from 'kysely';
import { csvCell } from '../../platform/csv.ts';
import { isUniqueViolation } from '../../platform/db/pg-errors.ts';
import type { Db, TenantTx } from '../../platform/db/pool.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { listEnvelope, slugify } from '../../platform/http/schemas.ts';
import { toMinor } from '../../platform/money.ts';
import { storeCurrency } from '../tenancy/index.ts';
import { customersWrites, type SegmentRules } from './customers.schema.ts';

export const SEGMENT_JOB = 'customers-evaluate-segments';

type SegmentRow = { id: string; slug: string; rules: SegmentRules };

/**
 * The SQL condition of a segment's rules on `customers c`: all must hold, or any one with
 * `match: 'any'`. Every value is a bound parameter; the fields are a fixed whitelist.
 */
export function condition(rules: SegmentRules, currency: string): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [];
  if (rules.totalSpentAtLeast !== undefined)
    parts.push(sql<SqlBool>`c.total_spent_minor >= ${toMinor(rules.totalSpentAtLeast, currency)}`);
  if (rules.totalSpentAtMost !== undefined)
    parts.push(sql<SqlBool>`c.total_spent_minor <= ${toMinor(rules.totalSpentAtMost, currency)}`);
  if (rules.orderCountAtLeast !== undefined)
    parts.push(sql<SqlBool>`c.order_count >= ${rules.orderCountAtLeast}`);
  if (rules.orderCountAtMost !== undefined)
    parts.push(sql<SqlBool>`c.order_count <= ${rules.orderCountAtMost}`);
  if (rules.orderedWithinDays !== undefined)
    parts.push(sql<SqlBool>`c.last_order_date >= now() - make_interval(days => ${rules.orderedWithinDays})`);
  if (rules.noOrderInDays !== undefined)
    parts.push(
      sql<SqlBool>`(c.last_order_date is null or c.last_order_date < now() - make_interval(days => ${rules.noOrderInDays}))`,
    );
  if (rules.hasTag !== undefined) parts.push(sql<SqlBool>`${rules.hasTag} = any(c.tags)`);
  if (rules.lacksTag !== undefined) parts.push(sql<SqlBool>`not (${rules.lacksTag} = any(c.tags))`);
  if (rules.marketingConsent !== undefined)
    parts.push(sql<SqlBool>`c.marketing_consent = ${rules.marketingConsent}`);
  if (rules.boughtFromCategory !== undefined)
    // Orders and listings are read, never written, here: the catalog's category of each line.
    parts.push(sql<SqlBool>`exists (
      select 1 from orders o
      join order_items i on i.order_id = o.id
      join product_listings l on l.id = i.listing_id
      where o.customer_id = c.id and o.status <> 'CANCELED' and ${rules.boughtFromCategory}::uuid = any(l.category_ids))`);
  if (parts.length === 0) return sql<SqlBool>`true`;
  return sql<SqlBool>`(${sql.join(parts, rules.match === 'any' ? sql` or ` : sql` and `)})`;
}

const toSegmentDto = (s: {
  id: string;
  name: string;
  slug: string;
  priority: number;
  rules: SegmentRules;
  memberCount: number;
  evaluatedAt: Date | string | null;
  createdAt: Date;
}) => ({
  id: s.id,
  name: s.name,
  slug: s.slug,
  priority: s.priority,
  rules: s.rules,
  memberCount: s.memberCount,
  evaluatedAt: s.evaluatedAt ? new Date(s.evaluatedAt).toISOString() : null,
  createdAt: s.createdAt.toISOString(),
});

/**
 * Customer segments: rules evaluated in priority order, each customer getting the first segment
 * it matches (Customer.segment), all in one transaction so a list never shows a half-done run.
 */
export function createSegmentService() {
  /**
   * One statement gives each customer the first segment (by priority) it matches; only rows whose
   * segment changes are written, so a run that finds nothing new changes nothing.
   */
  async function evaluate(tx: TenantTx, storeId: string) {
    const currency = await storeCurrency(tx, storeId);
    const segments = (await tx
      .selectFrom('customerSegments')
      .select(['id', 'slug', 'rules'])
      .where('storeId', '=', storeId)
      .orderBy('priority')
      .orderBy('createdAt')
      .execute()) as SegmentRow[];
    const target =
      segments.length === 0
        ? sql`null::text`
        : sql`case ${sql.join(
            segments.map((seg) => sql`when ${condition(seg.rules, currency)} then ${seg.slug}`),
            sql` `,
          )} else null end`;
    await sql`
      update customers c set segment = t.seg
      from (select c.id, ${target} as seg from customers c where c.store_id = ${storeId} and c.erased_at is null) t
      where c.id = t.id and c.segment is distinct from t.seg`.execute(tx);
    const counts = await tx
      .selectFrom('customers')
      .select(['segment', (eb) => eb.fn.countAll<number>().as('n')])
      .where('storeId', '=', storeId)
      .where('segment', 'is not', null)
      .groupBy('segment')
      .execute();
    for (const seg of segments) {
      const n = Number(counts.find((c) => c.segment === seg.slug)?.n ?? 0);
      await customersWrites(tx)
        .updateTable('customerSegments')
        .set({ memberCount: n, evaluatedAt: new Date() })
        .where('id', '=', seg.id)
        .where('memberCount', '<>', n)
        .execute();
    }
    return { segments: segments.length };
  }

  return {
    evaluate,
    async list(tx: TenantTx, storeId: string) {
      const rows = await tx
        .selectFrom('customerSegments')
        .selectAll()
        .where('storeId', '=', storeId)
        .orderBy('priority')
        .orderBy('createdAt')
        .execute();
      return listEnvelope(rows.map(toSegmentDto), rows.length, { limit: rows.length, offset: 0 });
    },
    async create(
      tx: TenantTx,
      storeId: string,
      input: { name: string; slug?: string; priority?: number; rules: SegmentRules },
    ) {
      try {
        const row = await customersWrites(tx)
          .insertInto('customerSegments')
          .values({
            storeId,
            name: input.name,
            slug: input.slug ?? slugify(input.name),
            priority: input.priority ?? 100,
            rules: JSON.stringify(input.rules),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toSegmentDto(row);
      } catch (err) {
        if (isUniqueViolation(err))
          throw conflict('DUPLICATE_SLUG', 'A segment with this slug already exists');
        throw err;
      }
    },
    async get(tx: TenantTx, storeId: string, id: string) {
      const row = await tx
        .selectFrom('customerSegments')
        .selectAll()
        .where('storeId', '=', storeId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) throw notFound('Segment');
      return toSegmentDto(row);
    },
    /** Rename, re-rank or change the rules; membership follows at the next evaluation. */
    async update(
      tx: TenantTx,
      storeId: string,
      id: string,
      input: { name?: string; priority?: number; rules?: SegmentRules },
    ) {
      const row = await customersWrites(tx)
        .updateTable('customerSegments')
        .set({
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.priority !== undefined ? { priority: input.priority } : {}),
          ...(input.rules !== undefined ? { rules: JSON.stringify(input.rules) } : {}),
          updatedAt: new Date(),
        })
        .where('storeId', '=', storeId)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      if (!row) throw notFound('Segment');
      return toSegmentDto(row);
    },
    async remove(tx: TenantTx, storeId: string, id: string) {
      const row = await customersWrites(tx)
        .deleteFrom('customerSegments')
        .where('storeId', '=', storeId)
        .where('id', '=', id)
        .returning('slug')
        .executeTakeFirst();
      if (!row) throw notFound('Segment');
      await customersWrites(tx)
        .updateTable('customers')
        .set({ segment: null })
        .where('storeId', '=', storeId)
        .where('segment', '=', row.slug)
        .execute();
    },
    /** Members as CSV (email, name, counters): exports for mailing tools and ads audiences. */
    async csv(tx: TenantTx, storeId: string, id: string) {
      const seg = await tx
        .selectFrom('customerSegments')
        .select('slug')
        .where('storeId', '=', storeId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!seg) throw notFound('Segment');
      const rows = await tx
        .selectFrom('customers')
        .select(['email', 'firstName', 'lastName', 'orderCount', 'totalSpentMinor', 'marketingConsent'])
        .where('storeId', '=', storeId)
        .where('segment', '=', seg.slug)
        .orderBy('email')
        .execute();
      const lines = rows.map((r) =>
        [r.email, r.firstName, r.lastName, r.orderCount, r.totalSpentMinor, r.marketingConsent]
          .map(csvCell)
          .join(','),
      );
      return ['email,firstName,lastName,orderCount,totalSpentMinor,marketingConsent', ...lines].join('\n');
    },
  };
}

/** The scheduled evaluation: every store of every tenant that has segments. */
export async function evaluateAllSegments(db: Db, service: ReturnType<typeof createSegmentService>) {
  const stores = await db.withPlatform((tx) =>
    sql<{
      tenantId: string;
      storeId: string;
    }>`select distinct tenant_id, store_id from customer_segments`.execute(tx),
  );
  for (const s of stores.rows) await db.withTenant(s.tenantId, (tx) => service.evaluate(tx, s.storeId));
  return stores.rows.length;
}

export type SegmentService = ReturnType<typeof createSegmentService>;
