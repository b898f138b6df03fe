import { type Expression, type RawBuilder, sql } from 'kysely';
import { UNLIMITED_STOCK } from './inventory.dto.ts';

/** Units of a variant's own stock a shopper can buy: on hand, less running holds and allocations. */
const ownUnits = (variant: string) => sql`(select sum(s.on_hand - s.reserved - s.allocated)
    + coalesce((select sum(r.quantity) from reservations r
                 where r.variant_id = ${sql.ref(variant)} and r.expires_at <= now()), 0)
  from stock_levels s where s.variant_id = ${sql.ref(variant)})`;

/**
 * The products `ids` selects and their variants, with the units a shopper can buy now, as two
 * named queries for the `with` list of a statement that builds its whole reply in SQL (the
 * storefront's list pages, issue 17):
 * - `inventory_variants` (product_id, id, sku, name, options, is_default, position, created_at,
 *   price_minor and currency: the variant's price or else its product's, weight, available);
 * - `inventory_products` (id, name, description, attributes, type, currency, price_minor, sku: the
 *   default variant's or else the product's, available: the sum of its variants').
 * The same figures as `getProducts` (`variantStock`, `sumStock`), pinned by
 * storefront-reply.e2e.test.ts: physical stock summed over locations, holds past their time not
 * counted; a bundle, the whole kits its stocked components make (none when a component is gone,
 * unlimited without stocked components); digital, unlimited. Deleted products are left out.
 */
export function storefrontStockSql(ids: Expression<unknown>): RawBuilder<unknown> {
  return sql`inventory_variants as (
    select v.product_id, v.id, v.sku, v.name, v.options, v.is_default, v.position, v.created_at,
      coalesce(v.price_minor, p.price_minor) as price_minor, rtrim(p.currency) as currency,
      coalesce(v.weight_grams, p.weight_grams)::float8 as weight,
      case p.type
        when 'DIGITAL' then ${sql.lit(UNLIMITED_STOCK)}
        when 'BUNDLE' then (
          select case when bool_or(cv.deleted_at is not null or cp.deleted_at is not null) then 0
                      when count(*) filter (where cp.type <> 'DIGITAL') = 0 then ${sql.lit(UNLIMITED_STOCK)}
                      else min(greatest(0, coalesce(${ownUnits('cv.id')}, 0)) / bi.quantity)
                             filter (where cp.type <> 'DIGITAL') end
            from bundle_items bi
            join product_variants cv on cv.id = bi.component_variant_id
            join products cp on cp.id = cv.product_id
           where bi.bundle_variant_id = v.id)
        else coalesce(${ownUnits('v.id')}, 0)
      end::int as available
    from product_variants v join products p on p.id = v.product_id and p.deleted_at is null
    where v.product_id in ${ids} and v.deleted_at is null
  ), inventory_products as (
    select p.id, p.name, p.description, p.attributes, p.type, rtrim(p.currency) as currency, p.price_minor,
      coalesce((select iv.sku from inventory_variants iv where iv.product_id = p.id
                 order by iv.is_default desc, iv.position, iv.created_at limit 1), p.sku) as sku,
      case when p.type = 'DIGITAL' then ${sql.lit(UNLIMITED_STOCK)}
           else coalesce((select sum(iv.available) from inventory_variants iv where iv.product_id = p.id), 0)
      end::int as available
    from products p where p.id in ${ids} and p.deleted_at is null
  )`;
}
