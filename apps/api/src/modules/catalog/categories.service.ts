import { sql, type Updateable } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import { listEnvelope, parseSort, slugify } from '../../platform/http/schemas.ts';
import { defined, likePattern, slugGuard } from './catalog.common.ts';
import { type CategoryDto, toCategoryDto } from './catalog.dto.ts';
import { type CategoriesTable, type CategoryRow, catalogWrites } from './catalog.schema.ts';
import type { CategoryInput } from './catalog.validators.ts';
import { menuService } from './menus.service.ts';

type CategoryListQuery = { limit: number; offset: number; sort?: string; q?: string; parentId?: string };
export type CategoryNode = CategoryDto & { productCount: number; children: CategoryNode[] };

const byId = (tx: TenantTx, storeId: string, id: string) =>
  tx.selectFrom('categories').selectAll().where('storeId', '=', storeId).where('id', '=', id);

/** A parent must be a category of the same store and must not sit below the category itself. */
async function assertParent(tx: TenantTx, storeId: string, id: string | null, parentId: string) {
  const { rows } = await sql<{ id: string }>`
    with recursive chain as (
      select id, parent_id, 1 as depth from categories where store_id = ${storeId} and id = ${parentId}
      union all
      select c.id, c.parent_id, chain.depth + 1 from categories c
        join chain on c.id = chain.parent_id and c.store_id = ${storeId}
      where chain.depth < 100
    )
    select id from chain`.execute(tx);
  if (rows.length === 0)
    throw invalid('Unknown parent', [{ path: 'parentId', message: 'is not a category of this store' }]);
  if (id && rows.some((r) => r.id === id))
    throw invalid('A category cannot be its own ancestor', [
      { path: 'parentId', message: 'would make a cycle' },
    ]);
}

function toColumns(input: CategoryInput): Updateable<CategoriesTable> {
  return defined({ ...input });
}

async function touched(tx: TenantTx, storeId: string, id: string) {
  await recordEvent(tx, 'catalog.category.changed', { storeId, categoryId: id });
}

/** Builds the visible tree: a hidden category hides its whole subtree. */
function buildTree(rows: CategoryRow[], counts: Map<string, number>): CategoryNode[] {
  const nodes = new Map(
    rows.map((r) => [
      r.id,
      { ...toCategoryDto(r), productCount: counts.get(r.id) ?? 0, children: [] as CategoryNode[] },
    ]),
  );
  const roots: CategoryNode[] = [];
  for (const node of nodes.values()) {
    if (node.parentId === null) roots.push(node);
    else nodes.get(node.parentId)?.children.push(node);
  }
  return roots;
}

/** Categories of a store: a tree (parent, slug unique per store, sort order, visibility, SEO). */
export const categoryService = {
  async list(tx: TenantTx, storeId: string, q: CategoryListQuery) {
    let base = tx.selectFrom('categories').where('storeId', '=', storeId);
    if (q.q) base = base.where('name', 'ilike', likePattern(q.q));
    if (q.parentId) base = base.where('parentId', '=', q.parentId);
    const { field, direction } = parseSort<'name' | 'sortOrder' | 'createdAt'>(q.sort, 'sortOrder');
    const [rows, count] = await Promise.all([
      base
        .selectAll()
        .orderBy(field, direction)
        .orderBy('name')
        .orderBy('id')
        .limit(q.limit)
        .offset(q.offset)
        .execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return listEnvelope(rows.map(toCategoryDto), Number(count.n), q);
  },

  async get(tx: TenantTx, storeId: string, id: string) {
    const row = await byId(tx, storeId, id).executeTakeFirst();
    if (!row) throw notFound('Category');
    return toCategoryDto(row);
  },

  async create(tx: TenantTx, storeId: string, input: CategoryInput & { name: string }) {
    const slug = input.slug ?? slugify(input.name);
    if (!slug)
      throw invalid('A slug is required', [{ path: 'slug', message: 'cannot be derived from the name' }]);
    if (input.parentId) await assertParent(tx, storeId, null, input.parentId);
    const row = await slugGuard('category', slug, () =>
      catalogWrites(tx)
        .insertInto('categories')
        .values({ ...toColumns(input), storeId, name: input.name, slug })
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
    await touched(tx, storeId, row.id);
    return toCategoryDto(row);
  },

  async update(tx: TenantTx, storeId: string, id: string, input: CategoryInput) {
    if (input.parentId) await assertParent(tx, storeId, id, input.parentId);
    const before = input.slug ? await byId(tx, storeId, id).executeTakeFirst() : undefined;
    const patch = toColumns(input);
    const row = await slugGuard('category', input.slug ?? '', () =>
      Object.keys(patch).length === 0
        ? byId(tx, storeId, id).executeTakeFirst()
        : catalogWrites(tx)
            .updateTable('categories')
            .set(patch)
            .where('storeId', '=', storeId)
            .where('id', '=', id)
            .returningAll()
            .executeTakeFirst(),
    );
    if (!row) throw notFound('Category');
    if (before) await menuService.followRename(tx, storeId, 'category', before.slug, row.slug);
    await touched(tx, storeId, id);
    return toCategoryDto(row);
  },

  async remove(tx: TenantTx, storeId: string, id: string) {
    const row = await catalogWrites(tx)
      .deleteFrom('categories')
      .where('storeId', '=', storeId)
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
    if (!row) throw notFound('Category');
    // Listings keep no dangling reference to a deleted category.
    await catalogWrites(tx)
      .updateTable('productListings')
      .set({ categoryIds: sql`array_remove(category_ids, ${id}::uuid)` })
      .where('storeId', '=', storeId)
      .where(sql<boolean>`category_ids @> array[${id}::uuid]`)
      .execute();
    await touched(tx, storeId, id);
  },

  /** The storefront tree of visible categories with their visible-listing counts. */
  async tree(tx: TenantTx, storeId: string) {
    const [rows, counts] = await Promise.all([
      tx
        .selectFrom('categories')
        .selectAll()
        .where('storeId', '=', storeId)
        .where('isVisible', '=', true)
        .orderBy('sortOrder')
        .orderBy('name')
        .execute(),
      countsByCategory(tx, storeId),
    ]);
    return buildTree(rows, counts);
  },

  /** A visible category by slug, with its visible children and its breadcrumb trail. */
  async bySlug(tx: TenantTx, storeId: string, slug: string) {
    const tree = await this.tree(tx, storeId);
    const trail: CategoryNode[] = [];
    const find = (nodes: CategoryNode[]): CategoryNode | null => {
      for (const node of nodes) {
        trail.push(node);
        if (node.slug === slug) return node;
        const hit = find(node.children);
        if (hit) return hit;
        trail.pop();
      }
      return null;
    };
    const node = find(tree);
    if (!node) throw notFound('Category');
    return { ...node, breadcrumbs: trail.map(({ id, name, slug: s }) => ({ id, name, slug: s })) };
  },
};

async function countsByCategory(tx: TenantTx, storeId: string) {
  const { rows } = await sql<{ id: string; n: number }>`
    select unnest(category_ids) as id, count(*)::int as n from product_listings
    where store_id = ${storeId} and is_visible and not product_missing group by 1`.execute(tx);
  return new Map(rows.map((r) => [r.id, r.n]));
}

/**
 * Ids of a visible category and all its visible descendants, by slug, as an array in SQL: a product
 * filter looks them up in the page's own statement (no round trip of their own; none: no match).
 */
export const visibleSubtreeIds = (storeId: string, slug: string) =>
  sql<string[]>`array(
    with recursive sub as (
      select id from categories where store_id = ${storeId} and slug = ${slug} and is_visible
      union all
      select c.id from categories c join sub on c.parent_id = sub.id
      where c.store_id = ${storeId} and c.is_visible
    )
    select id from sub)`;
