// A physical product becomes a kit (BUNDLE), or a kit goes back to being stocked on its own: a
// merchant who first entered a gift set as a product can make it a kit without losing its SKU,
// listings and order history. Stock must not be lost or double-counted on the way, so the change
// is refused while the product holds anything: units on hand (a kit keeps none), units in carts
// or unshipped orders (held under the product's variant, for a kit on its components).
import { sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { conflict, invalid } from '../../platform/errors.ts';
import type { ProductDto } from './inventory.dto.ts';
import { inventoryWrites, type ProductType } from './inventory.schema.ts';
import type { UpdateProductInput } from './inventory.validators.ts';

/**
 * Units on hand and units held (reserved or allocated) under the variant. Its stock rows are
 * locked first, so no receipt or sale of its own stock can slip in before the commit.
 */
async function holdings(tx: TenantTx, variantId: string) {
  const { rows } = await sql<{ onHand: number; held: number }>`
    with own_stock as (select on_hand from stock_levels where variant_id = ${variantId} for update)
    select
      (select coalesce(sum(on_hand), 0)::int from own_stock) as "onHand",
      (select coalesce(sum(quantity), 0)::int from reservations where line_variant_id = ${variantId})
      + (select coalesce(sum(quantity), 0)::int from allocations where line_variant_id = ${variantId}) as held`.execute(
    tx,
  );
  return rows[0] ?? { onHand: 0, held: 0 };
}

/**
 * Checks that `product` may become `to` with this update, and clears what the old type kept:
 * the stock rows of a product that becomes a kit (all zero by then), or a kit's components.
 * The caller then writes the new type and, for a kit, its components.
 */
export async function changeProductType(
  tx: TenantTx,
  product: ProductDto,
  to: ProductType,
  input: UpdateProductInput,
) {
  const pair = `${product.type}→${to}`;
  if (pair !== 'PHYSICAL→BUNDLE' && pair !== 'BUNDLE→PHYSICAL')
    throw invalid('Only a physical product and a kit can turn into each other', [
      { path: 'type', message: `cannot change from ${product.type} to ${to}` },
    ]);
  const [variant, ...others] = product.variants;
  if (!variant || others.length > 0)
    throw invalid('A kit is one item', [
      { path: 'type', message: 'remove the other variants before making this a kit' },
    ]);
  if (to === 'BUNDLE' && !input.bundleItems)
    throw invalid('A kit needs its components', [
      { path: 'bundleItems', message: 'is required for a BUNDLE' },
    ]);
  const { onHand, held } = await holdings(tx, variant.id);
  if (held > 0)
    throw conflict(
      'PRODUCT_HELD',
      `${held} unit(s) are in carts or unshipped orders; change the type once they are shipped or released`,
      { held },
    );
  if (to === 'BUNDLE' && onHand > 0)
    throw conflict(
      'STOCK_ON_HAND',
      `${onHand} unit(s) are on hand; a kit keeps no stock of its own, so adjust or transfer them first`,
      { onHand },
    );
  if (to === 'BUNDLE')
    await inventoryWrites(tx).deleteFrom('stockLevels').where('variantId', '=', variant.id).execute();
  else
    await inventoryWrites(tx).deleteFrom('bundleItems').where('bundleVariantId', '=', variant.id).execute();
  await inventoryWrites(tx).updateTable('products').set({ type: to }).where('id', '=', product.id).execute();
}
