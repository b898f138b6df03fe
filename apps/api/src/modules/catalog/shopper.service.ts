import { sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { notFound } from '../../platform/errors.ts';
import { storeCurrency } from '../tenancy/index.ts';
import { catalogWrites } from './catalog.schema.ts';
import { toStorefrontListing } from './listings.dto.ts';
import * as repo from './listings.repository.ts';
import type { ListingService } from './listings.service.ts';

const KEEP_RECENT = 20;

/** Recently viewed products and wish lists, per customer ('c:…') or anonymous session ('s:…'). */
export function createShopperService(listings: ListingService) {
  async function listingsOf(tx: TenantTx, storeId: string, ids: string[]) {
    const rows = (await repo.listingsByIds(tx, storeId, ids)).filter((r) => r.isVisible && !r.productMissing);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const ordered = ids.flatMap((id) => byId.get(id) ?? []);
    const [products, currency] = await Promise.all([
      listings.hydrate(tx, ordered),
      storeCurrency(tx, storeId),
    ]);
    return ordered.map((r) => toStorefrontListing(r, products.get(r.productId), currency));
  }

  async function visibleId(tx: TenantTx, storeId: string, ref: { slug?: string; listingId?: string }) {
    let q = tx
      .selectFrom('productListings')
      .select('id')
      .where('storeId', '=', storeId)
      .where('isVisible', '=', true);
    q = ref.listingId ? q.where('id', '=', ref.listingId) : q.where('slug', '=', ref.slug ?? '');
    const row = await q.executeTakeFirst();
    if (!row) throw notFound('Product');
    return row.id;
  }

  return {
    async recordView(tx: TenantTx, storeId: string, viewer: string, slug: string) {
      const listingId = await visibleId(tx, storeId, { slug });
      await sql`
        insert into recently_viewed (store_id, viewer, listing_id) values (${storeId}, ${viewer}, ${listingId})
        on conflict (tenant_id, store_id, viewer, listing_id) do update set viewed_at = now()`.execute(tx);
      // Keep only the latest few per viewer.
      await sql`
        delete from recently_viewed where store_id = ${storeId} and viewer = ${viewer} and listing_id not in (
          select listing_id from recently_viewed where store_id = ${storeId} and viewer = ${viewer}
          order by viewed_at desc limit ${KEEP_RECENT})`.execute(tx);
    },

    async recentlyViewed(tx: TenantTx, storeId: string, viewer: string, excludeSlug?: string) {
      const rows = await tx
        .selectFrom('recentlyViewed')
        .select('listingId')
        .where('storeId', '=', storeId)
        .where('viewer', '=', viewer)
        .orderBy('viewedAt', 'desc')
        .limit(KEEP_RECENT)
        .execute();
      const data = await listingsOf(
        tx,
        storeId,
        rows.map((r) => r.listingId),
      );
      return { data: excludeSlug ? data.filter((d) => d.slug !== excludeSlug) : data };
    },

    async wishlist(tx: TenantTx, storeId: string, owner: string) {
      const rows = await tx
        .selectFrom('wishlistItems')
        .select('listingId')
        .where('storeId', '=', storeId)
        .where('owner', '=', owner)
        .orderBy('createdAt', 'desc')
        .execute();
      return {
        data: await listingsOf(
          tx,
          storeId,
          rows.map((r) => r.listingId),
        ),
      };
    },

    async addToWishlist(tx: TenantTx, storeId: string, owner: string, listingId: string) {
      const id = await visibleId(tx, storeId, { listingId });
      await catalogWrites(tx)
        .insertInto('wishlistItems')
        .values({ storeId, owner, listingId: id })
        .onConflict((oc) => oc.doNothing())
        .execute();
      return this.wishlist(tx, storeId, owner);
    },

    /** Removes a saved listing; one that is not on this wish list is 404, like any unknown id. */
    async removeFromWishlist(tx: TenantTx, storeId: string, owner: string, listingId: string) {
      const removed = await catalogWrites(tx)
        .deleteFrom('wishlistItems')
        .where('storeId', '=', storeId)
        .where('owner', '=', owner)
        .where('listingId', '=', listingId)
        .returning('listingId')
        .executeTakeFirst();
      if (!removed) throw notFound('Wish list item');
    },

    /** On login: the anonymous session's saved items and views move to the customer. */
    async mergeSession(tx: TenantTx, storeId: string, session: string, customer: string) {
      await sql`
        insert into wishlist_items (store_id, owner, listing_id, created_at)
        select store_id, ${customer}, listing_id, created_at from wishlist_items where store_id = ${storeId} and owner = ${session}
        on conflict do nothing`.execute(tx);
      await sql`
        insert into recently_viewed (store_id, viewer, listing_id, viewed_at)
        select store_id, ${customer}, listing_id, viewed_at from recently_viewed where store_id = ${storeId} and viewer = ${session}
        on conflict (tenant_id, store_id, viewer, listing_id) do update set viewed_at = greatest(recently_viewed.viewed_at, excluded.viewed_at)`.execute(
        tx,
      );
      await catalogWrites(tx)
        .deleteFrom('wishlistItems')
        .where('storeId', '=', storeId)
        .where('owner', '=', session)
        .execute();
      await catalogWrites(tx)
        .deleteFrom('recentlyViewed')
        .where('storeId', '=', storeId)
        .where('viewer', '=', session)
        .execute();
      return this.wishlist(tx, storeId, customer);
    },
  };
}
export type ShopperService = ReturnType<typeof createShopperService>;
