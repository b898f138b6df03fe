import { type RawBuilder, sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { notFound } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import { listEnvelope, slugify } from '../../platform/http/schemas.ts';
import { toMinor } from '../../platform/money.ts';
import { storeCurrency } from '../tenancy/index.ts';
import { defined, slugGuard } from './catalog.common.ts';
import { toCollectionDto } from './catalog.dto.ts';
import { type CollectionRow, type CollectionRule, catalogWrites } from './catalog.schema.ts';
import type { CollectionInput, CollectionRulesInput } from './catalog.validators.ts';
import { EFFECTIVE_PRICE } from './listings.repository.ts';
import { menuService } from './menus.service.ts';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OPS = { eq: '=', lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

/** One rule as SQL over product_listings ("tag = summer", "price < 20", "category = kitchen"). */
function ruleSql(rule: CollectionRule, currency: string, storeId: string): RawBuilder<unknown> {
  const like = `%${rule.value.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  switch (rule.field) {
    case 'tag':
      return rule.op === 'contains'
        ? sql`exists (select 1 from unnest(tags) t where lower(t) like ${like})`
        : sql`tags @> array[${rule.value}]::text[]`;
    case 'title':
      return rule.op === 'contains'
        ? sql`lower(title) like ${like}`
        : sql`lower(title) = ${rule.value.toLowerCase()}`;
    case 'promoted':
      return sql`is_promoted = ${rule.value === 'true'}`;
    case 'category':
      return UUID_RE.test(rule.value)
        ? sql`category_ids @> array[${rule.value}]::uuid[]`
        : sql`category_ids && array(select id from categories where store_id = ${storeId} and slug = ${rule.value})`;
    case 'price': {
      const op = OPS[rule.op === 'contains' ? 'eq' : rule.op];
      return sql`${EFFECTIVE_PRICE} ${sql.raw(op)} ${toMinor(rule.value, currency)}`;
    }
  }
}

type CollectionScope = Pick<CollectionRow, 'kind' | 'listingIds' | 'rules' | 'match' | 'storeId'>;

/** The filter a collection applies: its hand-picked listings, or its rules (ALL or ANY). */
export function collectionFilter(c: CollectionScope, currency: string): RawBuilder<boolean> {
  if (c.kind === 'MANUAL') return sql<boolean>`id = any(${c.listingIds}::uuid[])`;
  if (c.rules.length === 0) return sql<boolean>`false`;
  const parts = c.rules.map((r) => ruleSql(r, currency, c.storeId));
  return sql<boolean>`(${sql.join(parts, c.match === 'ANY' ? sql` or ` : sql` and `)})`;
}

const byId = (tx: TenantTx, storeId: string, id: string) =>
  tx.selectFrom('collections').selectAll().where('storeId', '=', storeId).where('id', '=', id);

function toColumns(input: CollectionInput) {
  const { rules, ...rest } = input;
  return defined({ ...rest, rules: rules === undefined ? undefined : JSON.stringify(rules) });
}

/** Collections: manual (hand-picked listings) or rule-based; featured ones lead the storefront. */
export const collectionService = {
  /**
   * What rules would gather before they are saved: how many listings shoppers would see in the
   * collection (visible ones, by the same filter as the storefront's) and the first few by title.
   */
  async preview(tx: TenantTx, storeId: string, input: CollectionRulesInput) {
    const currency = await storeCurrency(tx, storeId);
    const filter = collectionFilter({ ...input, kind: 'RULE', listingIds: [], storeId }, currency);
    const { rows } = await sql<{ id: string; title: string; total: number }>`
      select id, title, (count(*) over ())::int as total from product_listings
      where store_id = ${storeId} and is_visible and not product_missing and ${filter}
      order by lower(title), id limit 5`.execute(tx);
    return { count: rows[0]?.total ?? 0, sample: rows.map(({ id, title }) => ({ id, title })) };
  },
  async list(tx: TenantTx, storeId: string, q: { limit: number; offset: number }) {
    const base = tx.selectFrom('collections').where('storeId', '=', storeId);
    const [rows, count] = await Promise.all([
      base.selectAll().orderBy('sortOrder').orderBy('title').limit(q.limit).offset(q.offset).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return listEnvelope(rows.map(toCollectionDto), Number(count.n), q);
  },
  async get(tx: TenantTx, storeId: string, id: string) {
    const row = await byId(tx, storeId, id).executeTakeFirst();
    if (!row) throw notFound('Collection');
    return toCollectionDto(row);
  },
  async create(tx: TenantTx, storeId: string, input: CollectionInput & { title: string }) {
    const slug = input.slug ?? slugify(input.title);
    const row = await slugGuard('collection', slug, () =>
      catalogWrites(tx)
        .insertInto('collections')
        .values({ ...toColumns(input), storeId, title: input.title, slug })
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
    await recordEvent(tx, 'catalog.collection.changed', { storeId, collectionId: row.id });
    return toCollectionDto(row);
  },
  async update(tx: TenantTx, storeId: string, id: string, input: CollectionInput) {
    const before = input.slug ? await byId(tx, storeId, id).executeTakeFirst() : undefined;
    const patch = toColumns(input);
    const row = await slugGuard('collection', input.slug ?? '', () =>
      Object.keys(patch).length === 0
        ? byId(tx, storeId, id).executeTakeFirst()
        : catalogWrites(tx)
            .updateTable('collections')
            .set(patch)
            .where('storeId', '=', storeId)
            .where('id', '=', id)
            .returningAll()
            .executeTakeFirst(),
    );
    if (!row) throw notFound('Collection');
    if (before) await menuService.followRename(tx, storeId, 'collection', before.slug, row.slug);
    await recordEvent(tx, 'catalog.collection.changed', { storeId, collectionId: id });
    return toCollectionDto(row);
  },
  async remove(tx: TenantTx, storeId: string, id: string) {
    const row = await catalogWrites(tx)
      .deleteFrom('collections')
      .where('storeId', '=', storeId)
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
    if (!row) throw notFound('Collection');
    await recordEvent(tx, 'catalog.collection.changed', { storeId, collectionId: id });
  },
  /** A visible collection by slug (for `?collection=` and `/collections/:slug`). */
  async visibleBySlug(tx: TenantTx, storeId: string, slug: string) {
    return tx
      .selectFrom('collections')
      .selectAll()
      .where('storeId', '=', storeId)
      .where('slug', '=', slug)
      .where('isVisible', '=', true)
      .executeTakeFirst();
  },
  /** A visible collection for its storefront page (its products: `/products?collection=slug`). */
  async publicBySlug(tx: TenantTx, storeId: string, slug: string) {
    const row = await this.visibleBySlug(tx, storeId, slug);
    if (!row) throw notFound('Collection');
    const { listingIds: _l, rules: _r, match: _m, storeId: _s, ...rest } = toCollectionDto(row);
    return rest;
  },
  async visible(tx: TenantTx, storeId: string) {
    const rows = await tx
      .selectFrom('collections')
      .selectAll()
      .where('storeId', '=', storeId)
      .where('isVisible', '=', true)
      .orderBy('isFeatured', 'desc')
      .orderBy('sortOrder')
      .orderBy('title')
      .execute();
    return rows.map((r) => {
      const { listingIds: _l, rules: _r, match: _m, storeId: _s, ...rest } = toCollectionDto(r);
      return rest;
    });
  },
};
