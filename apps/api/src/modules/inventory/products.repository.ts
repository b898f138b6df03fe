import { type Expression, type Insertable, sql, type Updateable } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import type { ListQuery } from '../../platform/http/schemas.ts';
import { containsPattern } from '../../platform/http/schemas.ts';
import {
  inventoryWrites,
  type ProductsTable,
  type ProductType,
  type ProductVariantsTable,
} from './inventory.schema.ts';

export const insertProduct = (tx: TenantTx, values: Insertable<ProductsTable>) =>
  inventoryWrites(tx).insertInto('products').values(values).returningAll().executeTakeFirstOrThrow();

export const insertVariants = (tx: TenantTx, values: Insertable<ProductVariantsTable>[]) =>
  inventoryWrites(tx).insertInto('productVariants').values(values).returningAll().execute();

export const updateProduct = (tx: TenantTx, id: string, patch: Updateable<ProductsTable>) =>
  inventoryWrites(tx)
    .updateTable('products')
    .set(patch)
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .returningAll()
    .executeTakeFirst();

export const updateVariant = (tx: TenantTx, id: string, patch: Updateable<ProductVariantsTable>) =>
  inventoryWrites(tx)
    .updateTable('productVariants')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();

/** Product ids: a list, or a subquery that selects them (for a read sent with others). */
export type ProductIds = readonly string[] | Expression<unknown>;
const idsOperand = (ids: ProductIds) => (Array.isArray(ids) ? [...ids] : (ids as Expression<string>));

export const findProductsQuery = (tx: TenantTx, ids: ProductIds) =>
  tx.selectFrom('products').selectAll().where('id', 'in', idsOperand(ids)).where('deletedAt', 'is', null);

export const findProducts = (tx: TenantTx, ids: readonly string[]) =>
  ids.length === 0 ? Promise.resolve([]) : findProductsQuery(tx, ids).execute();

export const variantsOf = (tx: TenantTx, productIds: readonly string[]) =>
  productIds.length === 0
    ? Promise.resolve([])
    : tx
        .selectFrom('productVariants')
        .selectAll()
        .where('productId', 'in', [...productIds])
        .where('deletedAt', 'is', null)
        .orderBy('position')
        .orderBy('createdAt')
        .execute();

/**
 * The products' variants, each with its stock summed over locations in the same statement (the
 * totals `stockTotals` would give: `null` where the variant has no stock row; holds past their
 * time left out of `reserved`).
 */
export const variantsWithStockQuery = (tx: TenantTx, productIds: ProductIds) =>
  tx
    .selectFrom('productVariants as v')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('stockLevels as s')
          .whereRef('s.variantId', '=', 'v.id')
          .select([
            sql<number | null>`sum(s.on_hand)::int`.as('onHand'),
            sql<number | null>`sum(s.reserved)::int`.as('reserved'),
            sql<number | null>`sum(s.allocated)::int`.as('allocated'),
          ])
          .as('st'),
      (join) => join.onTrue(),
    )
    .selectAll('v')
    .select([
      'st.onHand as stockOnHand',
      'st.reserved as stockReserved',
      'st.allocated as stockAllocated',
      sql<number>`coalesce((select sum(r.quantity) from reservations r
            where r.variant_id = v.id and r.expires_at <= now()), 0)::int`.as('stockLapsed'),
    ])
    .where('v.productId', 'in', idsOperand(productIds))
    .where('v.deletedAt', 'is', null)
    .orderBy('v.position')
    .orderBy('v.createdAt');

export const variantsWithStockOf = (tx: TenantTx, productIds: readonly string[]) =>
  productIds.length === 0 ? Promise.resolve([]) : variantsWithStockQuery(tx, productIds).execute();

/** Variants by id with their product's type; deleted ones are left out. */
export const findVariants = (tx: TenantTx, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : tx
        .selectFrom('productVariants as v')
        .innerJoin('products as p', (j) =>
          j.onRef('p.tenantId', '=', 'v.tenantId').onRef('p.id', '=', 'v.productId'),
        )
        .select(['v.id', 'v.productId', 'v.sku', 'v.name', 'v.isDefault', 'p.type'])
        .where('v.id', 'in', [...ids])
        .where('v.deletedAt', 'is', null)
        .where('p.deletedAt', 'is', null)
        .execute();

/** The default variant of each product. */
export const defaultVariants = (tx: TenantTx, productIds: readonly string[]) =>
  productIds.length === 0
    ? Promise.resolve([])
    : tx
        .selectFrom('productVariants as v')
        .innerJoin('products as p', (j) =>
          j.onRef('p.tenantId', '=', 'v.tenantId').onRef('p.id', '=', 'v.productId'),
        )
        .select(['v.id', 'v.productId', 'p.type'])
        .where('v.productId', 'in', [...productIds])
        .where('v.isDefault', '=', true)
        .where('v.deletedAt', 'is', null)
        .where('p.deletedAt', 'is', null)
        .execute();

export type BundleItemRow = {
  bundleVariantId: string;
  variantId: string;
  productId: string;
  sku: string;
  name: string;
  type: ProductType;
  quantity: number;
  /** The component was deleted (its variant or product): the bundle makes no more kits. */
  gone: boolean;
};

export async function bundleItemsOf(tx: TenantTx, bundleVariantIds: readonly string[]) {
  if (bundleVariantIds.length === 0) return [];
  const rows = await sql<BundleItemRow>`
    select bi.bundle_variant_id, cv.id as variant_id, cv.product_id, cv.sku, cv.name, p.type, bi.quantity,
           (cv.deleted_at is not null or p.deleted_at is not null) as gone
      from bundle_items bi
      join product_variants cv on cv.tenant_id = bi.tenant_id and cv.id = bi.component_variant_id
      join products p on p.tenant_id = cv.tenant_id and p.id = cv.product_id
     where bi.bundle_variant_id = any(${[...bundleVariantIds]}::uuid[])
     order by cv.sku`.execute(tx);
  return rows.rows;
}

/** The bundles made of these variants: their variants and products (their stock is counted from these). */
export async function bundlesContaining(tx: TenantTx, componentVariantIds: readonly string[]) {
  if (componentVariantIds.length === 0) return [];
  const rows = await sql<{ bundleVariantId: string; productId: string }>`
    select distinct bi.bundle_variant_id, v.product_id from bundle_items bi
      join product_variants v on v.tenant_id = bi.tenant_id and v.id = bi.bundle_variant_id
     where bi.component_variant_id = any(${[...componentVariantIds]}::uuid[])`.execute(tx);
  return rows.rows;
}

export async function replaceBundleItems(
  tx: TenantTx,
  bundleVariantId: string,
  items: { variantId: string; quantity: number }[],
) {
  await inventoryWrites(tx)
    .deleteFrom('bundleItems')
    .where('bundleVariantId', '=', bundleVariantId)
    .execute();
  if (items.length === 0) return;
  await inventoryWrites(tx)
    .insertInto('bundleItems')
    .values(items.map((i) => ({ bundleVariantId, componentVariantId: i.variantId, quantity: i.quantity })))
    .execute();
}

export type ProductListFilter = ListQuery & {
  type?: ProductType;
  sortField: 'name' | 'sku' | 'createdAt' | 'priceMinor';
  desc: boolean;
};

export async function listProductIds(tx: TenantTx, q: ProductListFilter) {
  let query = tx.selectFrom('products').where('deletedAt', 'is', null);
  if (q.type) query = query.where('type', '=', q.type);
  if (q.q) {
    const pattern = containsPattern(q.q);
    // A variant's SKU finds its product too: warehouse labels carry the variant's.
    query = query.where((eb) =>
      eb.or([
        eb('name', 'ilike', pattern),
        eb('sku', 'ilike', pattern),
        eb.exists(
          eb
            .selectFrom('productVariants as v')
            .select(eb.lit(1).as('one'))
            .whereRef('v.productId', '=', 'products.id')
            .where('v.deletedAt', 'is', null)
            .where('v.sku', 'ilike', pattern),
        ),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    query
      .select('id')
      .orderBy(q.sortField, q.desc ? 'desc' : 'asc')
      .orderBy('id')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { ids: rows.map((r) => r.id), total: Number(count.n) };
}

export async function softDeleteProduct(tx: TenantTx, id: string) {
  const row = await inventoryWrites(tx)
    .updateTable('products')
    .set({ deletedAt: new Date() })
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .returning('id')
    .executeTakeFirst();
  if (row) await softDeleteVariants(tx, id);
  return row;
}

export const softDeleteVariants = (tx: TenantTx, productId: string, keep: readonly string[] = []) => {
  let query = inventoryWrites(tx)
    .updateTable('productVariants')
    .set({ deletedAt: new Date() })
    .where('productId', '=', productId)
    .where('deletedAt', 'is', null);
  if (keep.length > 0) query = query.where('id', 'not in', [...keep]);
  return query.execute();
};

export async function listTransactions(
  tx: TenantTx,
  productId: string,
  q: { limit: number; offset: number; desc: boolean },
) {
  const query = tx.selectFrom('inventoryTransactions').where('productId', '=', productId);
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy('seq', q.desc ? 'desc' : 'asc')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Live products by SKU (CSV import matches rows on SKU). */
export const findBySkus = (tx: TenantTx, skus: readonly string[]) =>
  skus.length === 0
    ? Promise.resolve([])
    : tx
        .selectFrom('products')
        .select(['id', 'sku', 'name', 'description', 'priceMinor', 'lowStockThreshold'])
        .where('sku', 'in', skus)
        .where('deletedAt', 'is', null)
        .execute();
