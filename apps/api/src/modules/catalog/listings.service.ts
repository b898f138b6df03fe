import { type Expression, sql, type Updateable } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { readTogether, type TogetherRead } from '../../platform/db/read-together.ts';
import { DomainError, type FieldError, invalid, notFound } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import { listEnvelope, parseSort, slugify } from '../../platform/http/schemas.ts';
import { toMinor } from '../../platform/money.ts';
import { storeCurrency } from '../tenancy/index.ts';
import { defined, likePattern, slugGuard } from './catalog.common.ts';
import type { CatalogInventory, InventoryProduct } from './catalog.ports.ts';
import type { ProductListingsTable } from './catalog.schema.ts';
import { type BulkListingAction, type ListingInput, UpdateListingBody } from './catalog.validators.ts';
import { bulkInput } from './listings.bulk.ts';
import { toListingDto } from './listings.dto.ts';
import * as repo from './listings.repository.ts';
import { menuService } from './menus.service.ts';
import { effectivePrice } from './pricing.ts';

type AdminListQuery = {
  limit: number;
  offset: number;
  sort?: string;
  q?: string;
  isVisible?: 'true' | 'false';
  category?: string;
};

/** A line to price: a listing, and its variant (else the default one). */
export type PricingLine = { listingId: string; variantId?: string | null };
/** The reads `pricingReads` gives, by name. */
export type PricingRead = 'listings' | 'products' | 'variants';

/** A line `CatalogService.priceLines` answers: what checkout needs to price and reserve it. */
export type PricedLine = {
  listingId: string;
  productId: string;
  variantId: string;
  title: string;
  sku: string;
  unitPriceMinor: number;
  currency: string;
  taxCategory: string | null;
  categoryIds: string[];
  productType: string;
  weightGrams: number | null;
  available: number;
};

async function assertCategories(tx: TenantTx, storeId: string, ids: string[] | undefined) {
  if (!ids || ids.length === 0) return;
  const found = await tx
    .selectFrom('categories')
    .select('id')
    .where('storeId', '=', storeId)
    .where('id', 'in', ids)
    .execute();
  if (found.length !== new Set(ids).size)
    throw invalid('Unknown category', [{ path: 'categoryIds', message: 'must be categories of this store' }]);
}

/** A listing input as table columns (fields left out stay out). */
export function listingColumns(input: ListingInput, currency: string): Updateable<ProductListingsTable> {
  const { priceOverride, salePrice, saleStartsAt, saleEndsAt, customImages, attributes, ...rest } = input;
  const money = (v: string | null | undefined) =>
    v === undefined ? undefined : v === null ? null : toMinor(v, currency);
  const date = (v: string | null | undefined) =>
    v === undefined ? undefined : v === null ? null : new Date(v);
  return defined({
    ...rest,
    priceOverrideMinor: money(priceOverride),
    salePriceMinor: money(salePrice),
    saleStartsAt: date(saleStartsAt),
    saleEndsAt: date(saleEndsAt),
    customImages: customImages === undefined ? undefined : JSON.stringify(customImages),
    attributes: attributes === undefined ? undefined : JSON.stringify(attributes),
  });
}

/** Product listings: a store's presentation and pricing of the tenant's inventory products. */
export function createListingService(inventory: CatalogInventory) {
  const productMinor = (p: InventoryProduct) => toMinor(p.price, p.currency);

  async function productOf(tx: TenantTx, productId: string) {
    const [product] = await inventory.getProducts(tx, [productId]);
    if (!product)
      throw invalid('Unknown product', [
        { path: 'productId', message: 'is not a product of your inventory' },
      ]);
    return product;
  }

  /** Listings with their live inventory products (one batched inventory read for the lot). */
  async function hydrate(tx: TenantTx, listings: repo.Listing[]) {
    const ids = [...new Set(listings.map((l) => l.productId))];
    const products = ids.length > 0 ? await inventory.getProducts(tx, ids) : [];
    return new Map(products.map((p) => [p.id, p]));
  }

  /**
   * `priceLines`' reads (listings by id, the products of the visible ones with variants and
   * stock), for a caller that sends them with its own in one statement (`readTogether`), then
   * prices with `priceFromRead`. Null when the inventory offers no reads to send along.
   */
  function pricingReads(tx: TenantTx, storeId: string, lines: PricingLine[]) {
    const ids = [...new Set(lines.map((l) => l.listingId))];
    if (!inventory.productReads || ids.length === 0) return null;
    const visibleProducts = tx
      .selectFrom('productListings')
      .select('productId')
      .where('storeId', '=', storeId)
      .where('id', 'in', ids)
      .where('isVisible', '=', true);
    return {
      listings: { query: repo.listingsByIdsQuery(tx, storeId, ids), ...repo.LISTING_JSON },
      ...inventory.productReads(tx, visibleProducts),
    } satisfies Record<PricingRead, TogetherRead>;
  }

  /** Prices lines from what `pricingReads` read. */
  async function priceFromRead(
    tx: TenantTx,
    storeId: string,
    lines: PricingLine[],
    read: Record<PricingRead, Record<string, unknown>[]>,
  ): Promise<PricedLine[]> {
    const products = (await inventory.productsFromRead?.(tx, read)) ?? [];
    const listings = read.listings as unknown as repo.Listing[];
    return price(lines, listings, new Map(products.map((p) => [p.id, p])), await storeCurrency(tx, storeId));
  }

  function price(
    lines: PricingLine[],
    listings: repo.Listing[],
    products: Map<string, InventoryProduct>,
    currency: string,
  ): PricedLine[] {
    const byId = new Map(listings.filter((l) => l.isVisible).map((l) => [l.id, l]));
    return lines.map((line) => {
      const listing = byId.get(line.listingId);
      const product = listing && products.get(listing.productId);
      if (!listing || !product) throw notFound('Product listing');
      const variant = line.variantId
        ? product.variants.find((v) => v.id === line.variantId)
        : (product.variants.find((v) => v.isDefault) ?? product.variants[0]);
      if (!variant) throw notFound('Variant');
      return {
        listingId: listing.id,
        productId: product.id,
        variantId: variant.id,
        title: product.variants.length > 1 ? `${listing.title} (${variant.name})` : listing.title,
        sku: variant.sku,
        unitPriceMinor: effectivePrice(listing, variant.price, currency).priceMinor,
        currency,
        taxCategory: listing.taxCategory,
        categoryIds: listing.categoryIds,
        productType: product.type,
        weightGrams: variant.weight ?? product.weight,
        available: Math.max(0, variant.stock.available),
      };
    });
  }

  async function dto(tx: TenantTx, listing: repo.Listing) {
    const [products, currency] = await Promise.all([
      hydrate(tx, [listing]),
      storeCurrency(tx, listing.storeId),
    ]);
    return toListingDto(listing, products.get(listing.productId), currency);
  }

  const changed = (tx: TenantTx, storeId: string, listingId: string, productId: string) =>
    recordEvent(tx, 'catalog.listing.changed', { storeId, listingId, productId });

  return {
    hydrate,
    /** The inventory's products and stock as named queries, for a reply built in SQL. */
    storefrontStockSql: (ids: Expression<unknown>) => inventory.storefrontStockSql(ids),

    async list(tx: TenantTx, storeId: string, q: AdminListQuery) {
      let base = tx.selectFrom('productListings').where('storeId', '=', storeId);
      if (q.q) base = base.where('title', 'ilike', likePattern(q.q));
      if (q.isVisible) base = base.where('isVisible', '=', q.isVisible === 'true');
      if (q.category) base = base.where(sql<boolean>`category_ids @> array[${q.category}]::uuid[]`);
      const { field, direction } = parseSort<'title' | 'price' | 'sortOrder' | 'createdAt'>(
        q.sort,
        'createdAt',
      );
      const column = field === 'price' ? 'priceMinor' : field;
      const [rows, count, currency] = await Promise.all([
        base
          .select(repo.LISTING_COLUMNS)
          .orderBy(column, direction)
          .orderBy('id')
          .limit(q.limit)
          .offset(q.offset)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
        storeCurrency(tx, storeId),
      ]);
      const products = await hydrate(tx, rows);
      return listEnvelope(
        rows.map((r) => toListingDto(r, products.get(r.productId), currency)),
        Number(count.n),
        q,
      );
    },

    async get(tx: TenantTx, storeId: string, id: string) {
      const row = await repo.listingById(tx, storeId, id);
      if (!row) throw notFound('Product listing');
      return dto(tx, row);
    },

    async create(tx: TenantTx, storeId: string, input: ListingInput & { productId: string }) {
      const [product, currency] = await Promise.all([
        productOf(tx, input.productId),
        storeCurrency(tx, storeId),
      ]);
      await assertCategories(tx, storeId, input.categoryIds);
      const title = input.customTitle ?? product.name;
      const slug = input.slug ?? slugify(title);
      if (!slug)
        throw invalid('A slug is required', [{ path: 'slug', message: 'cannot be derived from the title' }]);
      const row = await slugGuard('product listing', slug, () =>
        repo.insertListing(tx, {
          ...listingColumns(input, currency),
          storeId,
          productId: product.id,
          slug,
          title,
        }),
      );
      await repo.syncFromInventory(tx, [product], productMinor);
      await changed(tx, storeId, row.id, product.id);
      return this.get(tx, storeId, row.id);
    },

    async update(tx: TenantTx, storeId: string, id: string, input: ListingInput) {
      const current = await repo.listingById(tx, storeId, id);
      if (!current) throw notFound('Product listing');
      // A new product must exist; the current one may have been deleted from the inventory since
      // (the merchant can still edit the listing, or point it at another product).
      const [product, currency] = await Promise.all([
        input.productId
          ? productOf(tx, input.productId)
          : inventory.getProducts(tx, [current.productId]).then((found) => found[0]),
        storeCurrency(tx, storeId),
      ]);
      await assertCategories(tx, storeId, input.categoryIds);
      const patch = listingColumns(input, currency);
      if (input.customTitle !== undefined) patch.title = input.customTitle ?? product?.name ?? current.title;
      if (Object.keys(patch).length > 0)
        await slugGuard('product listing', input.slug ?? '', () =>
          repo.updateListing(tx, storeId, id, patch),
        );
      if (input.slug) await menuService.followRename(tx, storeId, 'product', current.slug, input.slug);
      await this.syncProducts(tx, [input.productId ?? current.productId]);
      await changed(tx, storeId, id, input.productId ?? current.productId);
      return this.get(tx, storeId, id);
    },

    /**
     * Applies one action to many listings of a store, all or nothing (the caller's transaction):
     * each listing's change is a single-update input, checked by the same schema and category rule,
     * and each changed listing records `catalog.listing.changed` as `update` does. A listing that is
     * not this store's (unknown, another store or tenant) is a 404 naming it, and nothing changes.
     */
    async bulkEdit(tx: TenantTx, storeId: string, ids: string[], action: BulkListingAction) {
      const unique = [...new Set(ids)];
      const [rows, currency] = await Promise.all([
        repo.listingsByIds(tx, storeId, unique),
        storeCurrency(tx, storeId),
      ]);
      const found = new Set(rows.map((r) => r.id));
      const missing = ids.flatMap((id, i) => (found.has(id) ? [] : [{ path: `listingIds.${i}`, id }]));
      if (missing.length > 0)
        throw new DomainError(
          'NOT_FOUND',
          'NOT_FOUND',
          `Product listing not found: ${missing.map((m) => m.id).join(', ')}`,
          {
            errors: missing.map((m) => ({ path: m.path, message: `no listing ${m.id} in this store` })),
          },
        );
      if (action.type === 'addToCategory' || action.type === 'removeFromCategory')
        await assertCategories(tx, storeId, [action.categoryId]);
      const products = await hydrate(tx, rows);
      const errors: FieldError[] = [];
      const patches = rows.flatMap((row) => {
        const parsed = UpdateListingBody.safeParse(
          bulkInput(row, products.get(row.productId), action, currency),
        );
        if (!parsed.success) {
          for (const issue of parsed.error.issues)
            errors.push({
              path: `listings.${row.id}.${issue.path.join('.')}`,
              message: `${row.title}: ${issue.message}`,
            });
          return [];
        }
        const patch = listingColumns(parsed.data, currency);
        return Object.keys(patch).length > 0 ? [{ row, patch }] : [];
      });
      if (errors.length > 0) throw invalid('Some listings cannot take this change', errors);
      for (const { row, patch } of patches) {
        await repo.updateListing(tx, storeId, row.id, patch);
        await changed(tx, storeId, row.id, row.productId);
      }
      if (patches.length > 0)
        await this.syncProducts(
          tx,
          patches.map((p) => p.row.productId),
        );
      const after = await repo.listingsByIds(tx, storeId, unique);
      const byId = new Map(after.map((l) => [l.id, l]));
      const fresh = await hydrate(tx, after);
      return {
        updated: patches.length,
        listings: unique.flatMap((id) => {
          const l = byId.get(id);
          return l ? [toListingDto(l, fresh.get(l.productId), currency)] : [];
        }),
      };
    },

    async remove(tx: TenantTx, storeId: string, id: string) {
      const row = await repo.deleteListing(tx, storeId, id);
      if (!row) throw notFound('Product listing');
      await changed(tx, storeId, id, row.productId);
    },

    /** Re-copies inventory facts (name, price, stock flag, options) into the listings of products. */
    async syncProducts(tx: TenantTx, productIds: string[]) {
      const ids = [...new Set(productIds)];
      const products = await inventory.getProducts(tx, ids);
      await repo.syncFromInventory(tx, products, productMinor);
      await repo.markMissing(
        tx,
        ids,
        products.map((p) => p.id),
      );
    },

    /**
     * Prices cart lines for checkout: each visible listing (and variant, else its default variant)
     * at its current price. A hidden or unknown listing, or a variant of another product, is 404.
     */
    async priceLines(tx: TenantTx, storeId: string, lines: PricingLine[]): Promise<PricedLine[]> {
      const reads = pricingReads(tx, storeId, lines);
      if (reads) return priceFromRead(tx, storeId, lines, await readTogether(tx, reads));
      const listings = await repo.listingsByIds(tx, storeId, [...new Set(lines.map((l) => l.listingId))]);
      const visible = listings.filter((l) => l.isVisible);
      return price(lines, listings, await hydrate(tx, visible), await storeCurrency(tx, storeId));
    },

    pricingReads,
    priceFromRead,
  };
}
export type ListingService = ReturnType<typeof createListingService>;
